import { GRAPHQL_PAD, maakGrantSleutelpaar, maakGrantVerifier, tekenGrant } from '@netwerkdossier/shared';

/**
 * A subgraph's memory of used grants (jti) in its own process, straight on its verifier: every grant refused a
 * second time while it is valid. The durable memory beside it (which here answers 'first use' for every jti) is
 * tested in grant-gebonden.test.ts.
 */
describe('grant-replay: een jti wordt onthouden zolang de grant geldig is', () => {
  const inhoud = { subgraph: 'gi', sub: 'gi-sanne', organisatie: 'gi', team: 'RVT Midden', rol: 'professional', doel: 'uitvoering-maatregel' };

  test('ook in de speling na exp, en als grants niet in volgorde van verloop binnenkomen', async () => {
    const sleutels = await maakGrantSleutelpaar();
    const verifieer = maakGrantVerifier(sleutels.publiek, 'gi', async () => true);
    const verzoek = { pad: GRAPHQL_PAD, body: { query: '{ _service { sdl } }' } };
    const teken = (geldigheid: number) => tekenGrant(sleutels.prive, { ...inhoud, verzoek, geldigheid });
    const weigering = (grant: string) => verifieer(grant, verzoek).then(() => 'aanvaard', (fout: Error) => fout.message);
    // first one already past its exp but within the clock tolerance, then a long-lived one, then shorter ones
    // behind it: the order of arrival is not the order of expiry
    const nagenoeg = await teken(-2);
    const lang = await teken(60);
    const kort = await teken(30);
    for (const grant of [nagenoeg, lang, kort, await teken(30)]) expect(await weigering(grant)).toBe('aanvaard');
    // each verify above forgot what had expired; none of these may have been forgotten
    for (const grant of [nagenoeg, lang, kort]) expect(await weigering(grant)).toBe('Geen geldige grant van de gateway: al eerder gebruikt (replay)');
  });
});

import { maakGrantSleutelpaar, tekenGrant } from '@netwerkdossier/gateway';
import { maakGrantVerifier } from '@netwerkdossier/shared';

/** A subgraph's memory of used grants (jti), straight on its verifier: every grant refused a second time while it is valid. */
describe('grant-replay: een jti wordt onthouden zolang de grant geldig is', () => {
  const inhoud = { subgraph: 'gi', sub: 'gi-sanne', organisatie: 'gi', team: 'RVT Midden', rol: 'professional', doel: 'uitvoering-maatregel' };

  test('ook in de speling na exp, en als grants niet in volgorde van verloop binnenkomen', async () => {
    const sleutels = await maakGrantSleutelpaar();
    const verifieer = maakGrantVerifier(sleutels.publiek, 'gi');
    const teken = (geldigheid: number) => tekenGrant(sleutels.prive, { ...inhoud, geldigheid });
    const weigering = (grant: string) => verifieer(grant).then(() => 'aanvaard', (fout: Error) => fout.message);
    // a long-lived grant first, then one already past its exp but within the clock tolerance
    const lang = await teken(60);
    const nagenoeg = await teken(-2);
    expect(await weigering(lang)).toBe('aanvaard');
    expect(await weigering(nagenoeg)).toBe('aanvaard');
    // every verify forgets what has expired; the next ones must not forget either grant
    expect(await weigering(await teken(30))).toBe('aanvaard');
    expect(await weigering(await teken(30))).toBe('aanvaard');
    expect(await weigering(nagenoeg)).toBe('Geen geldige grant van de gateway: al eerder gebruikt (replay)');
    expect(await weigering(lang)).toBe('Geen geldige grant van de gateway: al eerder gebruikt (replay)');
  });
});

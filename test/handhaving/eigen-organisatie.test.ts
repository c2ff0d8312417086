import { demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

// the first households with a Veilig Thuis onderzoek in the test world are 49 and 60
const AANTAL = 64;
const huishoudens = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const QUERY = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { meldingen { aard melder { naam telefoonnummer } } leden { id verklaringen { inhoud } } } }`;

interface Afgeschermd { pad: string; persoon: string | null; categorie: string; partner: string; reden: string; regel: string }
interface Antwoord { huishouden: { meldingen: Array<{ aard: string; melder: { naam: string; telefoonnummer: string | null } | null }>; leden: Array<{ id: string; verklaringen: unknown[] }> } }

/** Own records bound to purpose: Veilig Thuis' own dossier does not open whole to whoever works for Veilig Thuis. */
describe('eigen dossier van de organisatie, gebonden aan doel en vorm', () => {
  let netwerk: TestNetwerk;
  let melders: Map<string, string>;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('eigen-organisatie', AANTAL);
    const db = new Client({ connectionString: netwerk.databaseUrls['veilig-thuis'] });
    await db.connect();
    const { rows } = await db.query<{ huishouden: string; naam: string }>('SELECT d.huishouden_id AS huishouden, r.naam FROM melding m JOIN dossier d ON d.id = m.dossier_id JOIN melder r ON r.id = m.melder_id');
    await db.end();
    melders = new Map(rows.map((r) => [r.huishouden, r.naam]));
  });
  afterAll(() => netwerk?.stop());

  const metMelder = (vorm: string) => huishoudens.find((h) => melders.has(h.id) && h.betrokkenheden.some((b) => b.organisatie === 'veilig-thuis' && b.vorm === vorm))!;

  test('een medewerker van Veilig Thuis als RVT-duopartner ziet de meldingen, maar niet wie meldde of het vertrouwelijke verhaal', async () => {
    const h = metMelder('duo');
    const duopartner = h.betrokkenheden.find((b) => b.organisatie === 'veilig-thuis' && b.vorm === 'duo')!.professional;
    const antwoord = await netwerk.vraag(QUERY, { token: await netwerk.token(duopartner), doel: 'gezamenlijk-plan', variables: { id: h.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const data = (antwoord.body.data as Antwoord).huishouden;
    // not fetched at all: the fields are left out of the answer, with the reason in extensions
    expect(data).toEqual({ meldingen: [{ aard: expect.any(String) }], leden: h.leden.map(() => ({ id: expect.any(String) })) });
    const eigen = (antwoord.body.extensions?.afgeschermd as Afgeschermd[]).filter((a) => a.partner === 'veilig-thuis');
    expect(new Set(eigen.map((a) => `${a.pad} ${a.regel}`))).toEqual(new Set([
      'huishouden.meldingen.melder eigen/melder/gezamenlijk-plan/duo',
      'huishouden.leden.verklaringen eigen/vertrouwelijk/gezamenlijk-plan/duo',
    ]));
    expect(eigen.find((a) => a.categorie === 'melder')!.reden).toBe('Wie de melding deed, ziet binnen Veilig Thuis alleen de onderzoeker, in het onderzoek naar dit huishouden.');
    // what may not be seen is not fetched: the melder's name never left Veilig Thuis
    expect(JSON.stringify(antwoord.body)).not.toContain(melders.get(h.id));
  });

  test('de onderzoeker van Veilig Thuis ziet in het eigen onderzoek wie meldde, en het toegangslog zegt: eigen dossier', async () => {
    const h = metMelder('onderzoek');
    const onderzoeker = h.betrokkenheden.find((b) => b.organisatie === 'veilig-thuis' && b.vorm === 'onderzoek')!.professional;
    const antwoord = await netwerk.vraag(QUERY, { token: await netwerk.token(onderzoeker), doel: 'veiligheidsonderzoek', variables: { id: h.id } });
    expect(antwoord.body.errors).toBeUndefined();
    expect((antwoord.body.data as Antwoord).huishouden.meldingen).toEqual([{ aard: expect.any(String), melder: { naam: melders.get(h.id), telefoonnummer: expect.any(String) } }]);
    expect((antwoord.body.extensions?.afgeschermd as Afgeschermd[]).filter((a) => a.partner === 'veilig-thuis')).toEqual([]);
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows: [regel] } = await db.query<{ inhoud: { verstrekt: Array<{ partner: string; categorie: string; grondslag: string[] }> } }>('SELECT inhoud FROM toegangslog WHERE audit_id = $1', [antwoord.body.extensions?.auditId]);
    await db.end();
    const melder = regel.inhoud.verstrekt.filter((v) => v.partner === 'veilig-thuis' && v.categorie === 'melder');
    expect(melder.length).toBeGreaterThan(0);
    expect(melder.every((v) => v.grondslag.join() === 'eigen:veilig-thuis')).toBe(true);
  });
});

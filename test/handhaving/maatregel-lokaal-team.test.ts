import { demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 8;
// the first household of the test world with a maatregel the GI carries out (index 7)
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.betrokkenheden.some((b) => b.organisatie === 'gi' && b.vorm === 'maatregel'))!;
const lokaalTeam = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!;
const QUERY = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) {
  maatregelen { soort ingangsdatum einddatum uitspraakkenmerk betreft { id } }
  jeugdbeschermer { naam telefoonnummer }
  planVanAanpak { doelen }
  voortgangsrapportages { samenvatting }
} }`;

interface Afgeschermd { pad: string; categorie: string; partner: string; regel: string }

/** The lokaal team working beside a maatregel knows the measure's frame, not the GI's plan, without consent. */
describe('het lokaal team naast een maatregel van de GI', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('maatregel-lokaal-team', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const vraag = async () => netwerk.vraag(QUERY, { token: await netwerk.token(lokaalTeam.professional), doel: 'gezamenlijk-plan', variables: { id: huishouden.id } });

  test('als duo ziet het lokaal team zonder toestemming welke maatregel, hoe lang, voor welk kind en wie de jeugdbeschermer is; niet het plan van aanpak of de voortgang', async () => {
    expect((await vraag()).body.data).toEqual({ huishouden: null });
    const registratie = await netwerk.vraag(
      'mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { vorm } }',
      { token: await netwerk.token(lokaalTeam.professional), variables: { i: { huishouden: huishouden.id, organisatie: 'lokaal_team', team: lokaalTeam.team, professional: lokaalTeam.professional, vorm: 'duo', regiehouder: false, vanaf: '2026-01-01' } } },
    );
    expect(registratie.body.errors).toBeUndefined();
    const antwoord = await vraag();
    expect(antwoord.body.errors).toBeUndefined();
    const kinderen = huishouden.leden.filter((p) => p.rol === 'kind').map((p) => p.id);
    const data = (antwoord.body.data as { huishouden: { maatregelen: Array<Record<string, unknown> & { betreft: { id: string } }>; jeugdbeschermer: unknown } }).huishouden;
    expect(data.jeugdbeschermer).toEqual({ naam: expect.any(String), telefoonnummer: expect.any(String) });
    // kind, court decision and period of each measure and the child it concerns
    expect(data.maatregelen.length).toBeGreaterThan(0);
    expect(data.maatregelen.map((m) => Object.keys(m).sort())).toEqual(data.maatregelen.map(() => ['betreft', 'einddatum', 'ingangsdatum', 'soort', 'uitspraakkenmerk']));
    expect(data.maatregelen.every((m) => typeof m.soort === 'string' && typeof m.ingangsdatum === 'string' && kinderen.includes(m.betreft.id))).toBe(true);
    expect(Object.keys(data).sort()).toEqual(['jeugdbeschermer', 'maatregelen']);
    const gi = (antwoord.body.extensions?.afgeschermd as Afgeschermd[]).filter((a) => a.partner === 'gi');
    expect(new Set(gi.map((a) => `${a.pad} ${a.regel}`))).toEqual(new Set([
      'huishouden.planVanAanpak matrix/hulpverlening/duo',
      'huishouden.voortgangsrapportages matrix/hulpverlening/duo',
    ]));
    // the toegangslog says what it rests on: the law the GI shares on, not a consent and not the lokaal team's own dossier
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows: [regel] } = await db.query<{ inhoud: { verstrekt: Array<{ partner: string; categorie: string; grondslag: string[] }> } }>('SELECT inhoud FROM toegangslog WHERE audit_id = $1', [antwoord.body.extensions?.auditId]);
    await db.end();
    const kader = regel.inhoud.verstrekt.filter((v) => v.partner === 'gi' && v.categorie === 'maatregelkader');
    expect(kader.length).toBeGreaterThan(0);
    expect(kader.every((v) => v.grondslag.join() === 'wet:gi')).toBe(true);
  });
});

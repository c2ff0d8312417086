import { demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 40;
// a household the lokaal team and the GI know, that Veilig Thuis' onderzoeker vt-esra is not involved with yet
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find(
  (h) => h.bekendBij.has('lokaal-team') && h.bekendBij.has('gi') && !h.betrokkenheden.some((b) => b.professional === 'vt-esra'),
)!;
const AFWEGING = 'Proportioneel: alleen wat de veiligheid van de kinderen raakt. Subsidiair: vrijwillige hulp is geprobeerd en heeft de zorgen niet weggenomen.';
const QUERY = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { adres leden { rol personalia { voornaam } gezondheid { notitie } } maatregelen { soort } gezinsplan { vastgesteldOp } } }`;

interface Afgeschermd { pad: string; persoon: string | null; categorie: string; partner: string; reden: string; regel: string }

/** A statutory onderzoek opens the safety-relevant categories without consent, and only those. */
describe('onderzoek van Veilig Thuis met grondslag en afweging', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('onderzoek', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const vraag = async () => netwerk.vraag(QUERY, { token: await netwerk.token('vt-esra'), doel: 'veiligheidsonderzoek', variables: { id: huishouden.id } });
  const registreer = async (extra: Record<string, unknown>) => netwerk.vraag(
    'mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { vorm grondslag } }',
    { token: await netwerk.token('vt-esra'), doel: 'veiligheidsonderzoek', variables: { i: { huishouden: huishouden.id, organisatie: 'veilig_thuis', team: 'RVT Midden', professional: 'vt-esra', vorm: 'onderzoek', regiehouder: false, vanaf: '2026-01-01', grondslag: 'Wmo 2015 art. 5.2.6', ...extra } } },
  );

  test('zonder onderzoek: niets; een grondslag zonder afweging wordt geweigerd en opent niets', async () => {
    expect((await vraag()).body.data).toEqual({ huishouden: null });
    const zonder = await registreer({});
    expect(zonder.body.errors?.[0].message).toMatch(/afweging/);
    expect((await vraag()).body.data).toEqual({ huishouden: null });
  });

  test('met grondslag en afweging: identificatie, gezinssituatie en justitiële gegevens zonder toestemming; hulpverlening en gezondheid niet', async () => {
    // Veilig Thuis's own dossier holds the onderzoek first (after a melding), which confirms the registration
    await netwerk.startOnderzoekBijVeiligThuis(huishouden.id, 'vt-esra');
    expect((await registreer({ afweging: AFWEGING })).body.errors).toBeUndefined();
    const antwoord = await vraag();
    expect(antwoord.body.errors).toBeUndefined();
    const data = (antwoord.body.data as { huishouden: { adres: string | null; leden: Array<{ rol: string; personalia: { voornaam: string } | null }>; maatregelen: unknown[] } }).huishouden;
    expect(data.adres).toEqual(expect.any(String));
    expect(data.leden.map((l) => l.personalia?.voornaam).sort()).toEqual(huishouden.leden.map((l) => l.voornaam).sort());
    expect(data.leden.every((l) => typeof l.rol === 'string')).toBe(true);
    expect(Array.isArray(data.maatregelen)).toBe(true);
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    expect(new Set(items.map((a) => a.pad))).toEqual(new Set(['huishouden.leden.gezondheid', 'huishouden.gezinsplan']));
    expect(items.find((a) => a.pad === 'huishouden.gezinsplan')).toMatchObject({ categorie: 'hulpverlening', partner: 'lokaal-team', regel: 'matrix/hulpverlening/onderzoek' });
    // the toegangslog names the statutory basis each disclosed item rests on: her onderzoek
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows: [b] } = await db.query<{ id: string }>("SELECT id FROM betrokkenheid WHERE professional = 'vt-esra' AND huishouden_id = $1", [huishouden.id]);
    const { rows: [regel] } = await db.query<{ inhoud: { verstrekt: Array<{ partner: string; categorie: string; grondslag: string[] }> } }>('SELECT inhoud FROM toegangslog WHERE audit_id = $1', [antwoord.body.extensions?.auditId]);
    await db.end();
    const personalia = regel.inhoud.verstrekt.filter((v) => v.partner === 'lokaal-team' && v.categorie === 'identificatie');
    expect(personalia.length).toBeGreaterThan(0);
    expect(personalia.every((v) => v.grondslag.join() === `betrokkenheid:${b.id}`)).toBe(true);
    // and the access is in the privacy officer's queue, with the grondslag and afweging as its reason
    const wachtrij = await netwerk.vraag('{ beoordelingen { soort wie reden } }', { token: await netwerk.token('fg-ingrid'), doel: 'toezicht' });
    expect((wachtrij.body.data as { beoordelingen: unknown[] }).beoordelingen).toContainEqual({ soort: 'wettelijk', wie: 'vt-esra', reden: `Wmo 2015 art. 5.2.6 — ${AFWEGING}` });
    // the onderzoeker sees the family situation, so the reason may say whose consent is missing
    for (const a of items.filter((x) => x.pad === 'huishouden.gezinsplan')) {
      const lid = huishouden.leden.find((l) => l.id === a.persoon)!;
      // an adult consents alone; for a child, the child itself (by age) and those with gezag, by role
      const volwassene = lid.geboortejaar <= 2007 && lid.rol !== 'kind' ? `Toestemming van ${lid.rol === 'overig' ? 'het andere gezinslid' : `de ${lid.rol}`} ontbreekt.` : undefined;
      expect(a.reden).toMatch(volwassene ?? /^Toestemming van (het kind \(\d+( of \d+)? jaar\)|.+ met gezag)( en van .+ met gezag)? ontbreekt\.$/);
    }
  });
});

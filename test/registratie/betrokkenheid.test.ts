import { demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { MET_VERANTWOORDING, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const REGISTREER = /* GraphQL */ `
  mutation Registreer($invoer: BetrokkenheidInvoer!) {
    registreerBetrokkenheid(invoer: $invoer) { organisatie team professional vorm regiehouder grondslag afweging uitspraakkenmerk }
  }
`;
const AFWEGING =
  'Proportioneel: alleen veiligheid en gezinssituatie zijn nodig om de zorgen te onderzoeken. Subsidiair: een vrijwillig traject is geprobeerd en liep vast.';

describe('betrokkenheden registreren, met grondslag en afweging waar de wet dat vraagt', () => {
  let netwerk: TestNetwerk;
  // a household where lt-fatima is the regiehouder: she may register the RVT partner there
  const huishouden = Array.from({ length: 12 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.betrokkenheden.some((b) => b.regiehouder && b.professional === 'lt-fatima'))!;
  const basis = { huishouden: huishouden.id, team: 'RVT Midden', regiehouder: false, vanaf: '2026-11-01' };

  beforeAll(async () => {
    netwerk = await startTestNetwerk('registratie', 12);
  });
  afterAll(() => netwerk?.stop());

  async function registreer(persona: string, invoer: Record<string, unknown>, doel?: string) {
    return netwerk.vraag(REGISTREER, { token: await netwerk.token(persona), variables: { invoer: { ...basis, ...invoer } }, doel });
  }

  /** What the registry stored, read from netwerk's own database. */
  async function betrokkenen(): Promise<string[]> {
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query<{ b: string }>("SELECT professional || ':' || vorm AS b FROM betrokkenheid WHERE huishouden_id = $1 ORDER BY 1", [huishouden.id]);
    await db.end();
    return rows.map((r) => r.b);
  }

  function geweigerd(bezwaar: string, code = 'BAD_USER_INPUT') {
    return { data: null, errors: [expect.objectContaining({ message: `Betrokkenheid niet geregistreerd: ${bezwaar}`, extensions: expect.objectContaining({ code }) })], extensions: MET_VERANTWOORDING };
  }

  test('Veilig Thuis registreert een onderzoek met grondslag en afweging', async () => {
    const antwoord = await registreer('vt-daan', { organisatie: 'veilig_thuis', professional: 'vt-daan', vorm: 'onderzoek', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING });
    expect(antwoord.body).toEqual({
      data: { registreerBetrokkenheid: { organisatie: 'veilig_thuis', team: 'RVT Midden', professional: 'vt-daan', vorm: 'onderzoek', regiehouder: false, grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING, uitspraakkenmerk: null } },
      extensions: MET_VERANTWOORDING,
    });
    expect(await betrokkenen()).toContain('vt-daan:onderzoek');
  });

  test('een grondslag zonder afweging wordt geweigerd en niet opgeslagen', async () => {
    const voor = await betrokkenen();
    const antwoord = await registreer('vt-esra', { organisatie: 'veilig_thuis', professional: 'vt-esra', vorm: 'onderzoek', grondslag: 'Wmo 2015 art. 5.2.6', afweging: 'nodig' });
    expect(antwoord.body).toEqual(geweigerd('een grondslag zonder schriftelijke afweging (proportionaliteit en subsidiariteit, minstens 80 tekens) wordt geweigerd'));
    expect(await betrokkenen()).toEqual(voor);
  });

  test('een onderzoek zonder grondslag wordt geweigerd', async () => {
    const antwoord = await registreer('vt-esra', { organisatie: 'veilig_thuis', professional: 'vt-esra', vorm: 'onderzoek' });
    expect(antwoord.body).toEqual(geweigerd('een onderzoek heeft een wettelijke grondslag nodig'));
  });

  test('de GI registreert een maatregel alleen met het kenmerk van de uitspraak', async () => {
    const zonder = await registreer('gi-sanne', { organisatie: 'gi', professional: 'gi-sanne', vorm: 'maatregel' });
    expect(zonder.body).toEqual(geweigerd('een maatregel heeft het kenmerk van de uitspraak van de rechter nodig'));
    // where the GI's own dossier holds that maatregel
    const maatregel = Array.from({ length: 12 }, (_, i) => demoHuishouden(TEST_SEED, i)).flatMap((h) => h.betrokkenheden.filter((b) => b.organisatie === 'gi' && b.vorm === 'maatregel').map((b) => ({ h, b })))[0];
    const met = await registreer('gi-sanne', { huishouden: maatregel.h.id, organisatie: 'gi', professional: 'gi-sanne', vorm: 'maatregel', uitspraakkenmerk: maatregel.b.uitspraakkenmerk });
    expect(met.body.errors).toBeUndefined();
  });

  test('het lokaal team registreert een duo met een RVT-professional; Veilig Thuis kan dat niet', async () => {
    const duo = await registreer('lt-fatima', { organisatie: 'veilig_thuis', professional: 'rvt-eva', vorm: 'duo' });
    expect(duo.body.errors).toBeUndefined();
    const doorVt = await registreer('vt-daan', { organisatie: 'veilig_thuis', professional: 'vt-daan', vorm: 'duo' });
    expect(doorVt.body).toEqual(geweigerd('een betrokkenheid in de vorm duo wordt geregistreerd door lokaal-team, niet door veilig-thuis'));
  });

  test('één huishouden, één regiehouder', async () => {
    const antwoord = await registreer('lt-fatima', { organisatie: 'lokaal_team', professional: 'lt-fatima', team: 'Wijkteam Noord', vorm: 'duo', regiehouder: true });
    expect(antwoord.body).toEqual(geweigerd('het huishouden heeft al een regiehouder; één huishouden, één regiehouder'));
  });

  test('niemand registreert een wettelijke betrokkenheid of een duo voor een ander, tenzij als regiehouder', async () => {
    const voorEenAnder = await registreer('vt-daan', { organisatie: 'veilig_thuis', professional: 'vt-esra', vorm: 'onderzoek', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING });
    expect(voorEenAnder.body).toEqual(geweigerd('een onderzoek registreert u alleen voor uzelf (vt-daan, RVT Midden)'));
    const geenRegiehouder = await registreer('lt-bram', { organisatie: 'veilig_thuis', professional: 'rvt-eva', vorm: 'duo' });
    expect(geenRegiehouder.body).toEqual(geweigerd('dit huishouden is niet bekend, of u mag hier deze betrokkenheid niet registreren', 'FORBIDDEN'));
    const onbekend = await registreer('lt-fatima', { huishouden: '00000000-0000-4000-8000-000000000000', organisatie: 'veilig_thuis', professional: 'rvt-eva', vorm: 'duo' });
    // the same answer, but for its own audit id: a refusal does not tell whether the household exists
    expect({ ...onbekend.body, extensions: { ...onbekend.body.extensions, auditId: null } }).toEqual({ ...geenRegiehouder.body, extensions: { ...geenRegiehouder.body.extensions, auditId: null } });
  });

  test('een eigen duo of consultatie alleen waar het eigen team al werkt: anders dezelfde weigering als voor een onbekend huishouden', async () => {
    const teams = new Set(huishouden.betrokkenheden.map((b) => `${b.organisatie}:${b.team}`));
    const buitenstaander = ['lt-noor', 'lt-bram', 'lt-fatima'].map((sub) => ({ sub, team: sub === 'lt-fatima' ? 'Wijkteam Noord' : 'Wijkteam Zuid' })).find((p) => !teams.has(`lokaal-team:${p.team}`))!;
    expect(buitenstaander).toBeDefined();
    const voor = await betrokkenen();
    const eigen = await registreer(buitenstaander.sub, { organisatie: 'lokaal_team', professional: buitenstaander.sub, team: buitenstaander.team, vorm: 'duo' });
    expect(eigen.body).toEqual(geweigerd('dit huishouden is niet bekend, of u mag hier deze betrokkenheid niet registreren', 'FORBIDDEN'));
    expect(await betrokkenen()).toEqual(voor);
  });

  test('een huishoudlid of de privacyfunctionaris registreert geen betrokkenheden', async () => {
    const antwoord = await registreer('fg-ingrid', { organisatie: 'lokaal_team', professional: 'fg-ingrid', vorm: 'duo' }, 'toezicht');
    expect(antwoord.body).toEqual(geweigerd('de rol privacyfunctionaris registreert geen betrokkenheden', 'FORBIDDEN'));
  });
});

import { DemoHuishouden, demoHuishouden, GRANT_HEADER, tekenGrant } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { MET_VERANTWOORDING, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 12;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const teamVan = (h: DemoHuishouden, organisatie: string) => h.betrokkenheden.some((b) => b.organisatie === organisatie && b.team === 'RVT Midden');
// the organisation neither works with it nor knows it: a household that is none of its business
const vreemdVoor = (organisatie: 'veilig-thuis' | 'gi') => uitDeTestwereld(wereld.find((h) => !teamVan(h, organisatie) && !h.bekendBij.has(organisatie)), `huishouden dat ${organisatie} en zijn team niet kennen`);
const vreemd = vreemdVoor('veilig-thuis');
// Veilig Thuis's RVT team works with it (a duo or consultatie): an onderzoek there waits for a second pair of eyes
const metTeam = uitDeTestwereld(wereld.find((h) => teamVan(h, 'veilig-thuis') && h.bekendBij.has('lokaal-team')), 'huishouden waar het team van veilig-thuis werkt');
// Veilig Thuis knows it (a melding) but its team is not involved: only an onderzoek in its own dossier opens the way
const gemeld = uitDeTestwereld(wereld.find((h) => !teamVan(h, 'veilig-thuis') && h.bekendBij.has('veilig-thuis') && h.bekendBij.has('lokaal-team')), 'huishouden dat veilig-thuis kent zonder dat zijn team er werkt');
// the GI's RVT team works with it, its dossier holds no maatregel: a maatregel there waits for confirmation
const giTeam = uitDeTestwereld(wereld.find((h) => teamVan(h, 'gi') && !h.bekendBij.has('gi')), 'huishouden waar het gi-team werkt dat gi zelf niet kent');
const ONBEKEND = '00000000-0000-4000-8000-000000000000';

const VERZONNEN = 'Proportioneel en subsidiair, want ik wil weten hoe het met dit gezin gaat; verder is er eigenlijk niets aan de hand (verzonnen).';
const REGISTREER = /* GraphQL */ `mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { id vorm bevestigdDoor bevestigdMet } }`;
const BEVESTIG = /* GraphQL */ `mutation ($id: ID!) { bevestigBetrokkenheid(betrokkenheid: $id) { id professional bevestigdDoor bevestigdMet } }`;
const TE_BEVESTIGEN = /* GraphQL */ `{ teBevestigen { betrokkenheid huishouden vorm registrant team vanaf grondslag afweging uitspraakkenmerk geregistreerdOp } }`;
const BEKIJK = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { adres leden { personalia { voornaam } } } }`;
const UITLEG = /* GraphQL */ `query ($id: ID!) { uitleg(huishouden: $id, doel: "veiligheidsonderzoek") { beslissingen { persoon categorie partner uitkomst regel reden } } }`;
const NOG_NIET_BEVESTIGD = 'Uw wettelijke grondslag is nog niet bevestigd: dat doet het dossier van uw eigen organisatie, of een teamleider of gedragswetenschapper van uw team. Tot dan opent die grondslag niets.';
const NIET_GEREGISTREERD = 'Betrokkenheid niet geregistreerd: dit huishouden is niet bekend, of u mag hier deze betrokkenheid niet registreren';
const NIET_BEVESTIGD = 'Betrokkenheid niet bevestigd: deze betrokkenheid is niet bekend, of u mag haar niet bevestigen (alleen een teamleider of gedragswetenschapper van het eigen team, nooit de registrant zelf)';

type Antwoord = Awaited<ReturnType<TestNetwerk['vraag']>>;
/** The answer without its own audit id: two refusals compared as a client sees them. */
const zonderAuditId = (a: Antwoord) => ({ status: a.status, body: { ...a.body, extensions: { ...a.body.extensions, auditId: null } } });

/** A statutory betrokkenheid opens nothing on the registrant's own word: its dossier or a second professional confirms it. */
describe('geen toegang op eigen woord: een onderzoek of maatregel opent pas iets na bevestiging door een ander', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('bevestiging', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const onderzoek = async (persona: string, huishouden: string, team = 'RVT Midden') => netwerk.vraag(REGISTREER, {
    token: await netwerk.token(persona), doel: 'veiligheidsonderzoek',
    variables: { i: { huishouden, organisatie: 'veilig_thuis', team, professional: persona, vorm: 'onderzoek', regiehouder: false, vanaf: '2026-11-01', grondslag: 'Wmo 2015 art. 5.2.6', afweging: VERZONNEN } },
  });
  const maatregel = async (persona: string, huishouden: string) => netwerk.vraag(REGISTREER, {
    token: await netwerk.token(persona), doel: 'uitvoering-maatregel',
    variables: { i: { huishouden, organisatie: 'gi', team: 'RVT Midden', professional: persona, vorm: 'maatregel', regiehouder: false, vanaf: '2026-11-01', uitspraakkenmerk: 'C/99/123456 / JE RK 26-999' } },
  });
  const bekijk = async (persona: string, huishouden: string) => netwerk.vraag(BEKIJK, { token: await netwerk.token(persona), doel: 'veiligheidsonderzoek', variables: { id: huishouden } });
  const bevestig = async (persona: string, id: string, doel = 'bevestiging') => netwerk.vraag(BEVESTIG, { token: await netwerk.token(persona), doel, variables: { id } });
  const teBevestigen = async (persona: string, doel = 'bevestiging') => netwerk.vraag(TE_BEVESTIGEN, { token: await netwerk.token(persona), doel });
  const geregistreerd = (a: Antwoord) => (a.body.data as { registreerBetrokkenheid: { id: string; bevestigdDoor: string | null; bevestigdMet: string | null } }).registreerBetrokkenheid;
  const voornamen = (a: Antwoord) => (a.body.data as { huishouden: { leden: Array<{ personalia: { voornaam: string } | null }> } | null }).huishouden?.leden.map((l) => l.personalia?.voornaam).sort();
  const geweigerd = (bericht: string, code = 'FORBIDDEN') => ({ data: null, errors: [expect.objectContaining({ message: bericht, extensions: expect.objectContaining({ code }) })], extensions: MET_VERANTWOORDING });

  /** The households the toegangslog record of a request names: those decided for. */
  const huishoudensInLog = async (auditId: string) => {
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query<{ huishoudens: string[] }>('SELECT huishoudens FROM toegangslog WHERE audit_id = $1', [auditId]);
    await db.end();
    return rows.flatMap((r) => r.huishoudens);
  };

  let wachtend: string;
  let vanLina: string;

  test('een professional die nergens bij betrokken is registreert een onderzoek met een verzonnen afweging en ziet niets', async () => {
    const voor = await netwerk.rijen();
    expect((await onderzoek('vt-esra', vreemd.id)).body).toEqual(geweigerd(NIET_GEREGISTREERD));
    expect(await netwerk.rijen()).toEqual(voor);
    expect((await bekijk('vt-esra', vreemd.id)).body.data).toEqual({ huishouden: null });
    // where her team works, the registration is taken, but waits: it opens nothing, and the uitleg says why
    const antwoord = await onderzoek('vt-esra', metTeam.id);
    expect(antwoord.body.errors).toBeUndefined();
    expect(geregistreerd(antwoord)).toMatchObject({ bevestigdDoor: null, bevestigdMet: null });
    wachtend = geregistreerd(antwoord).id;
    expect((await bekijk('vt-esra', metTeam.id)).body.data).toEqual({ huishouden: null });
    // not in her list of households either: not even asked about (the toegangslog names none)
    const lijst = await netwerk.vraag('{ huishoudens { id } }', { token: await netwerk.token('vt-esra'), doel: 'veiligheidsonderzoek' });
    expect(lijst.body.data).toEqual({ huishoudens: [] });
    expect(await huishoudensInLog(lijst.body.extensions?.auditId as string)).toEqual([]);
    const uitleg = await netwerk.vraag(UITLEG, { token: await netwerk.token('vt-esra'), doel: 'veiligheidsonderzoek', variables: { id: metTeam.id } });
    expect(uitleg.body.data).toEqual({ uitleg: { beslissingen: [{ persoon: null, categorie: null, partner: null, uitkomst: 'afgeschermd', regel: 'bevestiging', reden: NOG_NIET_BEVESTIGD }] } });
    // nor does it count as being involved: no doorbraak on it
    const doorbraak = await netwerk.vraag('mutation ($i: DoorbraakInvoer!) { registreerDoorbraak(invoer: $i) { eindigtOp } }', {
      token: await netwerk.token('vt-esra'), doel: 'veiligheidsonderzoek',
      variables: { i: { huishouden: metTeam.id, personen: metTeam.leden.map((l) => l.id), categorieen: ['identificatie'], reden: 'Acute zorgen over de veiligheid van de kinderen; toestemming vragen kan nu niet zonder gevaar.', uren: 1 } },
    });
    expect(doorbraak.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('registreren bij een onbekend en bij een vreemd huishouden geeft hetzelfde antwoord', async () => {
    expect(zonderAuditId(await onderzoek('vt-esra', vreemd.id))).toEqual(zonderAuditId(await onderzoek('vt-esra', ONBEKEND)));
    expect(zonderAuditId(await maatregel('gi-sanne', vreemdVoor('gi').id))).toEqual(zonderAuditId(await maatregel('gi-sanne', ONBEKEND)));
    // a household Veilig Thuis knows from a melding, without its own onderzoek, is no different
    expect(zonderAuditId(await onderzoek('vt-daan', gemeld.id))).toEqual(zonderAuditId(await onderzoek('vt-daan', ONBEKEND)));
  });

  test('de registrant bevestigt zijn eigen onderzoek niet', async () => {
    expect((await bevestig('vt-esra', wachtend, 'veiligheidsonderzoek')).body).toEqual(geweigerd('Betrokkenheid niet bevestigd: de rol professional bevestigt geen betrokkenheden; dat doet een teamleider of gedragswetenschapper'));
    // a gedragswetenschapper may confirm, but not what she registered herself
    const eigen = await maatregel('rvt-lina', giTeam.id);
    expect(geregistreerd(eigen)).toMatchObject({ bevestigdDoor: null });
    vanLina = geregistreerd(eigen).id;
    expect((await bevestig('rvt-lina', vanLina)).body).toEqual(geweigerd(NIET_BEVESTIGD));
    expect((await bekijk('vt-esra', metTeam.id)).body.data).toEqual({ huishouden: null });
  });

  test('het gezin hoort pas van een wettelijke grondslag als die bevestigd is', async () => {
    const volwassene = giTeam.leden.find((l) => l.rol === 'ouder')!;
    const gi = async () => ((await netwerk.vraag('{ mijnDeling { organisatie vormen grondslagen { soort } } }', { token: await netwerk.clientToken(volwassene.id), doel: 'inzage' })).body.data as { mijnDeling: Array<{ organisatie: string; vormen: string[]; grondslagen: Array<{ soort: string }> }> }).mijnDeling.find((d) => d.organisatie === 'gi');
    expect((await gi())?.grondslagen.map((g) => g.soort)).not.toContain('wettelijk');
    expect((await bevestig('gi-ruud', vanLina)).body.errors).toBeUndefined();
    expect((await gi())?.grondslagen.map((g) => g.soort)).toContain('wettelijk');
  });

  test('een teamleider van een andere organisatie bevestigt niet', async () => {
    const onbekend = await bevestig('gi-ruud', ONBEKEND);
    expect(onbekend.body).toEqual(geweigerd(NIET_BEVESTIGD));
    for (const teamleider of ['gi-ruud', 'raad-mirjam']) expect(zonderAuditId(await bevestig(teamleider, wachtend))).toEqual(zonderAuditId(onbekend));
    expect((await bekijk('vt-esra', metTeam.id)).body.data).toEqual({ huishouden: null });
  });

  test('na bevestiging door de teamleider gaan de gegevens open', async () => {
    const antwoord = await bevestig('vt-ilse', wachtend);
    expect(antwoord.body).toEqual({ data: { bevestigBetrokkenheid: { id: wachtend, professional: 'vt-esra', bevestigdDoor: 'vt-ilse', bevestigdMet: 'teamleider' } }, extensions: MET_VERANTWOORDING });
    expect(voornamen(await bekijk('vt-esra', metTeam.id))).toEqual(metTeam.leden.map((l) => l.voornaam).sort());
    expect((await netwerk.vraag('{ huishoudens { id } }', { token: await netwerk.token('vt-esra'), doel: 'veiligheidsonderzoek' })).body.data).toEqual({ huishoudens: [{ id: metTeam.id }] });
    expect((await bevestig('vt-ilse', wachtend)).body).toEqual(geweigerd('Betrokkenheid niet bevestigd: deze betrokkenheid is al bevestigd', 'BAD_USER_INPUT'));
  });

  test('na bevestiging door het dossier gaan de gegevens open', async () => {
    // Veilig Thuis's own system starts the onderzoek after the melding; then the registration is confirmed at once
    await netwerk.startOnderzoekBijVeiligThuis(gemeld.id, 'vt-daan', '2026-11-01');
    const antwoord = await onderzoek('vt-daan', gemeld.id);
    expect(antwoord.body.errors).toBeUndefined();
    expect(geregistreerd(antwoord)).toMatchObject({ vorm: 'onderzoek', bevestigdDoor: 'dossier:veilig-thuis', bevestigdMet: 'onderzoek gestart 2026-11-01' });
    expect(voornamen(await bekijk('vt-daan', gemeld.id))).toEqual(gemeld.leden.map((l) => l.voornaam).sort());
  });

  let vanEsra: string;

  test('een collega van Veilig Thuis wordt niet bevestigd door andermans onderzoek', async () => {
    // vt-daan's lopend onderzoek in Veilig Thuis's dossier is his: it confirms no one else's registration
    const antwoord = await onderzoek('vt-esra', gemeld.id);
    expect(antwoord.body.errors).toBeUndefined();
    expect(geregistreerd(antwoord)).toMatchObject({ vorm: 'onderzoek', bevestigdDoor: null, bevestigdMet: null });
    vanEsra = geregistreerd(antwoord).id;
    expect((await bekijk('vt-esra', gemeld.id)).body.data).toEqual({ huishouden: null });
  });

  test('het dossier antwoordt alleen de gateway, en alleen over de eigen professionals', async () => {
    const vraagDossier = async (grant?: Partial<Parameters<typeof tekenGrant>[1]>) => {
      const body = { huishouden: gemeld.id, uitspraakkenmerk: null };
      const inhoud = { subgraph: 'veilig-thuis', verzoek: { pad: '/dossierbevestiging', body }, sub: 'vt-daan', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', doel: 'veiligheidsonderzoek', intern: 'dossierbevestiging', ...grant };
      const res = await fetch(new URL('dossierbevestiging', netwerk.subgraphUrls['veilig-thuis']), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(grant ? { [GRANT_HEADER]: await tekenGrant(netwerk.grantSleutels.prive, inhoud) } : {}) },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    expect(await vraagDossier()).toEqual({ status: 401, body: { fout: 'Geen geldige grant van de gateway: geen grant meegestuurd' } });
    const alleenGateway = { status: 403, body: { fout: 'Alleen de gateway vraagt dit, voor een professional van deze organisatie' } };
    expect(await vraagDossier({ intern: 'beslissingscontext' })).toEqual(alleenGateway);
    expect(await vraagDossier({ organisatie: 'gi', sub: 'gi-sanne' })).toEqual(alleenGateway);
    expect(await vraagDossier({})).toEqual({ status: 200, body: { kenmerk: 'onderzoek gestart 2026-11-01' } });
  });

  test('de bevestiging staat in het toegangslog en bij de beoordelingen', async () => {
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows: registraties } = await db.query<{ sub: string; inhoud: Record<string, unknown> }>("SELECT sub, inhoud FROM toegangslog WHERE actie = 'registratie/bevestiging' ORDER BY volgnummer");
    await db.end();
    expect(registraties).toEqual([
      { sub: 'gi-ruud', inhoud: expect.objectContaining({ betrokkenheid: vanLina, registrant: 'rvt-lina', organisatie: 'gi', vorm: 'maatregel', bevestigdDoor: 'gi-ruud', bevestigdMet: 'teamleider' }) },
      { sub: 'vt-ilse', inhoud: expect.objectContaining({ betrokkenheid: wachtend, registrant: 'vt-esra', bevestigdDoor: 'vt-ilse', bevestigdMet: 'teamleider', bevestigdOp: expect.any(String) }) },
      { sub: 'vt-daan', inhoud: expect.objectContaining({ registrant: 'vt-daan', bevestigdDoor: 'dossier:veilig-thuis', bevestigdMet: 'onderzoek gestart 2026-11-01', bevestigdOp: expect.any(String) }) },
    ]);
    const wachtrij = await netwerk.vraag('{ beoordelingen { soort wie huishouden bevestigdDoor bevestigdMet bevestigdOp categorieen } }', { token: await netwerk.token('fg-ingrid'), doel: 'toezicht' });
    const items = (wachtrij.body.data as { beoordelingen: Array<{ soort: string; wie: string; huishouden: string; bevestigdDoor: string | null; bevestigdMet: string | null; bevestigdOp: string | null; categorieen: string[] }> }).beoordelingen;
    const van = (wie: string) => items.filter((i) => i.wie === wie).map(({ categorieen, bevestigdOp, ...rest }) => ({ ...rest, bevestigdOp: typeof bevestigdOp, verstrekt: categorieen.length > 0 }));
    expect(van('vt-esra')).toEqual([{ soort: 'wettelijk', wie: 'vt-esra', huishouden: metTeam.id, bevestigdDoor: 'vt-ilse', bevestigdMet: 'teamleider', bevestigdOp: 'string', verstrekt: true }]);
    expect(van('vt-daan')).toEqual([{ soort: 'wettelijk', wie: 'vt-daan', huishouden: gemeld.id, bevestigdDoor: 'dossier:veilig-thuis', bevestigdMet: 'onderzoek gestart 2026-11-01', bevestigdOp: 'string', verstrekt: true }]);
  });

  test('de teamleider ziet wat in het eigen team op bevestiging wacht: niet het eigene, niet van een ander team of een andere organisatie', async () => {
    const vanSanne = geregistreerd(await maatregel('gi-sanne', giTeam.id)).id;
    const tweedeVanLina = geregistreerd(await maatregel('rvt-lina', giTeam.id)).id;
    const maatregelTeBevestigen = (betrokkenheid: string, registrant: string) => ({
      betrokkenheid, huishouden: giTeam.id, vorm: 'maatregel', registrant, team: 'RVT Midden', vanaf: '2026-11-01', grondslag: null, afweging: null, uitspraakkenmerk: 'C/99/123456 / JE RK 26-999', geregistreerdOp: expect.any(String),
    });
    expect((await teBevestigen('vt-ilse')).body).toEqual({
      data: { teBevestigen: [{ betrokkenheid: vanEsra, huishouden: gemeld.id, vorm: 'onderzoek', registrant: 'vt-esra', team: 'RVT Midden', vanaf: '2026-11-01', grondslag: 'Wmo 2015 art. 5.2.6', afweging: VERZONNEN, uitspraakkenmerk: null, geregistreerdOp: expect.any(String) }] },
      extensions: MET_VERANTWOORDING,
    });
    expect((await teBevestigen('gi-ruud')).body.data).toEqual({ teBevestigen: [maatregelTeBevestigen(vanSanne, 'gi-sanne'), maatregelTeBevestigen(tweedeVanLina, 'rvt-lina')] });
    expect((await teBevestigen('rvt-lina')).body.data).toEqual({ teBevestigen: [maatregelTeBevestigen(vanSanne, 'gi-sanne')] });
    expect((await teBevestigen('raad-mirjam')).body.data).toEqual({ teBevestigen: [] });
  });

  test('wie niet bevestigt, krijgt de lijst niet', async () => {
    const voorRol = (bericht: string) => ({ errors: [expect.objectContaining({ message: bericht, extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })], extensions: MET_VERANTWOORDING });
    expect((await teBevestigen('vt-esra', 'veiligheidsonderzoek')).body).toEqual(voorRol('Alleen een teamleider of gedragswetenschapper bevestigt betrokkenheden'));
    expect((await teBevestigen('fg-ingrid', 'toezicht')).body).toEqual(voorRol('Alleen een teamleider of gedragswetenschapper bevestigt betrokkenheden'));
    // a gedragswetenschapper at work on a case does not see her team's registrations by the way
    expect((await teBevestigen('rvt-lina', 'casusoverleg')).body).toEqual({ data: null, ...voorRol('Geen lijst te bevestigen: bevestigen doet u met het doel bevestiging, niet casusoverleg') });
    expect((await bevestig('rvt-lina', vanEsra, 'casusoverleg')).body).toEqual(geweigerd('Betrokkenheid niet bevestigd: bevestigen doet u met het doel bevestiging, niet casusoverleg'));
  });

  test('de lijst staat in het toegangslog met de huishoudens die zij toonde, ook als de vrager die niet koos; na bevestigen uit de lijst gaan de gegevens open en is de lijst leeg', async () => {
    const lijst = await netwerk.vraag('{ wacht: teBevestigen { betrokkenheid } }', { token: await netwerk.token('vt-ilse'), doel: 'bevestiging' });
    expect(lijst.body).toEqual({ data: { wacht: [{ betrokkenheid: vanEsra }] }, extensions: MET_VERANTWOORDING });
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query('SELECT actie, sub, rol, doel, huishoudens, inhoud FROM toegangslog WHERE audit_id = $1', [lijst.body.extensions?.auditId]);
    await db.end();
    expect(rows).toEqual([{ actie: 'toezicht', sub: 'vt-ilse', rol: 'teamleider', doel: 'bevestiging', huishoudens: [gemeld.id], inhoud: { velden: ['teBevestigen'] } }]);
    // the gateway's own key is not the client's to use
    expect((await netwerk.vraag('{ teBevestigen { _onderwerp: registrant } }', { token: await netwerk.token('vt-ilse'), doel: 'bevestiging' })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await bevestig('vt-ilse', vanEsra)).body.errors).toBeUndefined();
    expect((await teBevestigen('vt-ilse')).body.data).toEqual({ teBevestigen: [] });
    expect(voornamen(await bekijk('vt-esra', gemeld.id))).toEqual(gemeld.leden.map((l) => l.voornaam).sort());
  });
});

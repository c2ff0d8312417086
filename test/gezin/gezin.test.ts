import { randomUUID } from 'node:crypto';

import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
// a duo with the GI, a parent with gezag who consented, and a second adult
const ouderVan = (h: (typeof wereld)[number]) => h.leden.find((p) => h.gezag.some((g) => g.gezaghebbende === p.id) && h.toestemmingen.some((t) => t.persoon === p.id));
const huishouden = uitDeTestwereld(wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'gi') && ouderVan(h) && h.leden.filter(volwassen).length >= 2
  && !h.betrokkenheden.some((b) => b.organisatie === 'veilig-thuis')), 'huishouden met een gi-duo, een ouder met gezag en toestemming en een tweede volwassene, zonder Veilig Thuis');
const ouder = ouderVan(huishouden)!;
const ander = huishouden.leden.find((p) => volwassen(p) && p.id !== ouder.id)!;
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'gi')!;
const lokaal = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!;
const vreemde = wereld.find((h) => h.id !== huishouden.id && h.leden.some(volwassen))!.leden.find(volwassen)!;
// what she gave for a child she still decides for: not for a youth who is 16 whichever birthday has passed this year
const beslistAlleen = (id: string) => new Date().getUTCFullYear() - huishouden.leden.find((p) => p.id === id)!.geboortejaar - 1 >= 16;
const eigenToestemmingen = huishouden.toestemmingen.filter((t) => t.persoon === ouder.id || (t.gegevenDoor.includes(ouder.id) && !beslistAlleen(t.persoon)));
const aanGi = uitDeTestwereld(huishouden.toestemmingen.find((t) => t.persoon === ouder.id && t.ontvangerOrganisatie === 'gi'), 'toestemming van die ouder aan gi');

const TOESTEMMINGEN = '{ mijnToestemmingen { id voorWie doorU organisatie ontvanger categorieen doel vorm geldigVanaf geldigTot ingetrokkenOp geldig omschrijving } }';
const DELING = '{ mijnDeling { organisatie naam teams vormen sinds regiehouder grondslagen { soort categorieen tot omschrijving } omschrijving } }';
const INTREKKEN = 'mutation ($id: ID!) { trekToestemmingIn(id: $id) { id ingetrokkenOp } }';
const PERSONALIA = 'query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } } }';
const MDO = /* GraphQL */ `{
  mijnHuishouden {
    mdoVerslagen { datum vraag besluiten { tekst } afspraken { tekst } adviezen { deelnemer organisatie advies } }
    werkaantekeningen { tekst }
    bestaanszekerheid { schulden }
    leden { rol }
  }
}`;
const AFWEGING = 'Proportioneel: alleen wat de veiligheid van de kinderen raakt. Subsidiair: vrijwillige hulp is geprobeerd en heeft de zorgen niet weggenomen.';

interface MijnToestemming { id: string; voorWie: string; doorU: boolean; organisatie: string; geldig: boolean; ingetrokkenOp: string | null; omschrijving: string }
interface Deling { organisatie: string; vormen: string[]; regiehouder: boolean; grondslagen: Array<{ soort: string; categorieen: string[]; tot: string | null; omschrijving: string }> }

/** The household member's own part: their toestemmingen (and revoking one), what is shared with whom, and the MDO of their household. */
describe('het gezinslid: toestemmingen, deling en het MDO van het eigen huishouden', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('gezin', AANTAL);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
  });

  const alsOuder = async (query: string, variables?: Record<string, unknown>) => netwerk.vraag(query, { token: await netwerk.clientToken(ouder.id), doel: 'inzage', variables });
  const toestemmingen = async () => ((await alsOuder(TOESTEMMINGEN)).body.data as { mijnToestemmingen: MijnToestemming[] }).mijnToestemmingen;
  const deling = async () => ((await alsOuder(DELING)).body.data as { mijnDeling: Deling[] }).mijnDeling;
  const rvtZiet = async () => netwerk.vraag(PERSONALIA, { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });

  test('een ouder ziet de toestemmingen van en voor haarzelf en die zij gaf voor haar kind; een professional niet', async () => {
    const lijst = await toestemmingen();
    expect(lijst.map((t) => t.id).sort()).toEqual(eigenToestemmingen.map((t) => t.id).sort());
    expect(lijst.find((t) => t.id === aanGi.id)).toEqual({
      id: aanGi.id, voorWie: 'uzelf', doorU: true, organisatie: 'gi', ontvanger: 'de jeugdbescherming (GI)', categorieen: aanGi.categorieen, doel: 'gezamenlijk-plan',
      vorm: aanGi.vorm, geldigVanaf: aanGi.geldigVanaf, geldigTot: null, ingetrokkenOp: null, geldig: true,
      omschrijving: expect.stringMatching(/^Toestemming voor uzelf: de jeugdbescherming \(GI\) mag wie u bent, .+ zien om samen met u aan één plan te werken, vanaf .+; geldig\.$/),
    });
    const voorKind = lijst.filter((t) => t.voorWie !== 'uzelf');
    expect(voorKind.length).toBeGreaterThan(0);
    for (const t of voorKind) expect(t).toMatchObject({ voorWie: expect.stringMatching(/^Kind( \d)? \(.+ jaar\)$/), doorU: true });
    const professional = await netwerk.vraag(TOESTEMMINGEN, { token: await netwerk.token(duo.professional) });
    expect(professional.body.errors?.[0]).toMatchObject({ message: 'De inzage is voor de gezinsleden zelf', extensions: { code: 'FORBIDDEN' } });
  });

  test('wat over haar gedeeld wordt en met wie: de organisaties, vorm, regie en grondslag; een onderzoek van Veilig Thuis pas na de melding aan het gezin', async () => {
    const voor = await deling();
    expect(voor.map((d) => [d.organisatie, d.vormen, d.regiehouder])).toEqual([['gi', ['duo'], false], ['lokaal-team', ['duo'], true]]);
    expect(voor.find((d) => d.organisatie === 'gi')!.grondslagen).toEqual([expect.objectContaining({ soort: 'toestemming', categorieen: [...aanGi.categorieen].sort() })]);

    const token = await netwerk.token('vt-esra');
    await netwerk.startOnderzoekBijVeiligThuis(huishouden.id, 'vt-esra');
    const registratie = await netwerk.vraag('mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { id } }', { token, doel: 'veiligheidsonderzoek', variables: { i: { huishouden: huishouden.id, organisatie: 'veilig_thuis', team: 'RVT Midden', professional: 'vt-esra', vorm: 'onderzoek', regiehouder: false, vanaf: '2026-01-01', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING } } });
    expect(registratie.body.errors).toBeUndefined();
    // not yet told: the list is exactly as before
    expect(await deling()).toEqual(voor);
    const { rows: [b] } = await db.query<{ id: string }>("SELECT id FROM betrokkenheid WHERE professional = 'vt-esra' AND huishouden_id = $1", [huishouden.id]);
    const melding = await netwerk.vraag('mutation ($b: ID!) { meldAanGezin(betrokkenheid: $b) }', { token, doel: 'veiligheidsonderzoek', variables: { b: b.id } });
    expect(melding.body.data).toEqual({ meldAanGezin: true });
    const vt = (await deling()).find((d) => d.organisatie === 'veilig-thuis');
    expect(vt).toMatchObject({ vormen: ['onderzoek'], regiehouder: false, grondslagen: [{ soort: 'wettelijk', categorieen: ['identificatie', 'gezinssituatie', 'veiligheid', 'justitieel', 'grondslag', 'maatregelkader'], omschrijving: expect.stringContaining('Op grond van de wet (Wmo 2015 art. 5.2.6)') }] });
  });

  test('het gezin leest bij mijnDeling niet dat het lokaal team het kader van de maatregel van de GI alleen met toestemming ziet, en niet dat de GI haar eigen maatregel "op grond van de wet" ziet', async () => {
    const wettelijk = (lijst: Deling[], organisatie: string) => lijst.find((d) => d.organisatie === organisatie)!.grondslagen.filter((g) => g.soort === 'wettelijk');
    const lijst = await deling();
    // the lokaal team is a duo: what the GI records of a maatregel's frame it sees by law, as the gateway decides (policies/deelmatrix.yaml gedeeld_door)
    expect(wettelijk(lijst, 'lokaal-team')).toEqual([{
      soort: 'wettelijk', categorieen: ['maatregelkader'], tot: null,
      omschrijving: 'Op grond van de wet, zonder dat uw toestemming nodig is: het lokaal team mag zien wat de jeugdbescherming (GI) over u vastlegt (besluit van de rechter).',
    }]);
    // the GI, a duo too, shares its own maatregel: that is its own dossier, no ground of sharing
    expect(wettelijk(lijst, 'gi')).toEqual([]);
  });

  test('een gezinslid van een ander huishouden trekt haar toestemming niet in, en hoort hetzelfde als bij een onbekend id', async () => {
    const token = await netwerk.clientToken(vreemde.id);
    const vanHaar = await netwerk.vraag(INTREKKEN, { token, doel: 'inzage', variables: { id: aanGi.id } });
    const onbekend = await netwerk.vraag(INTREKKEN, { token, doel: 'inzage', variables: { id: randomUUID() } });
    expect(vanHaar.body.errors?.[0]).toMatchObject({ message: 'Toestemming niet ingetrokken: deze toestemming is niet bekend, of niet van of door u', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
    expect(onbekend.body.errors?.[0].message).toBe(vanHaar.body.errors?.[0].message);
    expect(vanHaar.body.data ?? null).toBeNull();
    expect((await toestemmingen()).find((t) => t.id === aanGi.id)?.geldig).toBe(true);
  });

  test('de ouder trekt haar toestemming in: vastgelegd in het toegangslog, en het volgende verzoek van de RVT-partner schermt af met de reden', async () => {
    const voor = await rvtZiet();
    const ouderVoor = (voor.body.data as { huishouden: { leden: Array<{ id: string; personalia: unknown }> } }).huishouden.leden.find((l) => l.id === ouder.id);
    expect(ouderVoor?.personalia).not.toBeNull();

    const intrekking = await alsOuder(INTREKKEN, { id: aanGi.id });
    expect(intrekking.body.errors).toBeUndefined();
    const { rows } = await db.query<{ actie: string; sub: string; rol: string; personen: string[]; inhoud: { toestemming: string } }>('SELECT actie, sub, rol, personen, inhoud FROM toegangslog WHERE audit_id = $1', [intrekking.body.extensions?.auditId]);
    expect(rows).toEqual([{ actie: 'registratie/intrekking', sub: ouder.id, rol: 'client', personen: [ouder.id], inhoud: expect.objectContaining({ toestemming: aanGi.id }) }]);
    expect((await toestemmingen()).find((t) => t.id === aanGi.id)).toMatchObject({ geldig: false, ingetrokkenOp: expect.any(String), omschrijving: expect.stringMatching(/; ingetrokken op .+\.$/) });
    expect((await deling()).find((d) => d.organisatie === 'gi')!.grondslagen).toEqual([]);

    const na = await rvtZiet();
    const ouderNa = (na.body.data as { huishouden: { leden: Array<{ id: string; personalia: unknown }> } }).huishouden.leden.find((l) => l.id === ouder.id);
    expect(ouderNa?.personalia).toBeNull();
    expect(na.body.extensions?.afgeschermd).toContainEqual(expect.objectContaining({ persoon: ouder.id, categorie: 'identificatie', partner: 'lokaal-team', regel: 'matrix/identificatie/duo', reden: expect.stringMatching(/^Toestemming.* ontbreekt\.$/) }));
    const nogmaals = await alsOuder(INTREKKEN, { id: aanGi.id });
    expect(nogmaals.body.errors?.[0].message).toMatch(/^Toestemming niet ingetrokken: al ingetrokken op /);
  });

  test('het MDO van het eigen huishouden: besluiten en adviezen zoals het lokaal team ze vastlegde; de rest afgeschermd met de reden; de toegang in het toegangslog en de inzage van het gezin', async () => {
    const eigen = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { mdoVerslagen { datum vraag besluiten { tekst } afspraken { tekst } adviezen { deelnemer organisatie advies } } } }', { token: await netwerk.token(lokaal.professional), variables: { id: huishouden.id } });
    const verslagen = (eigen.body.data as { huishouden: { mdoVerslagen: unknown[] } }).huishouden.mdoVerslagen;
    expect(verslagen.length).toBeGreaterThan(0);

    const antwoord = await alsOuder(MDO);
    expect(antwoord.body.errors).toBeUndefined();
    expect(antwoord.body.data).toEqual({ mijnHuishouden: { mdoVerslagen: verslagen } });
    const afgeschermd = antwoord.body.extensions?.afgeschermd as Array<{ pad: string; regel: string; reden: string }>;
    const waarom = (pad: string) => [...new Set(afgeschermd.filter((a) => a.pad === pad).map((a) => `${a.regel}: ${a.reden}`))];
    expect(waarom('mijnHuishouden.werkaantekeningen')).toEqual(['nooit/werkaantekening: Werkaantekeningen zijn van de professional zelf en worden nooit gedeeld.']);
    expect(waarom('mijnHuishouden.bestaanszekerheid')).toEqual(['rol/gezinslid: Dit deel van het dossier is niet voor gezinsleden in te zien; vraag ernaar bij uw regiehouder.']);
    expect(waarom('mijnHuishouden.leden.rol')).toEqual(['rol/gezinslid: Dit deel van het dossier is niet voor gezinsleden in te zien; vraag ernaar bij uw regiehouder.']);
    // an alias changes nothing: decided on Huishouden.werkaantekeningen
    const alias = await alsOuder('{ h: mijnHuishouden { notities: werkaantekeningen { tekst } } }');
    expect(alias.body.data).toEqual({ h: null });

    const { rows: [record] } = await db.query<{ actie: string; sub: string; rol: string; inhoud: { verstrekt: unknown[] } }>('SELECT actie, sub, rol, inhoud FROM toegangslog WHERE audit_id = $1', [antwoord.body.extensions?.auditId]);
    expect(record).toMatchObject({ actie: 'inzien', sub: ouder.id, rol: 'client' });
    expect(record.inhoud.verstrekt).toEqual([{ huishouden: huishouden.id, persoon: null, partner: 'lokaal-team', categorie: 'hulpverlening', uitkomst: 'zichtbaar', grondslag: [`gezinslid:${ouder.id}`] }]);

    const inzage = async (wie: string) => ((await netwerk.vraag('{ inzage { omschrijving grondslagen { soort categorieen grondslag } } }', { token: await netwerk.clientToken(wie), doel: 'inzage' })).body.data as { inzage: Array<{ omschrijving: string; grondslagen: unknown[] }> }).inzage;
    const alsGezinslid = [{ soort: 'gezin', categorieen: ['hulpverlening'], grondslag: 'omdat het over uw eigen huishouden gaat' }];
    expect(await inzage(ouder.id)).toContainEqual({ grondslagen: alsGezinslid, omschrijving: expect.stringMatching(/^Op .+ zag u zelf gegevens over hulp en plan \(omdat het over uw eigen huishouden gaat\)\.$/) });
    expect(await inzage(ander.id)).toContainEqual({ grondslagen: alsGezinslid, omschrijving: expect.stringMatching(/^Op .+ zag een ander gezinslid gegevens over hulp en plan \(omdat het over uw eigen huishouden gaat\)\.$/) });
  });

  test('het eigen huishouden is alleen voor gezinsleden; een gezinslid van een ander huishouden ziet via huishouden(id) niets', async () => {
    const professional = await netwerk.vraag(MDO, { token: await netwerk.token(lokaal.professional) });
    expect(professional.body.errors?.[0]).toMatchObject({ message: 'Het eigen huishouden is voor de gezinsleden zelf', extensions: { code: 'FORBIDDEN' } });
    const vreemd = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { mdoVerslagen { besluiten { tekst } } } }', { token: await netwerk.clientToken(vreemde.id), doel: 'inzage', variables: { id: huishouden.id } });
    expect(vreemd.body.data).toEqual({ huishouden: null });
  });
});

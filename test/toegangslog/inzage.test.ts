import { DEMO_PEILJAAR, demoHuishouden, PROFESSIONALS } from '@netwerkdossier/shared';
import { soortInWoorden } from '@netwerkdossier/netwerk';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
// a duo with the GI, a parent who consented and has gezag over a young child, and another adult
const huishouden = uitDeTestwereld(wereld.find((h) => {
  const duo = h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'gi');
  const ingestemd = new Set(h.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
  const ouder = h.leden.find((p) => volwassen(p) && ingestemd.has(p.id) && h.gezag.some((g) => g.gezaghebbende === p.id && DEMO_PEILJAAR - h.leden.find((k) => k.id === g.kind)!.geboortejaar < 15));
  return duo && ouder && h.leden.filter(volwassen).length >= 2 && !h.betrokkenheden.some((b) => b.professional === 'vt-esra');
}), 'duo-huishouden van de GI met een instemmende ouder met gezag over een jong kind, en een tweede volwassene');
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'gi')!;
const ingestemd = new Set(huishouden.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
const ouder = huishouden.leden.find((p) => volwassen(p) && ingestemd.has(p.id) && huishouden.gezag.some((g) => g.gezaghebbende === p.id && DEMO_PEILJAAR - huishouden.leden.find((k) => k.id === g.kind)!.geboortejaar < 15))!;
const kind = huishouden.leden.find((k) => huishouden.gezag.some((g) => g.gezaghebbende === ouder.id && g.kind === k.id) && DEMO_PEILJAAR - k.geboortejaar < 15)!;
const ander = huishouden.leden.find((p) => volwassen(p) && p.id !== ouder.id)!;
// a duo partner of Veilig Thuis, and an adult who consented to Veilig Thuis themselves
const metVtDuo = uitDeTestwereld(wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis')
  && h.toestemmingen.some((t) => t.ontvangerOrganisatie === 'veilig-thuis' && t.gegevenDoor.includes(t.persoon) && volwassen(h.leden.find((p) => p.id === t.persoon)!))), 'duo-huishouden van Veilig Thuis met een volwassene die zelf instemde');
const vtDuo = metVtDuo.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis')!;
const aanVt = metVtDuo.toestemmingen.find((t) => t.ontvangerOrganisatie === 'veilig-thuis' && t.gegevenDoor.includes(t.persoon) && volwassen(metVtDuo.leden.find((p) => p.id === t.persoon)!))!;
const AFWEGING = 'Proportioneel: alleen wat de veiligheid van de kinderen raakt. Subsidiair: vrijwillige hulp is geprobeerd en heeft de zorgen niet weggenomen.';
const INZAGE = 'query ($p: ID) { inzage(persoon: $p) { organisatie rol categorieen grondslagen { soort categorieen grondslag } doorbraak omschrijving } }';

interface Regel { organisatie: string; rol: string; categorieen: string[]; grondslagen: Array<{ soort: string; categorieen: string[]; grondslag: string }>; doorbraak: boolean; omschrijving: string }

/** A household member sees who saw their data; an onderzoek of Veilig Thuis only once it is disclosed. */
describe('inzage voor het gezin', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('inzage', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const inzage = async (wie: string, persoon?: string) => netwerk.vraag(INZAGE, { token: await netwerk.clientToken(wie), doel: 'inzage', variables: { p: persoon ?? null } });
  const MET_TOESTEMMING = 'omdat er toestemming voor is gegeven';
  const rolInWoorden = (rol: string) => (rol === 'professional' ? 'hulpverlener' : rol);
  // a professional who works with the family as a duo is named (inzage.yaml naam_professional)
  const naamVan = (sub: string) => PROFESSIONALS.find((p) => p.sub === sub)!.naam;
  const regels = (a: Awaited<ReturnType<typeof inzage>>) => (a.body.data as { inzage: Regel[] }).inzage;

  test('een ouder ziet wie haar gegevens zag, in gewone taal; het kind onder 16 ook; de andere ouder niet', async () => {
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }', { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const eigen = await inzage(ouder.id);
    expect(eigen.body.errors).toBeUndefined();
    const rol = PROFESSIONALS.find((p) => p.sub === duo.professional)!.rol;
    expect(regels(eigen)).toContainEqual({ organisatie: 'gi', rol, categorieen: ['identificatie'], grondslagen: [{ soort: 'toestemming', categorieen: ['identificatie'], grondslag: MET_TOESTEMMING }], doorbraak: false, omschrijving: expect.stringMatching(new RegExp(`^Op .+ zag ${naamVan(duo.professional)}, ${rolInWoorden(rol)} van de jeugdbescherming \\(GI\\), gegevens over wie u bent \\(${MET_TOESTEMMING}\\)\\.$`)) });
    expect((await inzage(ouder.id, kind.id)).body.errors).toBeUndefined();
    const vanAnder = await inzage(ouder.id, ander.id);
    expect(vanAnder.body.data ?? null).toBeNull();
    expect(vanAnder.body.errors?.[0]).toMatchObject({ message: 'U ziet alleen uw eigen inzage, of die van een jong kind over wie u gezag heeft', extensions: { code: 'FORBIDDEN' } });
    // and a professional has no inzage
    const professional = await netwerk.vraag(INZAGE, { token: await netwerk.token(duo.professional), variables: { p: ouder.id } });
    expect(professional.body.errors?.[0].message).toBe('De inzage is voor de gezinsleden zelf');
  });

  test('toegang bij een onderzoek van Veilig Thuis verschijnt pas nadat Veilig Thuis het aan het gezin meldde', async () => {
    const token = await netwerk.token('vt-esra');
    await netwerk.startOnderzoekBijVeiligThuis(huishouden.id, 'vt-esra');
    const registratie = await netwerk.vraag('mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { vorm } }', { token, doel: 'veiligheidsonderzoek', variables: { i: { huishouden: huishouden.id, organisatie: 'veilig_thuis', team: 'RVT Midden', professional: 'vt-esra', vorm: 'onderzoek', regiehouder: false, vanaf: '2026-01-01', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING } } });
    expect(registratie.body.errors).toBeUndefined();
    const bekeken = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }', { token, doel: 'veiligheidsonderzoek', variables: { id: huishouden.id } });
    expect(bekeken.body.errors).toBeUndefined();
    expect(regels(await inzage(ouder.id)).filter((r) => r.organisatie === 'veilig-thuis')).toEqual([]);

    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows: [b] } = await db.query<{ id: string }>("SELECT id FROM betrokkenheid WHERE professional = 'vt-esra' AND huishouden_id = $1", [huishouden.id]);
    await db.end();
    const melding = await netwerk.vraag('mutation ($b: ID!) { meldAanGezin(betrokkenheid: $b) }', { token, doel: 'veiligheidsonderzoek', variables: { b: b.id } });
    expect(melding.body.data).toEqual({ meldAanGezin: true });
    expect(regels(await inzage(ouder.id)).filter((r) => r.organisatie === 'veilig-thuis')).toContainEqual(expect.objectContaining({ grondslagen: [{ soort: 'wettelijk', categorieen: ['identificatie'], grondslag: 'omdat de wet dat toestaat, ook zonder toestemming' }], categorieen: ['identificatie'] }));
  });

  test('de inzage zegt niet \'met toestemming\' bij wat het eigen dossier van Veilig Thuis is', async () => {
    // the duo partner asks the lokaal team's personalia (on consent) and Veilig Thuis' own meldingen and verklaringen in one request
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } verklaringen { datum } } meldingen { aard melder { naam } } } }', { token: await netwerk.token(vtDuo.professional), doel: 'gezamenlijk-plan', variables: { id: metVtDuo.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows: [record] } = await db.query<{ inhoud: { verstrekt: Array<{ persoon: string | null; partner: string; categorie: string; grondslag: string[] }> } }>('SELECT inhoud FROM toegangslog WHERE audit_id = $1', [antwoord.body.extensions?.auditId]);
    await db.end();
    const over = record.inhoud.verstrekt.filter((v) => v.persoon === aanVt.persoon || v.persoon === null);
    // what Veilig Thuis' own dossier gave, as the gateway recorded it: on nothing but being its own
    const eigen = [...new Set(over.filter((v) => v.partner === 'veilig-thuis').map((v) => v.categorie))].sort();
    expect(eigen.length).toBeGreaterThan(0);
    expect(over.filter((v) => v.partner === 'veilig-thuis').map((v) => v.grondslag)).toEqual(over.filter((v) => v.partner === 'veilig-thuis').map(() => ['eigen:veilig-thuis']));

    const rol = PROFESSIONALS.find((p) => p.sub === vtDuo.professional)!.rol;
    const vt = regels(await inzage(aanVt.persoon)).filter((r) => r.organisatie === 'veilig-thuis');
    expect(vt).toEqual([{
      organisatie: 'veilig-thuis', rol, categorieen: [...new Set(['identificatie', ...eigen])].sort(), doorbraak: false,
      grondslagen: [
        { soort: 'toestemming', categorieen: ['identificatie'], grondslag: MET_TOESTEMMING },
        { soort: 'eigen', categorieen: eigen, grondslag: 'omdat Veilig Thuis dit zelf heeft vastgelegd' },
      ],
      omschrijving: expect.stringMatching(new RegExp(`^Op .+ zag ${naamVan(vtDuo.professional)}, ${rolInWoorden(rol)} van Veilig Thuis, gegevens over wie u bent \\(${MET_TOESTEMMING}\\); en over ${eigen.map(soortInWoorden).join(', ')} \\(omdat Veilig Thuis dit zelf heeft vastgelegd\\)\\.$`)),
    }]);
  });

  test('een consultatie staat in de inzage als geanonimiseerd, niet als het eigen dossier van die organisatie', async () => {
    const anoniem = wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'consultatie' && b.organisatie !== 'lokaal-team') && h.leden.some(volwassen))!;
    const b = anoniem.betrokkenheden.find((x) => x.vorm === 'consultatie' && x.organisatie !== 'lokaal-team')!;
    const lid = anoniem.leden.find(volwassen)!;
    const bekeken = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { aanduiding } } }', { token: await netwerk.token(b.professional), doel: 'casusoverleg', variables: { id: anoniem.id } });
    expect(bekeken.body.errors).toBeUndefined();
    const eigen = regels(await inzage(lid.id)).filter((r) => r.organisatie === b.organisatie);
    expect(eigen).toContainEqual(expect.objectContaining({ grondslagen: [{ soort: 'geanonimiseerd', categorieen: ['gezinssituatie'], grondslag: 'geanonimiseerd: zonder uw naam of andere gegevens waaraan u te herkennen bent' }], doorbraak: false }));
    expect(eigen.flatMap((r) => r.grondslagen.map((g) => g.soort))).not.toContain('eigen');
    // who advised in a consultatie is not named: the family does not know them (inzage.yaml naam_professional)
    expect(eigen.map((r) => r.omschrijving)).toEqual(eigen.map(() => expect.stringMatching(/^Op .+ zag een \S+ van /)));
  });
});

import { demoHuishouden, PARTNERS } from '@netwerkdossier/shared';
import { gezinPersonas } from '@netwerkdossier/tools';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const [ouderA, ouderB, kind] = gezinPersonas(TEST_SEED, AANTAL);
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.leden.some((l) => l.id === kind.sub))!;

const NODIG_UIT = 'mutation ($i: UitnodigingInvoer!) { nodigUit(invoer: $i) { id status omschrijving uitnodiging } }';
const NEEM_AAN = 'mutation ($u: ID!) { neemUitnodigingAan(uitnodiging: $u) { vorm organisatie professional regiehouder } }';
const UITNODIGINGEN = '{ mijnUitnodigingen { id huishouden soorten } }';
const DIEN_IN = 'mutation ($i: VerzoekInvoer!) { dienVerzoekIn(invoer: $i) { id soort organisatie omschrijving } }';

/** The household's own regie through the API: an invitation, and an objection answered by the privacy officer. */
describe('het gezin nodigt uit en maakt bezwaar', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('gezin-regie', AANTAL);
  });
  afterAll(async () => {
    await netwerk?.stop();
  });
  const als = async (sub: string, query: string, variables?: Record<string, unknown>) => netwerk.vraag(query, { token: await netwerk.clientToken(sub), doel: 'inzage', variables });
  const alsProfessional = async (sub: string, query: string, variables?: Record<string, unknown>) => netwerk.vraag(query, { token: await netwerk.token(sub), variables });

  test('een uitnodiging: alleen de genoemde professional ziet en neemt haar aan, één keer; dat registreert een duo', async () => {
    const uit = await als(ouderA.sub, NODIG_UIT, { i: { organisatie: 'veilig_thuis', professional: 'rvt-eva', categorieen: ['gezondheid'] } });
    expect(uit.body.errors).toBeUndefined();
    expect(uit.body.data).toEqual({ nodigUit: expect.objectContaining({ status: 'gegeven', uitnodiging: 'verstuurd', omschrijving: expect.stringContaining('Zodra Eva Mulder van Veilig Thuis de uitnodiging aanneemt, wordt dit gedeeld.') }) });
    expect((await alsProfessional('vt-daan', UITNODIGINGEN)).body.data).toEqual({ mijnUitnodigingen: [] });
    const lijst = (await alsProfessional('rvt-eva', UITNODIGINGEN)).body;
    expect(lijst.errors).toBeUndefined();
    const [u] = (lijst.data as { mijnUitnodigingen: Array<{ id: string; huishouden: string; soorten: string[] }> }).mijnUitnodigingen;
    expect(u).toMatchObject({ huishouden: huishouden.id, soorten: ['gezondheid'] });
    const door = await alsProfessional('vt-daan', NEEM_AAN, { u: u.id });
    expect(door.body.errors?.[0]).toMatchObject({ message: 'Uitnodiging niet aangenomen: deze uitnodiging is niet bekend, niet voor u, of niet meer open', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
    const aan = await alsProfessional('rvt-eva', NEEM_AAN, { u: u.id });
    expect(aan.body.errors).toBeUndefined();
    expect(aan.body.data).toEqual({ neemUitnodigingAan: { vorm: 'duo', organisatie: 'veilig_thuis', professional: 'rvt-eva', regiehouder: false } });
    expect((await alsProfessional('rvt-eva', NEEM_AAN, { u: u.id })).body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('een bezwaar tegen een inzage komt bij de privacyfunctionaris van die organisatie, en het antwoord met datum bij het gezinslid', async () => {
    // the regiehouder looks: an access to Ouder B's data the family can object to
    const lokaal = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!;
    expect((await alsProfessional(lokaal.professional, 'query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }', { id: huishouden.id })).body.errors).toBeUndefined();
    const gezien = await als(ouderB.sub, '{ inzage { volgnummer eigen organisatie } }');
    expect(gezien.body.errors).toBeUndefined();
    const inzage = (gezien.body.data as { inzage: Array<{ volgnummer: number; eigen: boolean; organisatie: string | null }> }).inzage;
    const toegang = inzage.filter((r) => r.organisatie === 'lokaal-team').at(-1)!;
    expect(toegang.eigen).toBe(false);
    // not someone else's access, whoever asks
    const vreemd = await als(ouderB.sub, DIEN_IN, { i: { soort: 'bezwaar', logregel: 1, over: 'x', toelichting: 'Dit wil ik niet.' } });
    expect(vreemd.body.errors?.[0]).toMatchObject({ message: 'Niet ingediend: deze inzage is niet bekend, of niet over u', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
    const bezwaar = await als(ouderB.sub, DIEN_IN, { i: { soort: 'bezwaar', logregel: toegang.volgnummer, over: 'Een hulpverlener van het lokaal team zag mijn naam', toelichting: 'Daar heb ik geen toestemming voor gegeven.' } });
    expect(bezwaar.body.errors).toBeUndefined();
    const id = (bezwaar.body.data as { dienVerzoekIn: { id: string } }).dienVerzoekIn.id;
    expect(bezwaar.body.data).toEqual({ dienVerzoekIn: { id, soort: 'Bezwaar (AVG artikel 21)', organisatie: 'het lokaal team', omschrijving: expect.stringMatching(/^Ingediend op .+\. De privacyfunctionaris van het lokaal team heeft nog niet geantwoord\.$/) } });
    const rij = await netwerk.vraag('{ gezinsverzoeken { id huishouden persoon soort logregel toelichting antwoord } }', { token: await netwerk.token('fg-ingrid'), doel: 'toezicht' });
    expect(rij.body.data).toEqual({ gezinsverzoeken: [{ id, huishouden: huishouden.id, persoon: ouderB.sub, soort: 'bezwaar', logregel: toegang.volgnummer, toelichting: 'Daar heb ik geen toestemming voor gegeven.', antwoord: null }] });
    // another organisation's privacy officer does not answer it (nor see it)
    const ANTWOORD = 'mutation ($v: ID!, $a: String!) { beantwoordVerzoek(verzoek: $v, antwoord: $a) { antwoord beantwoordOp } }';
    expect((await als(ouderB.sub, ANTWOORD, { v: id, a: 'Zelf beantwoord.' })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const antwoord = await netwerk.vraag(ANTWOORD, { token: await netwerk.token('fg-ingrid'), doel: 'toezicht', variables: { v: id, a: 'Uw bezwaar is terecht: de regiehouder had alleen de gegevens van uw kind nodig. Wij hebben dit met haar besproken.' } });
    expect(antwoord.body.errors).toBeUndefined();
    const mijn = ((await als(ouderB.sub, '{ mijnVerzoeken { antwoord beantwoordOp omschrijving } }')).body.data as { mijnVerzoeken: unknown[] }).mijnVerzoeken;
    expect(mijn).toEqual([{ antwoord: expect.stringMatching(/^Uw bezwaar is terecht/), beantwoordOp: expect.any(String), omschrijving: expect.stringMatching(/^De privacyfunctionaris van het lokaal team antwoordde op .+\.$/) }]);
  });

  test('een beschermd gezinslid: de andere gezinsleden zien de opvang niet meer, in wat gedeeld wordt, de keuzes en de inzage; zijzelf wel', async () => {
    const lokaal = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team' && b.regiehouder)!;
    const opvang = await alsProfessional(lokaal.professional, 'mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { id } }', {
      i: { huishouden: huishouden.id, organisatie: 'vrouwenopvang', team: 'Vrouwenopvang Midden', professional: 'vo-lotte', vorm: 'duo', regiehouder: false, vanaf: '2026-01-01' },
    });
    expect(opvang.body.errors).toBeUndefined();
    // Ouder A lets the shelter see her place in the family, and the shelter looks: an access in her inzage
    const vraag = await als(ouderA.sub, 'mutation ($i: ToestemmingsvraagInvoer!) { vraagToestemming(invoer: $i) { status } }', { i: { persoon: ouderA.sub, ontvangerOrganisatie: 'vrouwenopvang', categorieen: ['gezinssituatie'] } });
    expect(vraag.body.data).toEqual({ vraagToestemming: { status: 'gegeven' } });
    expect((await alsProfessional('vo-lotte', 'query ($id: ID!) { huishouden(id: $id) { leden { aanduiding } } }', { id: huishouden.id })).body.errors).toBeUndefined();
    const ZICHT = '{ mijnDeling { organisatie } toestemmingskeuzes { professionals { waarde } } inzage { organisatie } }';
    type Zicht = { mijnDeling: Array<{ organisatie: string }>; toestemmingskeuzes: { professionals: Array<{ waarde: string }> }; inzage: Array<{ organisatie: string | null }> };
    const zicht = async (sub: string) => {
      const z = (await als(sub, ZICHT)).body.data as Zicht;
      return { deling: z.mijnDeling.some((d) => d.organisatie === 'vrouwenopvang'), keuze: z.toestemmingskeuzes.professionals.some((p) => p.waarde === 'vo-lotte'), inzage: z.inzage.some((r) => r.organisatie === 'vrouwenopvang') };
    };
    expect(await zicht(ouderA.sub)).toEqual({ deling: true, keuze: true, inzage: true });
    const MARKEER = 'mutation ($p: ID!, $b: Boolean!) { markeerBeschermd(persoon: $p, beschermd: $b) }';
    // not by the household itself, nor by a professional who is not involved
    expect((await als(ouderA.sub, MARKEER, { p: ouderB.sub, b: true })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await alsProfessional('raad-joris', MARKEER, { p: ouderB.sub, b: true })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await alsProfessional(lokaal.professional, MARKEER, { p: ouderB.sub, b: true })).body.data).toEqual({ markeerBeschermd: true });
    expect(await zicht(ouderA.sub)).toEqual({ deling: false, keuze: false, inzage: false });
    // she sees her own stay (the shelter saw nothing about her, so her inzage has no access of it either way)
    expect(await zicht(ouderB.sub)).toMatchObject({ deling: true, keuze: true });
    expect((await alsProfessional(lokaal.professional, MARKEER, { p: ouderB.sub, b: false })).body.data).toEqual({ markeerBeschermd: false });
    expect(await zicht(ouderA.sub)).toEqual({ deling: true, keuze: true, inzage: true });
  });

  const MARKEER = 'mutation ($p: ID!, $b: Boolean!) { markeerBeschermd(persoon: $p, beschermd: $b) }';
  const regiehouder = () => huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team' && b.regiehouder)!.professional;

  test('een ouder ziet haar eigen kind op naam (voornaam en geboortejaar), geen ander gezinslid, geen jongere die zelf beslist, en nooit een beschermd kind', async () => {
    const LEDEN = '{ mijnHuishouden { leden { id geboortejaar personalia { voornaam achternaam } } } }';
    type Leden = { mijnHuishouden: { leden: Array<{ id: string; geboortejaar: number | null; personalia: { voornaam: string } | null }> } };
    const gezien = async (sub: string) => {
      const antwoord = await als(sub, LEDEN);
      expect(antwoord.body.errors).toBeUndefined();
      return Object.fromEntries((antwoord.body.data as Leden).mijnHuishouden.leden.filter((l) => l.personalia).map((l) => [l.id, `${l.personalia!.voornaam} ${l.geboortejaar}`]));
    };
    const jaar = new Date().getUTCFullYear();
    // every child of the household the age rules still let the parents decide for, at any age it may have
    const eigen = huishouden.leden.filter((l) => l.rol === 'kind' && jaar - l.geboortejaar < 16 && (huishouden.gezag.some((g) => g.kind === l.id && g.gezaghebbende === ouderA.sub) || huishouden.leden.find((x) => x.id === ouderA.sub)!.rol === 'ouder'));
    expect(eigen.map((l) => l.id)).toContain(kind.sub);
    expect(await gezien(ouderA.sub)).toEqual(Object.fromEntries(eigen.map((l) => [l.id, `${l.voornaam} ${l.geboortejaar}`])));
    // the child sees no one by name, not even a parent
    expect(await gezien(kind.sub)).toEqual({});
    expect((await alsProfessional(regiehouder(), MARKEER, { p: kind.sub, b: true })).body.data).toEqual({ markeerBeschermd: true });
    expect(Object.keys(await gezien(ouderA.sub))).not.toContain(kind.sub);
    expect((await alsProfessional(regiehouder(), MARKEER, { p: kind.sub, b: false })).body.data).toEqual({ markeerBeschermd: false });
    expect(Object.keys(await gezien(ouderA.sub))).toContain(kind.sub);
  });

  test('zolang een ander gezinslid beschermd is, zien de andere gezinsleden niets uit het gezinsplan, de Top3 of het MDO (vrije tekst kan de opvang noemen); zijzelf wel; opheffen alleen door de regiehouder of wie markeerde', async () => {
    const PLAN = '{ mijnHuishouden { gezinsplan { afspraken { omschrijving wie } } top3 { zorgen { tekst } } mdoVerslagen { besluiten { tekst } } } }';
    type Plan = { mijnHuishouden: { gezinsplan: unknown; top3: unknown; mdoVerslagen: unknown } };
    const plan = async (sub: string) => {
      const antwoord = await als(sub, PLAN);
      expect(antwoord.body.errors).toBeUndefined();
      const afgeschermd = (antwoord.body.extensions?.afgeschermd ?? []) as Array<{ pad: string; reden: string }>;
      return { ...(antwoord.body.data as Plan).mijnHuishouden, redenen: [...new Set(afgeschermd.filter((a) => /gezinsplan|top3|mdoVerslagen/.test(a.pad)).map((a) => a.reden))] };
    };
    const voor = await plan(ouderA.sub);
    expect(voor.gezinsplan).not.toBeNull();
    expect(voor.redenen).toEqual([]);
    const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;
    expect((await alsProfessional(duo.professional, MARKEER, { p: ouderB.sub, b: true })).body.data).toEqual({ markeerBeschermd: true });
    const tijdens = await plan(ouderA.sub);
    // not even asked for: what no member in scope may see is left out of the operation
    expect(tijdens).toEqual({ redenen: ['Dit deel van het dossier is niet voor gezinsleden in te zien; vraag ernaar bij uw regiehouder.'] });
    expect(await plan(ouderB.sub)).toEqual(voor);
    // the professional who marked it and the regiehouder see it; lifting it is theirs only
    const LIJST = 'query ($h: ID!) { beschermdeGezinsleden(huishouden: $h) { persoon doorU } }';
    expect((await alsProfessional(duo.professional, LIJST, { h: huishouden.id })).body.data).toEqual({ beschermdeGezinsleden: [{ persoon: ouderB.sub, doorU: true }] });
    expect((await alsProfessional('raad-joris', LIJST, { h: huishouden.id })).body.data).toEqual({ beschermdeGezinsleden: [] });
    // another professional who works with the household, neither regiehouder nor the one who marked: rvt-eva, a duo
    // since she took the invitation of the first test (she sees who is beschermd, as only those involved do)
    expect((await alsProfessional('rvt-eva', LIJST, { h: huishouden.id })).body.data).toEqual({ beschermdeGezinsleden: [{ persoon: ouderB.sub, doorU: false }] });
    expect((await alsProfessional('rvt-eva', MARKEER, { p: ouderB.sub, b: false })).body.errors?.[0].message).toBe('Niet opgeheven: alleen de regiehouder of wie de bescherming markeerde, heft haar op');
    expect((await alsProfessional(regiehouder(), MARKEER, { p: ouderB.sub, b: false })).body.data).toEqual({ markeerBeschermd: false });
    expect(await plan(ouderA.sub)).toEqual(voor);
  });

  test('de inzage noemt de professional die als duo met het gezin werkt bij naam, met organisatie, rol, soort gegevens en waarom', async () => {
    const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;
    expect((await alsProfessional(duo.professional, 'query ($id: ID!) { huishouden(id: $id) { leden { aanduiding } } }', { id: huishouden.id })).body.errors).toBeUndefined();
    const antwoord = await als(ouderA.sub, '{ inzage { organisatie professional omschrijving } }');
    expect(antwoord.body.errors).toBeUndefined();
    const inzage = (antwoord.body.data as { inzage: Array<{ organisatie: string | null; professional: string | null; omschrijving: string }> }).inzage;
    const regel = inzage.filter((r) => r.organisatie === duo.organisatie).pop()!;
    const naam = PARTNERS.find((p) => p.naam === duo.organisatie)!.professionals.find((p) => p.sub === duo.professional)!.naam;
    expect(regel.professional).toBe(naam);
    const rol = ({ professional: 'hulpverlener', gedragswetenschapper: 'gedragswetenschapper' } as Record<string, string>)[PARTNERS.find((p) => p.naam === duo.organisatie)!.professionals.find((p) => p.sub === duo.professional)!.rol];
    expect(regel.omschrijving).toContain(` zag ${naam}, ${rol} van ${PARTNERS.find((p) => p.naam === duo.organisatie)!.inZin}, gegevens over `);
    expect(regel.omschrijving).toMatch(/^Op .+ \(omdat .+\)\.$/);
  });
});

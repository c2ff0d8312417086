import { demoHuishouden } from '@netwerkdossier/shared';
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
});

import { demoHuishouden, PROFESSIONALS } from '@netwerkdossier/shared';
import { gezinPersonas } from '@netwerkdossier/tools';
import { Client } from 'pg';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const [, ouderB] = gezinPersonas(TEST_SEED, AANTAL);
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.leden.some((l) => l.id === ouderB.sub))!;
const lokaal = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!;
const naamVan = (sub: string) => PROFESSIONALS.find((p) => p.sub === sub)!.naam;

const DIEN_IN = 'mutation ($i: VerzoekInvoer!) { dienVerzoekIn(invoer: $i) { id } }';
const VELDEN = 'id soort huishouden huishoudenOmschrijving personen categorieen partners wie professional organisatie doelen reden van tot volgnummers conclusie beoordeeldDoor';
const BEOORDELINGEN = /* GraphQL */ `query ($f: Beoordelingsfilter) { beoordelingen(filter: $f) { ${VELDEN} } }`;
const SLUIT = /* GraphQL */ `mutation ($i: String!, $c: String!) { sluitBeoordeling(item: $i, conclusie: $c) { id conclusie beoordeeldDoor } }`;
const OVER = 'Een hulpverlener van het lokaal team zag mijn gegevens';
const TOELICHTING = 'Daar heb ik geen toestemming voor gegeven.';
const CONCLUSIE = 'Terecht bezwaar: de regiehouder had alleen de gegevens van het kind nodig; besproken met het team.';

interface Item { id: string; soort: string; huishouden: string; huishoudenOmschrijving: string; personen: string[]; categorieen: string[]; partners: string[]; wie: string | null; professional: string | null; organisatie: string; doelen: string[]; reden: string; van: string; tot: string; volgnummers: number[]; conclusie: string | null; beoordeeldDoor: string | null }

/**
 * A household member's objection is an item of the grouped review queue, beside doorbraken and statutory
 * betrokkenheden: with the household, the member, what the access disclosed about them, the professional and the
 * period; only for the organisations it concerns; closed with a conclusion that stays, through the API and in Chromium.
 */
describe('bezwaren van gezinsleden in de beoordelingen', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let db: Client;
  const ids: Record<string, string> = {};
  let toegang: number;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('bezwaren', AANTAL, [], { web: true });
    browser = await startChromium();
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await netwerk?.stop();
  });
  const alsLid = async (query: string, variables?: Record<string, unknown>) => netwerk.vraag(query, { token: await netwerk.clientToken(ouderB.sub), doel: 'inzage', variables });
  const beoordelingen = async (persona: string, filter: Record<string, unknown> | null = { soort: 'bezwaar' }) => {
    const antwoord = await netwerk.vraag(BEOORDELINGEN, { token: await netwerk.token(persona), doel: 'toezicht', variables: { f: filter } });
    expect(antwoord.body.errors).toBeUndefined();
    return (antwoord.body.data as { beoordelingen: Item[] }).beoordelingen;
  };

  test('een bezwaar tegen een raadpleging is één item: het gezinslid, wat er over haar of hem verstrekt is, de professional en de periode', async () => {
    expect((await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }', { token: await netwerk.token(lokaal.professional), variables: { id: huishouden.id } })).body.errors).toBeUndefined();
    const inzage = ((await alsLid('{ inzage { volgnummer organisatie } }')).body.data as { inzage: Array<{ volgnummer: number; organisatie: string | null }> }).inzage;
    toegang = inzage.filter((r) => r.organisatie === 'lokaal-team').at(-1)!.volgnummer;
    for (const [naam, invoer] of [
      ['lokaal', { soort: 'bezwaar', logregel: toegang, over: OVER, toelichting: TOELICHTING }],
      ['vt', { soort: 'bezwaar', organisatie: 'veilig_thuis', over: 'Wat Veilig Thuis over mij vastlegde', toelichting: 'Ik wil niet dat dit gedeeld wordt.' }],
      ['correctie', { soort: 'correctie', logregel: toegang, over: OVER, toelichting: 'Mijn adres klopt niet.' }],
    ] as const) {
      const a = await alsLid(DIEN_IN, { i: invoer });
      expect(a.body.errors).toBeUndefined();
      ids[naam] = (a.body.data as { dienVerzoekIn: { id: string } }).dienVerzoekIn.id;
    }

    // counted here from the record itself: what the access disclosed about this member or the household as a whole
    const { rows: [record] } = await db.query<{ tijdstip: Date; doel: string; inhoud: { verstrekt: Array<{ persoon: string | null; categorie: string; partner: string }> } }>('SELECT tijdstip, doel, inhoud FROM toegangslog WHERE volgnummer = $1', [toegang]);
    const overHaar = record.inhoud.verstrekt.filter((v) => v.persoon === ouderB.sub || v.persoon === null);
    expect(overHaar.length).toBeGreaterThan(0);

    const [item, ...meer] = await beoordelingen('fg-ingrid');
    expect(meer).toEqual([]);
    expect(item).toEqual({
      id: `bezwaar:${ids.lokaal}`, soort: 'bezwaar', huishouden: huishouden.id, huishoudenOmschrijving: expect.stringMatching(/^Huishouden met /), personen: [expect.stringMatching(/^(Ouder|Partner)( \d)? \(\d+–\d+ jaar\)$/)],
      categorieen: expect.any(Array), partners: [...new Set(overHaar.map((v) => v.partner))].sort(), wie: lokaal.professional, professional: naamVan(lokaal.professional), organisatie: 'lokaal-team',
      doelen: [record.doel], reden: `${OVER}: ${TOELICHTING}`, van: record.tijdstip.toISOString(), tot: expect.any(String), volgnummers: [toegang], conclusie: null, beoordeeldDoor: null,
    });
    expect(item.categorieen).toHaveLength(new Set(overHaar.map((v) => `${v.categorie}|${v.partner}`)).size);
    expect(item.categorieen.some((c) => c.endsWith(' van het lokaal team'))).toBe(true);
    expect(Date.parse(item.tot)).toBeGreaterThanOrEqual(Date.parse(item.van));
    expect(item.huishoudenOmschrijving).not.toContain(huishouden.id.slice(0, 8));
  });

  test('alleen voor de organisaties die het aangaat; zonder raadpleging bij de organisatie die het gezinslid noemde; filters', async () => {
    expect(await beoordelingen('fg-otto')).toEqual([]);
    const [vt] = await beoordelingen('fg-yara');
    expect(vt).toMatchObject({ id: `bezwaar:${ids.vt}`, wie: null, professional: null, organisatie: 'veilig-thuis', partners: ['veilig-thuis'], categorieen: [], volgnummers: [], reden: 'Wat Veilig Thuis over mij vastlegde: Ik wil niet dat dit gedeeld wordt.' });
    expect(vt.van).toBe(vt.tot);
    expect(await beoordelingen('fg-ingrid', { soort: 'doorbraak' })).toEqual([]);
    expect(await beoordelingen('fg-ingrid', { soort: 'bezwaar', organisatie: 'veilig-thuis' })).toEqual([]);
    expect(await beoordelingen('fg-ingrid', { soort: 'bezwaar', open: false })).toEqual([]);
    const fout = await netwerk.vraag(BEOORDELINGEN, { token: await netwerk.token('fg-ingrid'), doel: 'toezicht', variables: { f: { soort: 'correctie' } } });
    expect(fout.body.errors?.[0].message).toBe('soort is doorbraak, wettelijk of bezwaar');
  });

  test('afsluiten met een conclusie via de API: het item blijft, met de conclusie', async () => {
    const sluit = async (persona: string, conclusie: string) => netwerk.vraag(SLUIT, { token: await netwerk.token(persona), doel: 'toezicht', variables: { i: `bezwaar:${ids.vt}`, c: conclusie } });
    expect((await sluit('fg-ingrid', CONCLUSIE)).body.errors?.[0].message).toBe('Deze beoordeling bestaat niet, of gaat uw organisatie niet aan');
    expect((await sluit('fg-yara', CONCLUSIE)).body.data).toEqual({ sluitBeoordeling: { id: `bezwaar:${ids.vt}`, conclusie: CONCLUSIE, beoordeeldDoor: 'fg-yara' } });
    expect(await beoordelingen('fg-yara', { soort: 'bezwaar', open: true })).toEqual([]);
    expect(await beoordelingen('fg-yara', { soort: 'bezwaar', open: false })).toEqual([expect.objectContaining({ id: `bezwaar:${ids.vt}`, conclusie: CONCLUSIE, beoordeeldDoor: 'fg-yara' })]);
  });

  test('in de webapp: het bezwaar in woorden, afgesloten met een conclusie die blijft; toegankelijk', async () => {
    const [item] = await beoordelingen('fg-ingrid');
    const ingrid = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, 'Ingrid Bos');
    const wachtrij = ingrid.locator('section[aria-labelledby="wachtrij-kop"]');
    await wachtrij.getByLabel('Soort').selectOption('bezwaar');
    await wachtrij.getByRole('button', { name: 'Toon' }).click();
    await wachtrij.getByText('1 item.').waitFor();
    const artikel = wachtrij.locator('article');
    await artikel.getByRole('heading', { name: `Bezwaar van een gezinslid: ${item.huishoudenOmschrijving}` }).waitFor();
    await artikel.getByText(new RegExp(`^${item.personen[0].replace(/[()]/g, '\\$&')} maakte op .+ bezwaar tegen een raadpleging door ${naamVan(lokaal.professional)} \\(lokaal team\\) op .+, voor ${item.doelen[0]}\\.$`)).waitFor();
    await artikel.getByText(`Bezwaar: ${OVER}: ${TOELICHTING}`).waitFor();
    expect(await toegankelijk(ingrid)).toEqual([]);

    await artikel.getByLabel(/^Conclusie/).fill(CONCLUSIE);
    await artikel.getByRole('button', { name: 'Afsluiten met deze conclusie' }).click();
    await wachtrij.getByText('0 items.').waitFor();
    await wachtrij.getByLabel('Status').selectOption('gesloten');
    await wachtrij.getByRole('button', { name: 'Toon' }).click();
    await wachtrij.getByText(`Conclusie: ${CONCLUSIE}`).waitFor();
    expect(await toegankelijk(ingrid)).toEqual([]);
  });

  test('de conclusies staan in het toegangslog, met het bezwaar en de raadpleging', async () => {
    const { rows } = await db.query("SELECT sub, huishoudens, inhoud FROM toegangslog WHERE actie = 'registratie/beoordeling' ORDER BY volgnummer");
    expect(rows).toEqual([
      { sub: 'fg-yara', huishoudens: [huishouden.id], inhoud: { grondslag: `bezwaar:${ids.vt}`, volgnummers: [], conclusie: CONCLUSIE } },
      { sub: 'fg-ingrid', huishoudens: [huishouden.id], inhoud: { grondslag: `bezwaar:${ids.lokaal}`, volgnummers: [toegang], conclusie: CONCLUSIE } },
    ]);
  });
});

import { Client } from 'pg';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { duoHuishoudenVanEva } from '../harness/testwereld';

const AANTAL = 40;
const huishouden = duoHuishoudenVanEva(TEST_SEED, AANTAL);
const REDEN = 'Het kind vertelde op school over geweld thuis gisteravond; de vader weigert toestemming en er is acuut gevaar voor de veiligheid.';
const VELDEN = 'id soort huishouden huishoudenOmschrijving personen categorieen partners wie professional organisatie doelen reden van tot volgnummers conclusie beoordeeldDoor';
const BEOORDELINGEN = /* GraphQL */ `query ($f: Beoordelingsfilter) { beoordelingen(filter: $f) { ${VELDEN} } }`;
const SLUIT = /* GraphQL */ `mutation ($i: String!, $c: String!) { sluitBeoordeling(item: $i, conclusie: $c) { id conclusie beoordeeldDoor } }`;
const CONCLUSIE = 'Terecht: acuut gevaar gemeld door school, toestemming niet op tijd te krijgen; geen vervolg nodig.';

interface Item { id: string; soort: string; huishouden: string; huishoudenOmschrijving: string; personen: string[]; categorieen: string[]; partners: string[]; wie: string; professional: string; organisatie: string; doelen: string[]; reden: string; van: string; tot: string; volgnummers: number[]; conclusie: string | null; beoordeeldDoor: string | null }

/** The privacy officer's review queue through the API and in Chromium: one item per doorbraak, for the organisations it concerns, filtered, closed with a conclusion and kept. */
describe('beoordelingen: per grondslag, voor de eigen organisatie, afgesloten met een conclusie', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('beoordelingen', AANTAL, [], { web: true });
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  const bekijk = async () => netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { gezinsplan { vastgesteldOp } } }', { token: await netwerk.token('rvt-eva'), variables: { id: huishouden.id } });
  const beoordelingen = async (persona: string, filter: Record<string, unknown> | null = null) => {
    const antwoord = await netwerk.vraag(BEOORDELINGEN, { token: await netwerk.token(persona), doel: 'toezicht', variables: { f: filter } });
    expect(antwoord.body.errors).toBeUndefined();
    return (antwoord.body.data as { beoordelingen: Item[] }).beoordelingen.filter((i) => i.huishouden === huishouden.id && i.soort === 'doorbraak');
  };

  test('drie raadplegingen op één doorbraak zijn één item, met huishouden, personen, categorieën in woorden en periode', async () => {
    const doorbraak = await netwerk.vraag(/* GraphQL */ `mutation ($i: DoorbraakInvoer!) { registreerDoorbraak(invoer: $i) { eindigtOp } }`, {
      token: await netwerk.token('rvt-eva'), variables: { i: { huishouden: huishouden.id, personen: huishouden.leden.map((l) => l.id), categorieen: ['hulpverlening'], reden: REDEN, uren: 1 } },
    });
    expect(doorbraak.body.errors).toBeUndefined();
    for (let i = 0; i < 3; i++) expect((await bekijk()).body.errors).toBeUndefined();

    const items = await beoordelingen('fg-ingrid');
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      soort: 'doorbraak', categorieen: ['hulpverlening en plan van het lokaal team'], partners: ['lokaal-team'], wie: 'rvt-eva', professional: 'Eva Mulder',
      organisatie: 'veilig-thuis', reden: REDEN, conclusie: null, beoordeeldDoor: null,
    });
    expect(item.volgnummers).toHaveLength(3);
    expect(item.huishoudenOmschrijving).toMatch(/^Huishouden met (Ouder|Partner|Kind|Ex-partner|Gezinslid)/);
    expect(item.huishoudenOmschrijving).not.toMatch(/[0-9a-f]{8}/);
    expect(item.personen.length).toBeGreaterThan(0);
    for (const p of item.personen) expect(p).toMatch(/^(Ouder|Partner|Kind|Ex-partner|Gezinslid)( \d+)?( \(\d+(–\d+|\+) jaar\))?$/);
    expect(Date.parse(item.tot)).toBeGreaterThanOrEqual(Date.parse(item.van));
  });

  test('alleen wie het aangaat ziet het: de organisatie van de professional en die van de gegevens', async () => {
    expect(await beoordelingen('fg-yara')).toHaveLength(1);
    expect(await beoordelingen('fg-otto')).toEqual([]);
    const professional = await netwerk.vraag(BEOORDELINGEN, { token: await netwerk.token('rvt-eva') });
    expect(professional.body.errors?.[0]).toMatchObject({ message: 'Alleen de privacyfunctionaris beoordeelt toegang', extensions: { code: 'FORBIDDEN' } });
  });

  test('de oude wachtrij per raadpleging bestaat niet meer: één item per grondslag vervangt haar', async () => {
    const token = await netwerk.token('fg-ingrid');
    const wachtrij = await netwerk.vraag('{ beoordelingswachtrij { volgnummer } }', { token, doel: 'toezicht' });
    expect(wachtrij.body.errors?.[0].message).toMatch(/^Cannot query field "beoordelingswachtrij" on type "Query"\./);
    const beoordeel = await netwerk.vraag('mutation { beoordeel(volgnummer: 1, conclusie: "Een conclusie van genoeg tekens.") }', { token, doel: 'toezicht' });
    expect(beoordeel.body.errors?.[0].message).toMatch(/^Cannot query field "beoordeel" on type "Mutation"\./);
  });

  test('filters: soort, organisatie, open en periode', async () => {
    expect(await beoordelingen('fg-ingrid', { soort: 'wettelijk' })).toEqual([]);
    expect(await beoordelingen('fg-ingrid', { soort: 'doorbraak', organisatie: 'veilig-thuis', open: true })).toHaveLength(1);
    expect(await beoordelingen('fg-ingrid', { organisatie: 'gi' })).toEqual([]);
    expect(await beoordelingen('fg-ingrid', { open: false })).toEqual([]);
    expect(await beoordelingen('fg-ingrid', { totEnMet: '2020-01-01' })).toEqual([]);
    const fout = await netwerk.vraag(BEOORDELINGEN, { token: await netwerk.token('fg-ingrid'), doel: 'toezicht', variables: { f: { vanaf: 'gisteren' } } });
    expect(fout.body.errors?.[0].message).toBe('vanaf is een datum als JJJJ-MM-DD');
  });

  test('afsluiten met een conclusie: het item blijft met de conclusie; een latere raadpleging is een nieuw item', async () => {
    const [item] = await beoordelingen('fg-ingrid');
    const sluit = async (persona: string, conclusie: string) => netwerk.vraag(SLUIT, { token: await netwerk.token(persona), doel: 'toezicht', variables: { i: item.id, c: conclusie } });
    expect((await sluit('fg-ingrid', 'ok')).body.errors?.[0].message).toMatch(/^Schrijf de conclusie uit/);
    expect((await sluit('fg-otto', CONCLUSIE)).body.errors?.[0].message).toBe('Deze beoordeling bestaat niet, of gaat uw organisatie niet aan');
    expect((await sluit('fg-ingrid', CONCLUSIE)).body.data).toEqual({ sluitBeoordeling: { id: item.id, conclusie: CONCLUSIE, beoordeeldDoor: 'fg-ingrid' } });
    expect((await sluit('fg-yara', CONCLUSIE)).body.errors?.[0].message).toBe('Deze beoordeling is al afgesloten');

    expect(await beoordelingen('fg-ingrid', { open: true })).toEqual([]);
    expect(await beoordelingen('fg-yara', { open: false })).toEqual([{ ...item, conclusie: CONCLUSIE, beoordeeldDoor: 'fg-ingrid' }]);

    expect((await bekijk()).body.errors).toBeUndefined();
    const daarna = await beoordelingen('fg-ingrid');
    expect(daarna.map((i) => [i.conclusie, i.volgnummers.length])).toEqual([[null, 1], [CONCLUSIE, 3]]);

    // the conclusion is itself in the toegangslog, with the records it covers
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query("SELECT sub, huishoudens, inhoud FROM toegangslog WHERE actie = 'registratie/beoordeling'");
    await db.end();
    expect(rows).toEqual([{ sub: 'fg-ingrid', huishoudens: [huishouden.id], inhoud: { grondslag: item.id.split('#')[0], volgnummers: item.volgnummers, conclusie: CONCLUSIE } }]);
  });

  test('de simulator vindt een huishouden zoals de persona het in haar eigen lijst noemt', async () => {
    const VAN = /* GraphQL */ `query ($s: String!) { huishoudensVanPersona(sub: $s) { id kenmerk omschrijving vormen leden { id aanduiding } } }`;
    const antwoord = await netwerk.vraag(VAN, { token: await netwerk.token('fg-ingrid'), doel: 'toezicht', variables: { s: 'rvt-eva' } });
    const lijst = (antwoord.body.data as { huishoudensVanPersona: Array<{ id: string; kenmerk: string; omschrijving: string; vormen: string[]; leden: Array<{ id: string; aanduiding: string }> }> }).huishoudensVanPersona;
    const eigen = ((await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token: await netwerk.token('rvt-eva'), doel: 'gezamenlijk-plan' })).body.data as { huishoudens: Array<{ id: string }> }).huishoudens;
    expect(eigen.length).toBeGreaterThan(0);
    for (const h of eigen) expect(lijst.map((x) => x.id)).toContain(h.id);
    const gevonden = lijst.find((h) => h.id === huishouden.id);
    expect(gevonden).toMatchObject({ kenmerk: huishouden.id.slice(0, 8), vormen: expect.arrayContaining(['duo']) });
    expect(gevonden?.leden.map((l) => l.id).sort()).toEqual(huishouden.leden.map((l) => l.id).sort());
    const zelf = await netwerk.vraag(VAN, { token: await netwerk.token('rvt-eva'), variables: { s: 'rvt-eva' } });
    expect(zelf.body.errors?.[0].message).toBe('Alleen de privacyfunctionaris beoordeelt toegang');
  });

  test('in de webapp: één item per doorbraak, het filter, afsluiten en de geschiedenis; toegankelijk', async () => {
    const [open] = await beoordelingen('fg-yara', { open: true });
    const yara = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, 'Yara Koster');
    const wachtrij = yara.locator('section[aria-labelledby="wachtrij-kop"]');
    await wachtrij.getByText('Eva Mulder (Veilig Thuis) raadpleegde 1 keer', { exact: false }).waitFor();
    await wachtrij.getByText(`Reden: ${REDEN}`).waitFor();
    expect(await wachtrij.locator('article').count()).toBe(1);
    expect(await toegankelijk(yara)).toEqual([]);

    await wachtrij.getByLabel('Soort').selectOption('wettelijk');
    await wachtrij.getByRole('button', { name: 'Toon' }).click();
    await wachtrij.getByText('0 items.').waitFor();
    await wachtrij.getByLabel('Soort').selectOption('doorbraak');
    await wachtrij.getByRole('button', { name: 'Toon' }).click();
    const formulier = wachtrij.getByRole('form', { name: `Beoordeling afsluiten: ${open.huishoudenOmschrijving}` });
    await formulier.getByLabel(/^Conclusie/).fill('Te kort');
    await formulier.getByRole('button', { name: 'Afsluiten met deze conclusie' }).click();
    await wachtrij.getByText(/^Schrijf de conclusie uit/).waitFor();
    await formulier.getByLabel(/^Conclusie/).fill(CONCLUSIE);
    await formulier.getByRole('button', { name: 'Afsluiten met deze conclusie' }).click();
    await formulier.waitFor({ state: 'detached' });

    await wachtrij.getByLabel('Status').selectOption('gesloten');
    await wachtrij.getByRole('button', { name: 'Toon' }).click();
    await wachtrij.getByText('2 items.').waitFor();
    expect(await wachtrij.getByText(`Conclusie: ${CONCLUSIE}`).count()).toBe(2);
    await wachtrij.getByText('Eva Mulder (Veilig Thuis) raadpleegde 3 keer', { exact: false }).waitFor();
    expect(await toegankelijk(yara)).toEqual([]);
  });
});

import { Sessies, SESSIE_COOKIE } from '@netwerkdossier/gateway';
import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { gezinsplanregels, Planmomenten } from '../harness/tijdlijn';

const AANTAL = 20;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));

/** The web app served by the gateway: sign in as a demo persona, see one's households, sign out. */
describe('webapp', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web', AANTAL, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('aanmelden als lt-fatima: de huishoudens per doel, zoals de gateway ze geeft; toegankelijk; het token blijft in de gateway', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(basis);
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    expect(await toegankelijk(page)).toEqual([]);
    await page.getByRole('button', { name: 'Fatima Kaya' }).click();
    await page.getByText('Aangemeld als Fatima Kaya, professional bij lokaal team (Wijkteam Noord)').waitFor();

    // the same list the API gives her for each doel
    const token = await netwerk.token('lt-fatima');
    for (const doel of ['casusoverleg', 'gezamenlijk-plan']) {
      const api = await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token, doel });
      const verwacht = (api.body.data as { huishoudens: Array<{ id: string }> }).huishoudens.map((h) => h.id);
      expect(verwacht.length).toBeGreaterThan(0);
      await page.getByLabel('Doel van uw raadpleging').selectOption(doel);
      await page.getByRole('heading', { name: 'Uw huishoudens' }).waitFor();
      const rijen = page.getByRole('row');
      await rijen.nth(verwacht.length).waitFor();
      const eerste = await page.locator('[data-huishouden]').evaluateAll((knoppen) => knoppen.map((k) => k.getAttribute('data-huishouden')));
      expect(eerste).toEqual(verwacht);
    }
    expect(await toegankelijk(page)).toEqual([]);
    // her own households: nobody's name in the list, and what is withheld says so
    const tekst = await page.locator('main').innerText();
    for (const h of wereld) for (const l of h.leden) expect(tekst).not.toContain(`${l.voornaam} ${l.achternaam}`);

    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'nd_sessie', httpOnly: true, sameSite: 'Strict' });
    expect(cookie.value).not.toMatch(/^eyJ/);
    // the browser's storage holds nothing (page.evaluate runs in the page, where these exist)
    expect(await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })')).toBe('{}');

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    // the old session no longer opens anything
    const na = await fetch(netwerk.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', doel: 'casusoverleg', cookie: `${cookie.name}=${cookie.value}` }, body: JSON.stringify({ query: '{ huishoudens { id } }' }) });
    expect(na.status).toBe(401);
    await context.close();
  });

  test('een ouder ziet haar inzage; een consultatie toont afgeschermd in plaats van een gat', async () => {
    const page = await aangemeldAls(browser, basis, 'Ouder');
    const context = page.context();
    await page.getByRole('heading', { name: 'Wie zag uw gegevens?' }).waitFor();
    expect(await toegankelijk(page)).toEqual([]);
    await context.close();

    const rvt = await browser.newContext();
    const eva = await rvt.newPage();
    await eva.goto(basis);
    await eva.getByRole('button', { name: 'Eva Mulder' }).click();
    await eva.getByLabel('Doel van uw raadpleging').selectOption('casusoverleg');
    await eva.getByRole('heading', { name: 'Uw huishoudens' }).waitFor();
    await eva.locator('tbody tr').first().waitFor();
    // an anonymous consultatie: no address (it would take the household's consent), no involvements but her own, each said in place with its reason
    const cellen = await eva.locator('tbody tr').first().locator('td').allTextContents();
    expect(cellen[1]).toBe('Afgeschermd: Toestemming ontbreekt.');
    expect(cellen[3]).toMatch(/^Veilig Thuis \(.+\): consultatie\. Wie verder betrokken is: Afgeschermd: .+/);
    await rvt.close();
  });

  test('het netwerkdossier van een huishouden: het ene plan, wie betrokken is, de gezinsleden en de tijdlijn zoals de gateway ze geeft, afgeschermd met reden', async () => {
    const token = await netwerk.token('rvt-eva');
    const [eerste] = ((await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token, doel: 'gezamenlijk-plan' })).body.data as { huishoudens: Array<{ id: string }> }).huishoudens;
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam achternaam } } meldingen { aard } veiligheidstaxaties { datum } onderzoeken { status } mdoVerslagen { datum } maatregelen { soort } planVanAanpak { vastgesteldOp } voortgangsrapportages { datum } beschermingsonderzoeken { status } gezinsplan { vastgesteldOp versies { nummer vastgesteldOp } } top3 { datum } } }', { token, doel: 'gezamenlijk-plan', variables: { id: eerste.id } });
    // the whole answer in the failure message, should the household not be there
    expect(api.body).toMatchObject({ data: { huishouden: expect.any(Object) } });
    const h = (api.body.data as { huishouden: Record<string, unknown[] | null> & { leden: Array<{ personalia: { voornaam: string; achternaam: string } | null }> } }).huishouden;
    const plan = (api.body.data as { huishouden: { gezinsplan?: Planmomenten | null } }).huishouden.gezinsplan;
    // one timeline over all partners: the plan van aanpak is one event, the gezinsplan one per versie; an MDO or Top3 whose date is withheld (its parts may show) is none
    const gedateerd = (k: string, lijst: unknown[]) => (k === 'mdoVerslagen' || k === 'top3' ? lijst.filter((x) => (x as { datum?: string | null }).datum) : lijst);
    const gebeurtenissen = gezinsplanregels(plan) + ['meldingen', 'veiligheidstaxaties', 'onderzoeken', 'mdoVerslagen', 'maatregelen', 'planVanAanpak', 'voortgangsrapportages', 'beschermingsonderzoeken', 'top3']
      .reduce((n, k) => n + (Array.isArray(h[k]) ? gedateerd(k, h[k]).length : h[k] ? 1 : 0), 0);

    const page = await aangemeldAls(browser, basis, 'Eva Mulder');
    const context = page.context();
    await page.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await page.locator(`[data-huishouden="${eerste.id}"]`).click();
    for (const kop of ['Het ene plan', 'Wie is betrokken', 'Gezinsleden', 'Tijdlijn']) await page.getByRole('heading', { name: kop }).waitFor();
    const leden = await page.locator('section[aria-labelledby="leden-kop"] > ul > li').allTextContents();
    expect(leden.length).toBe(h.leden.length);
    for (const [i, l] of h.leden.entries()) {
      if (l.personalia) expect(leden[i]).toContain(`${l.personalia.voornaam} ${l.personalia.achternaam}`);
      else expect(leden[i]).toMatch(/^Afgeschermd: .+/);
    }
    expect(await page.locator('section[aria-labelledby="tijdlijn-kop"] tbody tr').count()).toBe(gebeurtenissen);
    // what the gateway withheld of the timeline is said there, never a silent gap
    const NAMEN: Record<string, string> = { meldingen: 'Meldingen', veiligheidstaxaties: 'Veiligheidstaxaties', onderzoeken: 'Onderzoeken van Veilig Thuis', mdoVerslagen: 'MDO-besluiten', maatregelen: 'Maatregelen', beschermingsonderzoeken: 'Beschermingsonderzoeken', 'gezinsplan.versies': 'Versies van het gezinsplan' };
    const afgeschermd = (api.body.extensions?.afgeschermd as Array<{ pad: string; reden: string }>).filter((a) => NAMEN[a.pad.replace('huishouden.', '')]);
    const tijdlijn = await page.locator('section[aria-labelledby="tijdlijn-kop"]').innerText();
    for (const a of afgeschermd) {
      expect(tijdlijn).toContain(`${NAMEN[a.pad.replace('huishouden.', '')]} (`);
      expect(tijdlijn).toContain(a.reden);
    }
    expect(await toegankelijk(page)).toEqual([]);
    await page.getByRole('button', { name: '← Terug naar uw huishoudens' }).click();
    await page.getByRole('heading', { name: 'Uw huishoudens' }).waitFor();
    await context.close();
  });

  test('de privacyfunctionaris: de deelmatrix, de simulator zoals uitleg hem geeft, een wettelijke toegang afsluiten met een conclusie, de cijfers', async () => {
    // a statutory access to review: an onderzoeker or jeugdbeschermer looks at their household
    const wettelijk = (b: { vorm: string; organisatie: string }) => (b.vorm === 'onderzoek' && ['veilig-thuis', 'raad'].includes(b.organisatie)) || (b.vorm === 'maatregel' && b.organisatie === 'gi');
    const onderzoek = wereld.flatMap((h) => h.betrokkenheden.filter(wettelijk).map((b) => ({ h, b })))[0];
    const doel = onderzoek.b.vorm === 'onderzoek' ? 'veiligheidsonderzoek' : 'uitvoering-maatregel';
    const bekeken = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }', { token: await netwerk.token(onderzoek.b.professional), doel, variables: { id: onderzoek.h.id } });
    expect(bekeken.body.errors).toBeUndefined();
    const ingrid = await netwerk.token('fg-ingrid');
    const BEOORDELINGEN = '{ beoordelingen { id wie huishoudenOmschrijving conclusie } }';
    const beoordelingen = async () => ((await netwerk.vraag(BEOORDELINGEN, { token: ingrid, doel: 'toezicht' })).body.data as { beoordelingen: Array<{ id: string; wie: string; huishoudenOmschrijving: string; conclusie: string | null }> }).beoordelingen;
    const [eerste] = await beoordelingen();
    expect(eerste.wie).toBe(onderzoek.b.professional);
    const duo = wereld.flatMap((h) => h.betrokkenheden.filter((b) => b.professional === 'rvt-eva' && b.vorm === 'duo').map(() => h))[0];
    const uitleg = await netwerk.vraag('query ($h: ID!) { uitleg(huishouden: $h, doel: "gezamenlijk-plan", als: { sub: "rvt-eva", organisatie: "veilig-thuis", rol: "professional" }) { beslissingen { uitkomst } } }', { token: ingrid, doel: 'toezicht', variables: { h: duo.id } });
    const beslissingen = (uitleg.body.data as { uitleg: { beslissingen: unknown[] } }).uitleg.beslissingen.length;
    expect(beslissingen).toBeGreaterThan(0);

    const page = await aangemeldAls(browser, basis, 'Ingrid Bos');
    const context = page.context();
    await page.getByRole('heading', { name: 'Deelmatrix' }).waitFor();
    const melder = page.getByRole('row', { name: /^melder/ });
    // the heading shows before the policy has loaded; allTextContents does not wait for the row
    await melder.waitFor();
    expect(await melder.locator('td').allTextContents()).toEqual(['nooit', 'nooit', 'nooit', 'nooit']);

    // the household found as rvt-eva names it in her own list (its kenmerk), the decisions in sentences per person and partner
    const simulator = page.locator('section[aria-labelledby="simulator-kop"]');
    await simulator.getByLabel('Persona', { exact: true }).selectOption('rvt-eva');
    await simulator.getByLabel(/^Zoek in de huishoudens/).fill(duo.id.slice(0, 8));
    await simulator.getByLabel('Huishouden (1 gevonden)').waitFor();
    await simulator.getByLabel('Doel', { exact: true }).selectOption('gezamenlijk-plan');
    await simulator.getByRole('button', { name: 'Bekijk de beslissingen' }).click();
    const zinnen = simulator.locator('li', { hasText: /^Van .+: Eva Mulder (ziet|ziet niet|ziet alleen geanonimiseerd) .+, want .+\.$/ });
    await zinnen.first().waitFor();
    expect(await simulator.locator('li').count()).toBe(await zinnen.count());
    expect(await simulator.textContent()).not.toMatch(/pseudoniem/);
    expect(await simulator.getByRole('heading', { level: 4 }).allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^(Ouder|Partner|Kind|Ex-partner|Gezinslid|Het huishouden als geheel)/)]));
    expect(beslissingen).toBeGreaterThan(0);

    const formulier = page.getByRole('form', { name: `Beoordeling afsluiten: ${eerste.huishoudenOmschrijving}` }).first();
    await formulier.getByLabel(/^Conclusie/).fill('Terecht: onderzoek met schriftelijke afweging, alleen wat nodig was.');
    await formulier.getByRole('button', { name: 'Afsluiten met deze conclusie' }).click();
    // closed, it stays as history with its conclusion
    const gesloten = page.locator('section[aria-labelledby="wachtrij-kop"]');
    await gesloten.getByLabel('Status').selectOption('gesloten');
    await gesloten.getByRole('button', { name: 'Toon' }).click();
    await gesloten.getByText('Conclusie: Terecht: onderzoek met schriftelijke afweging, alleen wat nodig was.').waitFor();
    expect((await beoordelingen()).find((b) => b.id === eerste.id)?.conclusie).toBe('Terecht: onderzoek met schriftelijke afweging, alleen wat nodig was.');
    await page.getByRole('row', { name: /^Beoordeeld/ }).waitFor();
    expect(await toegankelijk(page)).toEqual([]);

    // the policy only for the privacy officer
    const cookie = (await context.cookies())[0];
    const eva = await fetch(new URL('/aanmelden/demo', basis), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'rvt-eva' }) });
    const beleidVoorEva = await fetch(new URL('/beleid', basis), { headers: { cookie: (eva.headers.get('set-cookie') ?? '').split(';')[0] } });
    expect(beleidVoorEva.status).toBe(403);
    expect((await fetch(new URL('/beleid', basis), { headers: { cookie: `${cookie.name}=${cookie.value}` } })).status).toBe(200);
    await context.close();
  });

  test.each([
    ['Fatima Kaya', 'lt-fatima', 'gezamenlijk-plan'],
    ['Eva Mulder', 'rvt-eva', 'gezamenlijk-plan'],
    ['Daan Bakker', 'vt-daan', 'veiligheidsonderzoek'],
    ['Sanne Peters', 'gi-sanne', 'uitvoering-maatregel'],
    ['Joris Hendriks', 'raad-joris', 'veiligheidsonderzoek'],
    ['Pieter Dekker', 'rvt-pieter', 'gezamenlijk-plan'],
  ])('%s (%s, %s): haar of zijn huishoudens en het eerste netwerkdossier, met elk deel en elke afscherming van de gateway; toegankelijk', async (knop, sub, doel) => {
    const token = await netwerk.token(sub);
    const lijst = ((await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token, doel })).body.data as { huishoudens: Array<{ id: string }> }).huishoudens;
    const page = await aangemeldAls(browser, basis, knop);
    await page.getByText(`Aangemeld als ${knop}, `).waitFor();
    await page.getByLabel('Doel van uw raadpleging').selectOption(doel);
    if (lijst.length === 0) {
      await page.getByText('U bent voor dit doel bij geen enkel huishouden betrokken.').waitFor();
      expect(await toegankelijk(page)).toEqual([]);
      return void (await page.context().close());
    }
    await page.locator(`[data-huishouden="${lijst[0].id}"]`).click();
    for (const kop of ['Het ene plan', 'Wie is betrokken', 'Gezinsleden', 'Tijdlijn', 'Per partner', 'lokaal team', 'Veilig Thuis', 'GI', 'Raad voor de Kinderbescherming', 'Vastleggen']) {
      await page.getByRole('heading', { name: kop, exact: true }).waitFor();
    }
    // every reason the gateway gives for this household's view is on the page
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } gezinsplan { vastgesteldOp } meldingen { aard } maatregelen { soort } beschermingsonderzoeken { status } mdoVerslagen { besluiten { tekst } } } }', { token, doel, variables: { id: lijst[0].id } });
    const redenen = new Set((api.body.extensions?.afgeschermd as Array<{ pad: string; reden: string }>).filter((a) => a.pad !== 'huishouden').map((a) => a.reden));
    const tekst = await page.locator('article').innerText();
    for (const reden of redenen) expect(tekst).toContain(reden);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });

  test('een GI-professional van wie elk huishouden is weggelaten, leest hoeveel en waarom; niet dat zij nergens bij betrokken is, en niets over het huishouden', async () => {
    // the regiehouder of a household without children brings in the GI as duo partner: the policy gives the GI nothing of it
    const zonderKinderen = wereld.find((h) => h.leden.every((l) => DEMO_PEILJAAR - l.geboortejaar >= 18) && h.betrokkenheden.some((b) => b.regiehouder && b.professional === 'lt-fatima'))!;
    const registratie = await netwerk.vraag('mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { vorm } }', {
      token: await netwerk.token('lt-fatima'),
      variables: { i: { huishouden: zonderKinderen.id, organisatie: 'gi', team: 'RVT Midden', professional: 'gi-sanne', vorm: 'duo', regiehouder: false, vanaf: '2026-01-01' } },
    });
    expect(registratie.body.errors).toBeUndefined();
    const api = await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token: await netwerk.token('gi-sanne'), doel: 'gezamenlijk-plan' });
    expect(api.body.data).toEqual({ huishoudens: [] });
    const reden = 'De jeugdbescherming krijgt niets over een huishouden zonder kinderen.';
    const afgeschermd = api.body.extensions?.afgeschermd as Array<{ pad: string; persoon: string | null; reden: string }>;
    // one item for the household left out, at the list, and nothing more (no fields taken out below it); nothing names any member
    expect(afgeschermd).toEqual([expect.objectContaining({ pad: 'huishoudens', persoon: null, reden })]);

    const page = await aangemeldAls(browser, basis, 'Sanne Peters');
    await page.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await page.getByText(`1 huishouden wordt niet getoond: ${reden}`).waitFor();
    const tekst = await page.locator('main').innerText();
    expect(tekst).not.toContain('geen enkel huishouden');
    expect(tekst).not.toContain(zonderKinderen.id.slice(0, 8));
    for (const l of zonderKinderen.leden) expect(tekst).not.toContain(l.achternaam);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });

  test('de aanmeldroutes: alleen bekende persona\'s; zonder sessie niemand; het token nooit in een antwoord', async () => {
    const post = (body: unknown) => fetch(new URL('/aanmelden/demo', basis), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const onbekend = await post({ persona: 'iemand' });
    expect(onbekend.status).toBe(400);
    expect(await onbekend.json()).toEqual({ fout: 'Kies een van de demopersona\'s' });
    expect((await fetch(new URL('/aanmelden/wie', basis))).status).toBe(401);
    const goed = await post({ persona: 'rvt-eva' });
    expect(goed.status).toBe(204);
    expect(await goed.text()).toBe('');
    const cookie = goed.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^nd_sessie=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const wie = await fetch(new URL('/aanmelden/wie', basis), { headers: { cookie: cookie.split(';')[0] } });
    expect(await wie.json()).toEqual({ sub: 'rvt-eva', naam: 'Eva Mulder', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', doelen: ['casusoverleg', 'gezamenlijk-plan', 'veiligheidsonderzoek'].map((naam) => expect.objectContaining({ naam })), voorkeursdoel: 'gezamenlijk-plan' });
  });

  test('een sessie geldt zolang haar token geldt, en alleen met haar eigen id', async () => {
    const jwt = (exp: number) => ['{"alg":"ES256"}', JSON.stringify({ sub: 'x', exp })].map((d) => Buffer.from(d).toString('base64url')).join('.') + '.handtekening';
    const sessies = new Sessies();
    const nu = Math.floor(Date.now() / 1000);
    const geldig = await sessies.maak(jwt(nu + 60));
    const verlopen = await sessies.maak(jwt(nu - 1));
    expect(await sessies.token(`andere=1; ${SESSIE_COOKIE}=${geldig}`)).toBe(jwt(nu + 60));
    expect(await sessies.token(`${SESSIE_COOKIE}=${verlopen}`)).toBeUndefined();
    expect(await sessies.token(`${SESSIE_COOKIE}=${geldig}x`)).toBeUndefined();
    expect(await sessies.token(undefined)).toBeUndefined();
    await sessies.beeindig(`${SESSIE_COOKIE}=${geldig}`);
    expect(await sessies.token(`${SESSIE_COOKIE}=${geldig}`)).toBeUndefined();
  });
});

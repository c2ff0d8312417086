import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { demoHuishouden, PROFESSIONALS } from '@netwerkdossier/shared';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { gezinsplanregels } from '../harness/tijdlijn';

const AANTAL = 20;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const TELEFOON = { width: 390, height: 844 };

/** What never belongs on a professional's screen: pseudonyms, doel ids, category keys, file names, hashes, broken dates. */
const SYSTEEMSLEUTELS = [
  /\b[0-9a-f]{8}\b/, /\b(casusoverleg|gezamenlijk-plan|veiligheidsonderzoek|uitvoering-maatregel)\b/, /\b(maatregelkader|werkaantekening|gezinssituatie|voorlopige_ots|ex_partner)\b/,
  /\.yaml\b/, /sha256/i, /Invalid Date/, /\[datum\]/,
];

interface Lijstitem { id: string; adres: string | null; leden: Array<{ personalia: { achternaam: string } | null }> }

/** The MDO overview and the professional's screens around it: households by name, who is signed in, the right doel, print, phone width. */
describe('MDO-overzicht en werkscherm', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('mdo', AANTAL, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  const lijst = async (sub: string, doel: string) =>
    ((await netwerk.vraag('{ huishoudens(limiet: 50) { id adres leden { personalia { achternaam } } } }', { token: await netwerk.token(sub), doel })).body.data as { huishoudens: Lijstitem[] }).huishoudens;

  const geenSleutels = async (page: Page) => {
    const tekst = await page.locator('body').innerText();
    // each key with the text around it, should one be there
    for (const sleutel of SYSTEEMSLEUTELS) {
      const m = sleutel.exec(tekst);
      expect([sleutel.source, m && tekst.slice(Math.max(0, m.index - 60), m.index + 60)]).toEqual([sleutel.source, null]);
    }
  };

  test.each([
    ['Daan Bakker', 'vt-daan', 'Veilig Thuis'],
    ['Sanne Peters', 'gi-sanne', 'GI'],
    ['Joris Hendriks', 'raad-joris', 'Raad voor de Kinderbescherming'],
    ['Eva Mulder', 'rvt-eva', 'Veilig Thuis'],
  ])('%s: naam en organisatie in de kop, het doel met huishoudens, huishoudens bij naam of leesbaar label; geen systeemsleutels; toegankelijk', async (naam, sub, organisatie) => {
    const page = await aangemeldAls(browser, basis, naam);
    const wie = PROFESSIONALS.find((p) => p.sub === sub)!;
    await page.getByText(`Aangemeld als ${naam}, ${wie.rol} bij ${organisatie} (${wie.team})`).waitFor();
    const doel = await page.getByLabel('Doel van uw raadpleging').inputValue();
    const verwacht = await lijst(sub, doel);
    // the doel that reaches their households: where the demo world involves them at all, the list is not empty
    expect(doel).toBe(wie.doel);
    if (!wereld.some((h) => h.betrokkenheden.some((b) => b.professional === sub))) return void (await page.getByText('U bent voor dit doel bij geen enkel huishouden betrokken.').waitFor(), await page.context().close());
    expect(verwacht.length).toBeGreaterThan(0);
    await page.locator('[data-huishouden]').nth(verwacht.length - 1).waitFor();
    const knoppen = page.locator('[data-huishouden]');
    expect(await knoppen.evaluateAll((k) => k.map((e) => e.getAttribute('data-huishouden')))).toEqual(verwacht.map((h) => h.id));
    for (const [i, h] of verwacht.entries()) {
      const label = await knoppen.nth(i).innerText();
      const namen = [...new Set(h.leden.flatMap((l) => (l.personalia ? [l.personalia.achternaam] : [])))];
      if (namen.length) expect(label).toBe(`Familie ${namen.join(' en ')}${h.adres ? ` · ${h.adres.split(',')[0].replace(/\s+\d.*$/, '')}` : ''}`);
      else expect(label).toMatch(/^Huishouden \d+ · (consultatie|duo|onderzoek|maatregel) · .+/);
    }
    await geenSleutels(page);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });

  test('het MDO-overzicht: Top3 door de tijd als grafiek en tabel, acties met wie en wanneer, contactgegevens, één tijdlijn; de pdf bevat wat de pagina toont en niets afgeschermds', async () => {
    // the first household where one of these sees who is involved, the Top3 and the gezinsplan with its versies
    let gekozen: { knop: string; token: string; doel: string; id: string } | undefined;
    for (const [knop, sub, doel] of [['Fatima Kaya', 'lt-fatima', 'gezamenlijk-plan'], ['Eva Mulder', 'rvt-eva', 'gezamenlijk-plan'], ['Sanne Peters', 'gi-sanne', 'uitvoering-maatregel'], ['Joris Hendriks', 'raad-joris', 'veiligheidsonderzoek']]) {
      const token = await netwerk.token(sub);
      for (const x of await lijst(sub, doel)) {
        const b = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { betrokkenheden { professional } top3 { datum } gezinsplan { vastgesteldOp versies { nummer } } } }', { token, doel, variables: { id: x.id } });
        const g = (b.body.data as { huishouden: { betrokkenheden: unknown[] | null; top3: unknown[] | null; gezinsplan: { versies?: unknown[] } | null } | null }).huishouden;
        if (g?.betrokkenheden?.length && g.top3?.length && g.gezinsplan?.versies?.length) gekozen ??= { knop, token, doel, id: x.id };
      }
    }
    if (!gekozen) throw new Error('geen huishouden waarin een persona ziet wie betrokken is, de Top3 en het gezinsplan met zijn versies');
    const { knop, token, doel, id } = gekozen;
    const api = await netwerk.vraag(`query ($id: ID!) { huishouden(id: $id) {
      leden { personalia { voornaam achternaam } } betrokkenheden { professional } top3 { datum veiligheidscijfer } gezinsplan { vastgesteldOp versies { nummer vastgesteldOp omschrijving } doelen { eigenaar streefdatum } afspraken { wie } }
      meldingen { aard } veiligheidstaxaties { datum } onderzoeken { status } mdoVerslagen { datum } maatregelen { soort } planVanAanpak { vastgesteldOp }
      voortgangsrapportages { datum } beschermingsonderzoeken { status } } }`, { token, doel, variables: { id } });
    expect(api.body.errors).toBeUndefined();
    const h = (api.body.data as { huishouden: Record<string, unknown> }).huishouden as {
      leden: Array<{ personalia: { voornaam: string; achternaam: string } | null }>; betrokkenheden: Array<{ professional: string | null }>;
      top3: Array<{ veiligheidscijfer: number }>;
      gezinsplan: { vastgesteldOp: string; versies: Array<{ nummer: number; vastgesteldOp: string; omschrijving: string }>; doelen: Array<{ eigenaar: string; streefdatum: string }>; afspraken: unknown[] };
    } & Record<string, unknown[] | object | null>;
    // an MDO or Top3 whose date is withheld (its parts may show) is no event on the timeline
    const aantal = (k: string) => (Array.isArray(h[k]) ? (h[k] as Array<{ datum?: string | null }>).filter((x) => !['mdoVerslagen', 'top3'].includes(k) || x.datum).length : h[k] ? 1 : 0);
    const gebeurtenissen = gezinsplanregels(h.gezinsplan) + ['meldingen', 'veiligheidstaxaties', 'onderzoeken', 'mdoVerslagen', 'maatregelen', 'planVanAanpak', 'voortgangsrapportages', 'beschermingsonderzoeken', 'top3'].reduce((n, k) => n + aantal(k), 0);

    const page = await aangemeldAls(browser, basis, knop);
    await page.locator(`[data-huishouden="${id}"]`).click();
    await page.getByRole('button', { name: 'MDO-overzicht en afdrukken' }).click();
    for (const kop of ['Veiligheid', 'Top3 en veiligheidscijfer door de tijd', 'Acties uit het plan', 'Wie is betrokken', 'Tijdlijn over alle partners']) await page.getByRole('heading', { name: kop, exact: true }).waitFor();
    // the chart says in words what it draws, and the table holds every moment
    const grafiek = await page.getByRole('img', { name: /^Veiligheidscijfer door de tijd: / }).getAttribute('aria-label');
    for (const t of h.top3) expect(grafiek).toContain(`${t.veiligheidscijfer} op `);
    expect(await page.getByRole('region', { name: 'Top3 door de tijd' }).locator('tbody tr').count()).toBe(h.top3.length);
    // every action with an owner and a date
    const acties = page.getByRole('region', { name: 'Acties uit het gezinsplan' }).locator('tbody tr');
    expect(await acties.count()).toBe(h.gezinsplan.doelen.length + h.gezinsplan.afspraken.length);
    expect(await acties.first().locator('td').nth(1).innerText()).toBe(h.gezinsplan.doelen[0].eigenaar);
    expect(await acties.first().locator('td').nth(2).innerText()).toMatch(/^uiterlijk \d{1,2} \w+ \d{4}$/);
    // who is involved, with their work phone and e-mail from the registry
    const betrokken = await page.locator('section[aria-labelledby="mdo-betrokken-kop"]').innerText();
    // each betrokkenheid is decided apart: the ones shown, each with its contact details
    for (const b of h.betrokkenheden.filter((x) => x.professional)) {
      const p = PROFESSIONALS.find((x) => x.sub === b.professional)!;
      expect(betrokken).toContain(p.naam);
      expect(betrokken).toContain(p.telefoon!);
      expect(betrokken).toContain(p.email!);
    }
    const tijdlijn = page.locator('section[aria-labelledby="tijdlijn-kop"] tbody tr');
    expect(await tijdlijn.count()).toBe(gebeurtenissen);
    // each versie of the gezinsplan its own line, newest first, its date in Dutch as the other lines, with what changed
    const regels = await tijdlijn.evaluateAll((rijen) => rijen.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const inWoorden = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    const versieregels = [...h.gezinsplan.versies].reverse().map((v) => [inWoorden(v.vastgesteldOp), 'lokaal team', `Gezinsplan versie ${v.nummer} vastgesteld: ${v.omschrijving}`]);
    expect(versieregels.length).toBeGreaterThanOrEqual(2);
    expect(versieregels[0][0]).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    expect(regels.filter((r) => r[2].startsWith('Gezinsplan'))).toEqual(versieregels);
    expect(await toegankelijk(page)).toEqual([]);
    await geenSleutels(page);

    // the print: what the page shows, without its buttons, and nothing the page withholds
    const pdf = await page.pdf({ format: 'A4' });
    const inPdf = plat(pdfTekst(pdf));
    const opPagina = (await page.locator('article').innerText()).split('\n').map((r) => r.trim()).filter((r) => r && !r.startsWith('←') && r !== 'Afdrukken of als pdf bewaren');
    for (const regel of opPagina) expect([regel, inPdf.includes(plat(regel))]).toEqual([regel, true]);
    expect(inPdf).not.toContain(plat('Afdrukken of als pdf bewaren'));
    const tekst = await page.locator('body').innerText();
    for (const lid of wereld.flatMap((w) => w.leden)) {
      const volledig = `${lid.voornaam} ${lid.achternaam}`;
      if (!tekst.includes(volledig)) expect([volledig, inPdf.includes(plat(volledig))]).toEqual([volledig, false]);
    }
    await page.context().close();
  });

  test('een consultatie: geen "Invalid Date" of "[datum]" maar "datum afgeschermd", nergens een systeemsleutel; in het netwerkdossier en het MDO-overzicht', async () => {
    // the first household where the gateway anonymises a date for her: the case this test is about, so it must exist
    const token = await netwerk.token('rvt-eva');
    let eerste: { id: string; data: unknown } | undefined;
    for (const x of await lijst('rvt-eva', 'casusoverleg')) {
      const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { top3 { datum } mdoVerslagen { datum } gezinsplan { vastgesteldOp } } }', { token, doel: 'casusoverleg', variables: { id: x.id } });
      if (JSON.stringify(api.body.data).includes('"[datum]"')) {
        eerste = { id: x.id, data: api.body.data };
        break;
      }
    }
    if (!eerste) throw new Error('geen huishouden waarin rvt-eva bij een consultatie een geanonimiseerde datum krijgt: deze test zou niets controleren');
    const page = await aangemeldAls(browser, basis, 'Eva Mulder');
    await page.getByLabel('Doel van uw raadpleging').selectOption('casusoverleg');
    await page.locator(`[data-huishouden="${eerste.id}"]`).click();
    await page.getByRole('heading', { name: 'Per partner' }).waitFor();
    await page.waitForLoadState('networkidle');
    // where the gateway anonymised a date, the page says so in words
    expect(await page.locator('article').innerText()).toContain('datum afgeschermd');
    await geenSleutels(page);
    await page.getByRole('button', { name: 'MDO-overzicht en afdrukken' }).click();
    await page.getByRole('heading', { name: 'Tijdlijn over alle partners' }).waitFor();
    await page.waitForLoadState('networkidle');
    await geenSleutels(page);
    expect(await toegankelijk(page)).toEqual([]);
    console.log(`consultatie ${eerste.id}: ${JSON.stringify(eerste.data)}`);
    await page.context().close();
  });

  test('een doorbraak loopt: een banner met de eindtijd, en eerder beëindigen (vastgelegd in het toegangslog)', async () => {
    const [eerste] = await lijst('lt-fatima', 'gezamenlijk-plan');
    const page = await aangemeldAls(browser, basis, 'Fatima Kaya');
    await page.locator(`[data-huishouden="${eerste.id}"]`).click();
    await page.getByRole('heading', { name: 'Tijdlijn' }).waitFor();
    await page.getByRole('button', { name: 'Doorbraak…', exact: true }).click();
    const formulier = page.getByRole('form', { name: 'Doorbraak' });
    await formulier.getByRole('group', { name: 'Van wie' }).getByRole('checkbox').first().check();
    await formulier.getByRole('group', { name: 'Welke gegevens' }).getByRole('checkbox', { name: 'gezondheid' }).check();
    await formulier.getByLabel(/^Reden/).fill('Acute zorg om de veiligheid van het jongste kind, de ouders zijn nu niet bereikbaar voor toestemming.');
    await formulier.getByRole('checkbox', { name: /^Ik begrijp/ }).check();
    await formulier.getByRole('button', { name: 'Doorbraak vastleggen' }).click();
    // the form closes, the banner says until when
    await formulier.waitFor({ state: 'detached' });
    const banner = page.getByText(/^Doorbraak loopt tot \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
    await banner.waitFor();
    expect(await toegankelijk(page)).toEqual([]);
    await page.getByRole('button', { name: 'Doorbraak nu beëindigen' }).click();
    await banner.waitFor({ state: 'detached' });
    const token = await netwerk.token('lt-fatima');
    expect((await netwerk.vraag('{ mijnDoorbraken { id } }', { token, doel: 'gezamenlijk-plan' })).body).toMatchObject({ data: { mijnDoorbraken: [] } });
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    try {
      const { rows } = await db.query<{ actie: string; sub: string }>("SELECT actie, sub FROM toegangslog WHERE actie LIKE 'registratie/doorbraak%' ORDER BY volgnummer");
      expect(rows).toEqual([{ actie: 'registratie/doorbraak', sub: 'lt-fatima' }, { actie: 'registratie/doorbraak-beeindigd', sub: 'lt-fatima' }]);
    } finally {
      await db.end();
    }
    await page.context().close();
  });

  test.each([
    ['Fatima Kaya', 'lt-fatima'], ['Eva Mulder', 'rvt-eva'], ['Daan Bakker', 'vt-daan'], ['Sanne Peters', 'gi-sanne'], ['Joris Hendriks', 'raad-joris'],
    ['Pieter Dekker', 'rvt-pieter'], ['Ilse Janssen', null], ['Ingrid Bos', null], ['Ouder', null],
  ])('%s op een telefoon van 390 px: geen pagina breder dan het scherm', async (naam, sub) => {
    const context = await browser.newContext({ viewport: TELEFOON });
    const page = await context.newPage();
    await page.goto(basis);
    await page.getByRole('button', { name: naam, exact: true }).click();
    await page.getByText('Aangemeld als').waitFor();
    const breedtes: Array<[string, number]> = [];
    const meet = async (wat: string) => {
      await page.waitForLoadState('networkidle');
      breedtes.push([wat, await page.evaluate<number>('document.documentElement.scrollWidth')]);
    };
    await meet('start');
    // professionals with households: the list, a netwerkdossier and its MDO overview; the others: their one page
    const huishoudens = sub ? await lijst(sub, await page.getByLabel('Doel van uw raadpleging').inputValue()) : [];
    if (huishoudens.length) {
      await page.locator('[data-huishouden]').first().click();
      await page.getByRole('heading', { name: 'Per partner' }).waitFor();
      await meet('netwerkdossier');
      await page.getByRole('button', { name: 'MDO-overzicht en afdrukken' }).click();
      await page.getByRole('heading', { name: 'Tijdlijn over alle partners' }).waitFor();
      await meet('MDO-overzicht');
    }
    console.log(`${naam} bij 390 px: ${breedtes.map(([w, b]) => `${w} ${b} px`).join(', ')}`);
    expect(breedtes.filter(([, b]) => b > TELEFOON.width)).toEqual([]);
    await context.close();
  });
});

/** Text without whitespace: a PDF breaks lines where the page wraps them. */
function plat(tekst: string): string {
  return tekst.replace(/\s+/g, '');
}

/** All text of a PDF, page by page, as pdf.js extracts it (pdfjs-dist is ESM-only: it runs in a node of its own). */
function pdfTekst(pdf: Buffer): string {
  const script = `
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const delen = [];
    for await (const d of process.stdin) delen.push(d);
    const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(delen)), isEvalSupported: false }).promise;
    for (let i = 1; i <= pdf.numPages; i++) {
      const inhoud = await (await pdf.getPage(i)).getTextContent();
      process.stdout.write(inhoud.items.map((item) => item.str ?? '').join(' ') + '\\n');
    }`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: pdf, cwd: path.resolve(__dirname, '..', '..'), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

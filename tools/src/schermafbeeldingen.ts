import { mkdirSync, mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { leesSupergraph } from '@netwerkdossier/gateway';
import { demoHuishouden, maakGrantSleutelpaar, metDatabase, ServiceNaam, startEmbeddedPostgres, SUBGRAPHS } from '@netwerkdossier/shared';
import { chromium, Page } from 'playwright-core';

import { vrijePoort } from './bench/kind';
import { poortenVoor, startNetwerk } from './netwerk';
import { ouderPersona } from './personas';
import { laadOfMaakSleutels, tokenVoorProfessional } from './uitgever';

const DOCS = path.resolve(__dirname, '..', '..', 'docs');

/** The GI as the gateway reaches it: forwarded, or (while `uit`) a partner that is down. */
async function schakelbareGi(doel: string, schakelaar: { uit: boolean }): Promise<string> {
  const server = http.createServer((req, res) => {
    if (schakelaar.uit) return void req.socket.destroy();
    const verder = http.request(new URL(req.url ?? '/', doel), { method: req.method, headers: req.headers }, (antwoord) => {
      res.writeHead(antwoord.statusCode ?? 502, antwoord.headers);
      antwoord.pipe(res);
    });
    verder.on('error', () => res.writeHead(502).end());
    req.pipe(verder);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

/** Until no part of the page says it is loading (the content security policy allows no waitForFunction). */
async function geladen(page: Page): Promise<void> {
  while ((await page.getByText('Laden…').count()) > 0) await page.waitForTimeout(20);
}

/**
 * `npm run schermafbeeldingen`: the web app's main screens as PNGs in docs/ (shown in the README and docs/professional.md), from a
 * fresh demo world on a temporary embedded PostgreSQL, in Debian's Chromium (CHROMIUM, default /usr/bin/chromium).
 */
async function main(): Promise<void> {
  process.env.NETWERK_BSN_SLEUTEL ??= 'schermafbeelding-'.padEnd(48, 'x');
  const [seed, aantal] = ['netwerkdossier-demo', 50];
  const gi = { uit: false };
  const sleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'schermafbeeldingen-sleutels-')));
  const pg = await startEmbeddedPostgres({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'schermafbeeldingen-')), port: await vrijePoort(), tijdelijk: true });
  const netwerk = await startNetwerk({
    databaseUrls: Object.fromEntries(SUBGRAPHS.map((naam) => [naam, metDatabase(pg.adminUrl, `schermen_${naam.replace('-', '_')}`)])) as Record<ServiceNaam, string>,
    host: '127.0.0.1',
    poorten: poortenVoor(() => 0),
    sleutels,
    grantSleutels: await maakGrantSleutelpaar(),
    supergraphSdl: leesSupergraph(),
    demo: { seed, aantal },
    web: true,
    viaGateway: async (naam, url) => (naam === 'gi' ? schakelbareGi(url, gi) : url),
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    mkdirSync(DOCS, { recursive: true });
    const basis = new URL('/', netwerk.gatewayUrl).href;
    const foto = async (page: Page, naam: string) => {
      await page.screenshot({ path: path.join(DOCS, naam), fullPage: true });
      console.log(`docs/${naam}`);
    };
    const alsPersona = async (knop: string, viewport = { width: 1280, height: 720 }) => {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(basis);
      await page.getByRole('button', { name: knop, exact: true }).click();
      return page;
    };
    const TELEFOON = { width: 390, height: 844 };
    const aanmelden = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await aanmelden.goto(basis);
    await aanmelden.getByRole('button', { name: 'Fatima Kaya' }).waitFor();
    await foto(aanmelden, 'aanmelden.png');
    const eva = await alsPersona('Eva Mulder');
    for (const [doel, naam] of [['casusoverleg', 'huishoudens-consultatie.png'], ['gezamenlijk-plan', 'huishoudens-duo.png']]) {
      await eva.getByLabel('Doel van uw raadpleging').selectOption(doel);
      await eva.locator('tbody tr').first().waitFor();
      await foto(eva, naam);
    }
    // how long the netwerkdossier takes to show its content: from the click until every part (and each partner's own panel) has loaded
    const start = await eva.evaluate<number>('performance.now()');
    await eva.locator('tbody tr').nth(1).getByRole('button').click();
    await eva.getByRole('heading', { name: 'Per partner' }).waitFor();
    await geladen(eva);
    const klaar = await eva.evaluate<number>('performance.now()');
    console.log(`netwerkdossier getoond in ${Math.round(klaar - start)} ms (klik tot alle delen geladen, ${aantal} huishoudens in de demowereld)`);
    await foto(eva, 'netwerkdossier.png');
    await eva.getByRole('button', { name: 'MDO-overzicht en afdrukken' }).click();
    await eva.getByRole('heading', { name: 'Tijdlijn over alle partners' }).waitFor();
    await foto(eva, 'mdo-overzicht.png');
    await eva.getByRole('button', { name: '← Terug naar het netwerkdossier' }).click();
    await eva.getByRole('heading', { name: 'Tijdlijn' }).waitFor();
    const evaTelefoon = await alsPersona('Eva Mulder', TELEFOON);
    await evaTelefoon.locator('tbody tr').nth(1).getByRole('button').click();
    await evaTelefoon.getByRole('heading', { name: 'Per partner' }).waitFor();
    await geladen(evaTelefoon);
    await foto(evaTelefoon, 'netwerkdossier-telefoon.png');
    // registering: a consent with its age rule, and the doorbraak with its warning
    await eva.getByRole('button', { name: 'Toestemming…', exact: true }).click();
    await eva.getByLabel('Om wie gaat het').selectOption({ index: 2 });
    await eva.locator('#toestemming-uitleg').waitFor();
    await eva.getByRole('form', { name: 'Toestemming vastleggen' }).screenshot({ path: path.join(DOCS, 'toestemming.png') });
    console.log('docs/toestemming.png');
    await eva.getByRole('button', { name: 'Doorbraak…', exact: true }).click();
    await eva.getByLabel(/^Reden/).fill('Acute zorg om de veiligheid');
    await eva.getByRole('form', { name: 'Doorbraak' }).screenshot({ path: path.join(DOCS, 'doorbraak.png') });
    console.log('docs/doorbraak.png');
    // a partner that is down: its panel says so, the rest is there
    const sanne = await alsPersona('Sanne Peters');
    await sanne.getByLabel('Doel van uw raadpleging').selectOption('uitvoering-maatregel');
    gi.uit = true;
    await sanne.locator('tbody tr').first().getByRole('button').click();
    await sanne.getByText(/^Niet bereikbaar: GI/).waitFor();
    await foto(sanne, 'partner-onbereikbaar.png');
    gi.uit = false;
    // so that the parent's inzage has something to show: everyone involved with her household looks at it once
    const { huishoudenId } = ouderPersona(seed, aantal);
    const huishouden = Array.from({ length: aantal }, (_, i) => demoHuishouden(seed, i)).find((h) => h.id === huishoudenId)!;
    const DOEL: Record<string, string> = { duo: 'gezamenlijk-plan', consultatie: 'casusoverleg', onderzoek: 'veiligheidsonderzoek', maatregel: 'uitvoering-maatregel' };
    for (const b of huishouden.betrokkenheden) {
      const token = await tokenVoorProfessional(b.professional, { uitgeverBase: netwerk.uitgeverBase, sleutels });
      await fetch(netwerk.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: DOEL[b.vorm] }, body: JSON.stringify({ query: `{ huishouden(id: "${huishouden.id}") { leden { aanduiding leeftijdsgroep personalia { voornaam } } top3 { veiligheidscijfer } } }` }) });
    }
    const ouder = await alsPersona('Ouder');
    await ouder.getByText(/^(Op .* zag |Er heeft nog niemand)/).first().waitFor();
    await foto(ouder, 'inzage.png');
    const ingrid = await alsPersona('Ingrid Bos');
    await ingrid.getByRole('row', { name: /^melder/ }).waitFor();
    await ingrid.getByRole('row', { name: /^Beoordeeld/ }).waitFor();
    // the household's own regie, on a phone: a parent asks consent for the child of 13, the child answers
    const ouderA = await alsPersona('Ouder A', TELEFOON);
    const geven = ouderA.getByRole('form', { name: 'Nieuwe toestemming geven' });
    await geven.getByLabel('Voor wie').selectOption({ index: 1 });
    await geven.getByRole('checkbox', { name: /^Gezondheid\. / }).check();
    await geven.getByRole('button', { name: 'Toestemming geven' }).click();
    await ouderA.getByText(/^Uw toestemming is vastgelegd\./).waitFor();
    await ouderA.locator('section[aria-labelledby="vragen-kop"] article').first().screenshot({ path: path.join(DOCS, 'gezin-toestemming-gevraagd.png') });
    console.log('docs/gezin-toestemming-gevraagd.png');
    const kind = await alsPersona('Kind van 13', TELEFOON);
    const vraag = kind.locator('section[aria-labelledby="vragen-kop"] article').filter({ has: kind.getByRole('button', { name: 'Ja, ik geef toestemming' }) }).first();
    await vraag.waitFor();
    await vraag.screenshot({ path: path.join(DOCS, 'gezin-toestemming-kind.png') });
    console.log('docs/gezin-toestemming-kind.png');
    await foto(kind, 'gezin-telefoon.png');
    await foto(ouderA, 'gezin-ouder-telefoon.png');
    // marking a member beschermd: the vrouwenopvang's professional in one of her households
    const lotte = await alsPersona('Lotte Vermeulen');
    await lotte.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await lotte.locator('button[data-huishouden]').first().click();
    await lotte.getByRole('button', { name: 'Beschermd gezinslid…' }).click();
    const bescherming = lotte.locator('section[aria-labelledby="bescherming-kop"]');
    await bescherming.getByRole('button', { name: /^Markeer / }).first().waitFor();
    await bescherming.screenshot({ path: path.join(DOCS, 'bescherming.png') });
    console.log('docs/bescherming.png');
    // an objection: the parent objects to an access, the privacy officer of that organisation answers
    await ouder.getByRole('listitem').filter({ hasText: 'van het lokaal team' }).first().getByRole('button', { name: 'Bezwaar maken' }).click();
    await ouder.getByLabel('Uw toelichting').fill('Ik wil weten waarom mijn gegevens werden bekeken.');
    await ouder.getByRole('button', { name: 'Versturen' }).click();
    await ouder.getByText(/^Uw verzoek is verstuurd\./).waitFor();
    await ingrid.reload();
    const verzoek = ingrid.locator('section[aria-labelledby="gezinsverzoeken-kop"]').getByRole('listitem').first();
    await verzoek.getByLabel('Uw antwoord aan het gezinslid').fill('De regiehouder bekeek uw gegevens om het MDO voor te bereiden. Dat mag, omdat het lokaal team dit zelf vastlegde.');
    await ingrid.locator('section[aria-labelledby="gezinsverzoeken-kop"]').screenshot({ path: path.join(DOCS, 'toezicht-bezwaar.png') });
    console.log('docs/toezicht-bezwaar.png');
    await verzoek.getByRole('button', { name: 'Antwoord versturen' }).click();
    await ingrid.getByText('Beantwoord. Het gezinslid ziet uw antwoord met de datum.').waitFor();
    await ouder.reload();
    await ouder.getByText(/^Antwoord van /).waitFor();
    await ouder.locator('section[aria-labelledby="verzoeken-kop"]').screenshot({ path: path.join(DOCS, 'gezin-bezwaar.png') });
    console.log('docs/gezin-bezwaar.png');
    // the simulator: a household found as Eva names it in her own list, the decisions in sentences
    const simulator = ingrid.locator('section[aria-labelledby="simulator-kop"]');
    await simulator.getByLabel('Persona', { exact: true }).selectOption('rvt-eva');
    const duo = Array.from({ length: aantal }, (_, i) => demoHuishouden(seed, i)).find((h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.professional === 'rvt-eva'));
    await simulator.getByLabel(/^Zoek in de huishoudens/).fill(duo?.id.slice(0, 8) ?? '');
    await simulator.getByLabel('Huishouden (1 gevonden)').waitFor();
    await simulator.getByLabel('Doel', { exact: true }).selectOption('gezamenlijk-plan');
    await simulator.getByRole('button', { name: 'Bekijk de beslissingen' }).click();
    await simulator.locator('li').first().waitFor();
    await simulator.screenshot({ path: path.join(DOCS, 'toezicht-simulator.png') });
    console.log('docs/toezicht-simulator.png');
    await ingrid.locator('section[aria-labelledby="wachtrij-kop"]').screenshot({ path: path.join(DOCS, 'toezicht-beoordelingen.png') });
    console.log('docs/toezicht-beoordelingen.png');
    await foto(ingrid, 'toezicht.png');
    // a policy change in the form, with an error at its field in plain words
    await ingrid.getByText('De regels in een formulier').click();
    await ingrid.getByLabel('Maximale duur van een doorbraak (uren)').fill('500');
    await ingrid.getByLabel('Waarom deze wijziging').fill('Een doorbraak mag langer duren in de zomer.');
    await ingrid.getByRole('button', { name: 'Controleer' }).click();
    await ingrid.getByText('Niet geldig').waitFor();
    await ingrid.locator('section[aria-labelledby="wijziging-kop"]').screenshot({ path: path.join(DOCS, 'beleidswijziging.png') });
    console.log('docs/beleidswijziging.png');
  } finally {
    await browser.close();
    await netwerk.stop();
    await pg.stop();
  }
}

void main();

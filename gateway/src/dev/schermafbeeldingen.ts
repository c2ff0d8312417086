import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { demoHuishouden, metDatabase, ServiceNaam, startEmbeddedPostgres, SUBGRAPHS } from '@netwerkdossier/shared';
import { chromium, Page } from 'playwright-core';

import { maakGrantSleutelpaar } from '../grant';
import { leesSupergraph } from '../supergraph';
import { startNetwerk } from './netwerk';
import { ouderPersona } from './personas';
import { laadOfMaakSleutels, tokenVoorProfessional } from './uitgever';

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs');

/**
 * `npm run schermafbeeldingen`: the web app's main screens as PNGs in docs/ (shown in the README), from a
 * fresh demo world on a temporary embedded PostgreSQL, in Debian's Chromium (CHROMIUM, default /usr/bin/chromium).
 */
async function main(): Promise<void> {
  process.env.NETWERK_BSN_SLEUTEL ??= 'schermafbeelding-'.padEnd(48, 'x');
  const [seed, aantal] = ['netwerkdossier-demo', 50];
  const sleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'schermafbeeldingen-sleutels-')));
  const pg = await startEmbeddedPostgres({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'schermafbeeldingen-')), port: 54395, tijdelijk: true });
  const netwerk = await startNetwerk({
    databaseUrls: Object.fromEntries(SUBGRAPHS.map((naam) => [naam, metDatabase(pg.adminUrl, `schermen_${naam.replace('-', '_')}`)])) as Record<ServiceNaam, string>,
    host: '127.0.0.1',
    poorten: { gateway: 0, uitgever: 0, netwerk: 0, 'lokaal-team': 0, 'veilig-thuis': 0, gi: 0, raad: 0 },
    sleutels,
    grantSleutels: await maakGrantSleutelpaar(),
    supergraphSdl: leesSupergraph(),
    demo: { seed, aantal },
    web: true,
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    mkdirSync(DOCS, { recursive: true });
    const basis = new URL('/', netwerk.gatewayUrl).href;
    const foto = async (page: Page, naam: string) => {
      await page.screenshot({ path: path.join(DOCS, naam), fullPage: true });
      console.log(`docs/${naam}`);
    };
    const alsPersona = async (knop: string) => {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
      await page.goto(basis);
      await page.getByRole('button', { name: knop }).click();
      return page;
    };
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
    await eva.locator('tbody tr').nth(1).getByRole('button').click();
    await eva.getByRole('heading', { name: 'Tijdlijn' }).waitFor();
    await foto(eva, 'netwerkdossier.png');
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
    await foto(ingrid, 'toezicht.png');
  } finally {
    await browser.close();
    await netwerk.stop();
    await pg.stop();
  }
}

void main();

import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 27;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
// a duo household of rvt-eva in which one adult did not consent and another did
const huishouden = uitDeTestwereld(wereld.find((h) => {
  const ingestemd = new Set(h.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
  return h.betrokkenheden.some((b) => b.professional === 'rvt-eva' && b.vorm === 'duo')
    && h.leden.filter(volwassen).some((p) => !ingestemd.has(p.id)) && h.leden.filter(volwassen).some((p) => ingestemd.has(p.id));
}), 'duo-huishouden van rvt-eva met één volwassene die weigert en één die instemt');
const ingestemd = new Set(huishouden.toestemmingen.filter((t) => t.gegevenDoor.includes(t.persoon)).map((t) => t.persoon));
const weigeraar = huishouden.leden.find((p) => volwassen(p) && !ingestemd.has(p.id))!;

interface Doel { omschrijving: string | null; betreft: string[] }
interface Deel { tekst: string | null; betreft: string[] }

/** One refusal hides that person's parts of the gezinsplan, not the plan: as rvt-eva sees it in Chromium. */
describe('webapp: delen van het gezinsplan per persoon', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-delen', AANTAL, [], { web: true });
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('rvt-eva ziet de doelen over de anderen, en bij elk doel over de weigeraar over wie het gaat en dat diens toestemming ontbreekt; toegankelijk', async () => {
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id } gezinsplan { doelen { omschrijving betreft } } } }', { token: await netwerk.token('rvt-eva'), variables: { id: huishouden.id } });
    const { leden, gezinsplan } = (api.body.data as { huishouden: { leden: Array<{ id: string }>; gezinsplan: { doelen: Doel[] } } }).huishouden;
    const label = (id: string) => `Gezinslid ${leden.findIndex((l) => l.id === id) + 1}`;

    const page = await aangemeldAls(browser, basisVan(netwerk), 'Eva Mulder');
    await page.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await page.locator(`[data-huishouden="${huishouden.id}"]`).click();
    await page.getByRole('heading', { name: 'Gezinsleden' }).waitFor();
    const regels = await page.getByRole('list', { name: 'Doelen van het gezinsplan' }).getByRole('listitem').allInnerTexts();
    expect(regels).toHaveLength(gezinsplan.doelen.length);
    let zichtbaar = 0;
    let overWeigeraar = 0;
    for (const [i, d] of gezinsplan.doelen.entries()) {
      if (d.omschrijving) {
        expect(regels[i]).toContain(d.omschrijving);
        zichtbaar++;
      } else {
        // whose: the member the part is about, by the label the page uses for them, and why
        expect(regels[i]).toBe(`Afgeschermd (gaat over ${d.betreft.map(label).join(' en ')}): Toestemming ontbreekt.`);
        if (d.betreft.includes(weigeraar.id)) overWeigeraar++;
      }
    }
    expect(zichtbaar).toBeGreaterThan(0);
    expect(overWeigeraar).toBeGreaterThan(0);
    // her own betrokkenheid shows; the others' are withheld in this household, said once, without how many there are
    const betrokken = page.locator('section[aria-labelledby="betrokken-kop"]');
    const getoond = await betrokken.locator('.nd-betrokkenen li').allInnerTexts();
    expect(getoond).toEqual([expect.stringMatching(/^Eva Mulder, Veilig Thuis \(.+\): /)]);
    expect(huishouden.betrokkenheden.length).toBeGreaterThan(1);
    expect(await betrokken.locator('.nd-afgeschermd').allInnerTexts()).toEqual(['Afgeschermd: Toestemming ontbreekt.']);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });

  test('in het MDO-overzicht: elke zorg en kracht van elke Top3 over de anderen te lezen, die over de weigeraar afgeschermd met over wie en waarom; toegankelijk', async () => {
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id } top3 { zorgen { tekst betreft } krachten { tekst betreft } } } }', { token: await netwerk.token('rvt-eva'), variables: { id: huishouden.id } });
    const { leden, top3 } = (api.body.data as { huishouden: { leden: Array<{ id: string }>; top3: Array<Record<'zorgen' | 'krachten', Deel[]>> } }).huishouden;
    const label = (id: string) => `Gezinslid ${leden.findIndex((l) => l.id === id) + 1}`;

    const page = await aangemeldAls(browser, basisVan(netwerk), 'Eva Mulder');
    await page.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await page.locator(`[data-huishouden="${huishouden.id}"]`).click();
    await page.getByRole('button', { name: 'MDO-overzicht en afdrukken' }).click();
    const rijen = page.getByRole('region', { name: 'Top3 door de tijd' }).locator('tbody tr');
    await rijen.first().waitFor();
    expect(await rijen.count()).toBe(top3.length);
    let zichtbaar = 0;
    let overWeigeraar = 0;
    // newest first on the page; zorgen in the third column, krachten in the fourth
    for (const [i, moment] of top3.entries()) {
      for (const [kolom, soort] of [[2, 'zorgen'], [3, 'krachten']] as const) {
        const regels = await rijen.nth(top3.length - 1 - i).locator('td').nth(kolom).getByRole('listitem').allInnerTexts();
        expect(regels).toHaveLength(moment[soort].length);
        for (const [j, d] of moment[soort].entries()) {
          if (d.tekst) {
            expect(regels[j]).toBe(d.tekst);
            zichtbaar++;
          } else if (d.betreft.length === 1 && d.betreft[0] === weigeraar.id) {
            expect(regels[j]).toBe(`Afgeschermd (gaat over ${label(weigeraar.id)}): Toestemming ontbreekt.`);
            overWeigeraar++;
          } else expect(regels[j]).toMatch(/^Afgeschermd.*: .+/);
        }
      }
    }
    expect(zichtbaar).toBeGreaterThan(0);
    expect(overWeigeraar).toBeGreaterThan(0);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });
});

function basisVan(netwerk: TestNetwerk): string {
  return new URL('/', netwerk.gatewayUrl).href;
}

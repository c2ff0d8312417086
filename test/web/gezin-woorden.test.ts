import { CATEGORIEEN, demoHuishouden, laadBeleid, STANDAARD_POLICIES } from '@netwerkdossier/shared';
import { gezinPersonas } from '@netwerkdossier/tools';
import { Browser, Page } from 'playwright-core';

import { aangemeldAls, SCHERMEN, startChromium, teBreed, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const kind = gezinPersonas(TEST_SEED, AANTAL)[2];
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.leden.some((l) => l.id === kind.sub))!;
const lokaal = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!;
const GEZINSLEDEN = ['Ouder', 'Ouder A', 'Ouder B', 'Kind van 13', 'Jongere van 17'];
// ordinary Dutch words the family's texts use in their plain sense ("Veiligheid thuis", "Gezondheid")
const GEWONE_WOORDEN = ['veiligheid', 'gezondheid'];

/** The household member's pages: no system words, an objection answered by the privacy officer. */
describe('de pagina\'s van het gezinslid', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-gezin-woorden', AANTAL, [], { web: true });
    browser = await startChromium();
    // accesses to show in the inzage: the regiehouder looks at the household
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { personalia { voornaam } } } }', { token: await netwerk.token(lokaal.professional), variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  async function als(persona: string, scherm: (typeof SCHERMEN)[number]): Promise<Page> {
    const page = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, persona);
    await page.setViewportSize({ width: scherm.width, height: scherm.height });
    for (const kop of ['Uw gezinsplan', 'Wat wordt over u gedeeld, en met wie', 'Toestemming geven en vragen', 'Wie zag uw gegevens?', 'Bezwaar maken of iets laten verbeteren']) await page.getByRole('heading', { name: kop, level: 2 }).waitFor();
    await page.getByText('Laden…').first().waitFor({ state: 'detached' });
    return page;
  }

  // one persona per test: it signs in and loads the whole page once, then is read at each screen width
  test.each(GEZINSLEDEN)('de pagina van het gezinslid zegt alles in gewone woorden: geen bestandsnamen, doelen, categorieën, vormen, pseudoniemen of "grondslag" (%s, telefoon en laptop)', async (persona) => {
    const beleid = await laadBeleid(STANDAARD_POLICIES);
    const verboden: Array<[string, RegExp]> = [
      ['bestandsnaam', /\b[\w-]+\.(ya?ml|json|tsx?)\b/i],
      ['grondslag', /grondslag/i],
      ['pseudoniem', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i],
      ['vorm', /\b(consultatie|duo)\b/i],
      ...Object.keys(beleid.doelen).map((d): [string, RegExp] => [`doel ${d}`, new RegExp(`\\b${d}\\b`, 'i')]),
      ...CATEGORIEEN.filter((c) => !GEWONE_WOORDEN.includes(c)).map((c): [string, RegExp] => [`categorie ${c}`, new RegExp(`\\b${c}\\b`, 'i')]),
    ];
    const page = await als(persona, SCHERMEN[0]);
    // everything a member can open: their own visits, and the request form filled in from an access
    for (const d of await page.locator('details').all()) await d.locator('summary').click();
    const bezwaar = page.getByRole('button', { name: 'Bezwaar maken' }).first();
    if (await bezwaar.count()) await bezwaar.click();
    for (const scherm of SCHERMEN) {
      await page.setViewportSize({ width: scherm.width, height: scherm.height });
      const tekst = `${await page.locator('body').innerText()}\n${(await page.locator('option').allTextContents()).join('\n')}`;
      const gevonden = verboden.filter(([, r]) => r.test(tekst)).map(([naam, r]) => `${persona}, ${scherm.naam}: ${naam} in "${tekst.match(r)?.input?.slice(Math.max(0, (tekst.match(r)?.index ?? 0) - 60), (tekst.match(r)?.index ?? 0) + 60)}"`);
      expect(gevonden).toEqual([]);
      expect(await teBreed(page)).toEqual([]);
      expect(await toegankelijk(page)).toEqual([]);
    }
    await page.context().close();
  });

  test.each(SCHERMEN)('een bezwaar tegen een inzage: de privacyfunctionaris antwoordt in Toezicht, het gezinslid ziet het antwoord met de datum (%s)', async (scherm) => {
    const b = await als('Ouder B', scherm);
    const inzage = b.locator('section[aria-labelledby="inzage-kop"]');
    await inzage.getByRole('listitem').filter({ hasText: 'van het lokaal team' }).last().getByRole('button', { name: 'Bezwaar maken' }).click();
    const formulier = b.getByRole('form', { name: 'Nieuw verzoek' });
    expect(await formulier.getByLabel('Wat wilt u').inputValue()).toBe('bezwaar');
    expect(await formulier.getByLabel('Waarover').inputValue()).toMatch(/zag .+, hulpverlener van het lokaal team, /);
    const toelichting = `Dat wilde ik niet (${scherm.naam}).`;
    await formulier.getByLabel('Uw toelichting').fill(toelichting);
    await formulier.getByRole('button', { name: 'Versturen' }).click();
    await formulier.getByRole('status').getByText(/^Uw verzoek is verstuurd\. .*heeft nog niet geantwoord\.$/).waitFor();
    expect(await teBreed(b)).toEqual([]);
    expect(await toegankelijk(b)).toEqual([]);

    const fg = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, 'Ingrid Bos');
    await fg.setViewportSize({ width: scherm.width, height: scherm.height });
    const wachtrij = fg.locator('section[aria-labelledby="gezinsverzoeken-kop"]');
    const verzoek = wachtrij.getByRole('listitem').filter({ hasText: toelichting });
    await verzoek.getByLabel('Uw antwoord aan het gezinslid').fill('U heeft gelijk. De regiehouder had dit niet nodig; wij hebben het met haar besproken.');
    await verzoek.getByRole('button', { name: 'Antwoord versturen' }).click();
    await wachtrij.getByRole('status').getByText('Beantwoord. Het gezinslid ziet uw antwoord met de datum.').waitFor();
    expect(await toegankelijk(fg)).toEqual([]);

    await b.reload();
    const mijn = b.locator('section[aria-labelledby="verzoeken-kop"]').getByRole('listitem').filter({ hasText: 'Bezwaar (AVG artikel 21)' }).first();
    await mijn.getByText(/^Antwoord van \d+ \w+ \d{4}: U heeft gelijk\./).waitFor();
    await mijn.getByText(/De privacyfunctionaris van het lokaal team antwoordde op /).waitFor();
    for (const p of [b, fg]) await p.context().close();
  });
});

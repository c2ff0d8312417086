import { demoHuishouden } from '@netwerkdossier/shared';
import { Browser, Page } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));

/** A duo household of rvt-eva (Veilig Thuis) in which Veilig Thuis has no onderzoek: its dossier confirms none. */
const duo = wereld.find((h) => h.betrokkenheden.some((b) => b.professional === 'rvt-eva' && b.vorm === 'duo') && !h.betrokkenheden.some((b) => b.organisatie === 'veilig-thuis' && b.vorm === 'onderzoek'))!;
const AFWEGING = 'Proportioneel: alleen gegevens over veiligheid en gezinssituatie. Subsidiair: de ouders werken niet mee aan het vrijwillige duo-traject.';

async function kiesDoel(page: Page, doel: string): Promise<void> {
  await page.getByLabel('Doel van uw raadpleging').selectOption(doel);
}

/** An onderzoek opens nothing on its registrant's word: the registrant is told it waits, the teamleider finds and confirms it. */
describe('webapp: een onderzoek wacht op bevestiging, de teamleider bevestigt het', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-bevestigen', AANTAL, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('de professional van Veilig Thuis legt een onderzoek vast en hoort dat het wacht, en op wie', async () => {
    expect(duo).toBeDefined();
    const page = await aangemeldAls(browser, basis, 'Eva Mulder');
    await kiesDoel(page, 'gezamenlijk-plan');
    await page.locator(`[data-huishouden="${duo.id}"]`).click();
    await page.getByRole('button', { name: 'Betrokkenheid…', exact: true }).click();
    const formulier = page.getByRole('form', { name: 'Betrokkenheid vastleggen' });
    await formulier.getByLabel('Vorm').selectOption('onderzoek');
    await formulier.getByLabel('Wettelijke grondslag').fill('Wmo 2015 art. 5.2.6');
    await formulier.getByLabel(/^Afweging/).fill(AFWEGING);
    await formulier.getByRole('button', { name: 'Betrokkenheid vastleggen' }).click();
    const melding = formulier.getByText(/^Betrokkenheid vastgelegd\. Dit onderzoek wacht op bevestiging/);
    await melding.waitFor();
    expect(await melding.innerText()).toContain('moet een teamleider of gedragswetenschapper van Veilig Thuis in het team RVT Midden het bevestigen; u zelf kunt dat niet');
    expect(await toegankelijk(page)).toEqual([]);
    // until then the onderzoek opens nothing: no household under it
    await page.getByRole('button', { name: '← Terug naar uw huishoudens' }).click();
    await kiesDoel(page, 'veiligheidsonderzoek');
    await page.getByText('U bent voor dit doel bij geen enkel huishouden betrokken.').waitFor();
    await page.context().close();
  });

  test('de teamleider ziet het wachtende onderzoek met zijn grondslag, bevestigt het, en de professional ziet het huishouden', async () => {
    const page = await aangemeldAls(browser, basis, 'Ilse Janssen');
    const lijst = page.locator('section[aria-labelledby="bevestigen-kop"]');
    const rij = lijst.getByRole('row').filter({ hasText: 'Eva Mulder' });
    await rij.waitFor();
    expect(await rij.innerText()).toMatch(/^Huishouden \d+\t/);
    expect(await rij.innerText()).not.toContain(duo.id.slice(0, 8));
    expect(await rij.innerText()).toContain('Wmo 2015 art. 5.2.6');
    expect(await rij.innerText()).toContain(AFWEGING);
    // the household by its number only: no name, no address
    for (const l of duo.leden) expect(await lijst.innerText()).not.toContain(l.achternaam);

    await rij.getByRole('button', { name: /^Bevestigen: onderzoek van Eva Mulder bij huishouden \d+$/ }).click();
    const stap = rij.getByRole('group', { name: 'Bevestig het onderzoek van Eva Mulder' });
    const ja = stap.getByRole('button', { name: 'Ja, bevestigen' });
    expect(await ja.isDisabled()).toBe(true);
    await stap.getByLabel(/^Ik heb de grondslag en afweging gelezen/).check();
    expect(await toegankelijk(page)).toEqual([]);
    await ja.click();
    await lijst.getByRole('status').getByText(/^Bevestigd: het onderzoek van Eva Mulder bij huishouden \d+ opent nu gegevens voor Eva Mulder\.$/).waitFor();
    await lijst.getByText('Er wacht niets op uw bevestiging.').waitFor();
    await page.context().close();

    const eva = await aangemeldAls(browser, basis, 'Eva Mulder');
    await kiesDoel(eva, 'veiligheidsonderzoek');
    await eva.locator(`[data-huishouden="${duo.id}"]`).click();
    await eva.getByRole('heading', { name: 'Gezinsleden' }).waitFor();
    const leden = await eva.locator('section[aria-labelledby="leden-kop"]').innerText();
    expect(duo.leden.every((l) => leden.includes(`${l.voornaam} ${l.achternaam}`))).toBe(true);
    await eva.context().close();
  });
});

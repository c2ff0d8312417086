import { ouderPersona } from '@netwerkdossier/tools';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;

/** The household member's screen: what is shared and with whom, their toestemmingen (revocable), who saw what, the MDO. */
describe('webapp voor het gezinslid', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-gezin', AANTAL, [], { web: true });
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('de ouder ziet de vier delen zoals de gateway ze geeft, trekt een toestemming in en ziet haar ingetrokken; toegankelijk', async () => {
    const { persoonId } = ouderPersona(TEST_SEED, AANTAL);
    const token = await netwerk.clientToken(persoonId);
    const api = await netwerk.vraag('{ mijnToestemmingen { id geldig } mijnDeling { naam } }', { token, doel: 'inzage' });
    const { mijnToestemmingen, mijnDeling } = api.body.data as { mijnToestemmingen: Array<{ id: string; geldig: boolean }>; mijnDeling: Array<{ naam: string }> };
    expect(mijnToestemmingen.filter((t) => t.geldig).length).toBeGreaterThan(0);
    const mdo = await netwerk.vraag('{ mijnHuishouden { mdoVerslagen { datum } } }', { token, doel: 'inzage' });
    const verslagen = (mdo.body.data as { mijnHuishouden: { mdoVerslagen: unknown[] } }).mijnHuishouden.mdoVerslagen.length;

    const page = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, 'Ouder');
    const context = page.context();
    for (const kop of ['Wat wordt over u gedeeld, en met wie', 'Uw toestemmingen', 'Wie zag uw gegevens?', 'MDO: adviezen en besluiten']) await page.getByRole('heading', { name: kop, level: 2 }).waitFor();
    const deling = page.locator('section[aria-labelledby="deling-kop"]');
    for (const d of mijnDeling) await deling.getByRole('heading', { level: 3, name: new RegExp(`^${d.naam}$`, 'i') }).waitFor();
    const toestemmingen = page.locator('section[aria-labelledby="toestemmingen-kop"]');
    await toestemmingen.locator('tbody tr').nth(mijnToestemmingen.length - 1).waitFor();
    expect(await toestemmingen.locator('tbody tr').count()).toBe(mijnToestemmingen.length);
    await page.locator('section[aria-labelledby="mdo-kop"] h3').nth(Math.max(0, verslagen - 1)).waitFor({ state: verslagen ? 'visible' : 'detached' });
    expect(await page.locator('section[aria-labelledby="mdo-kop"] h3').count()).toBe(verslagen);
    expect(await toegankelijk(page)).toEqual([]);

    const intrekbaar = toestemmingen.getByRole('button', { name: /^Intrekken: / });
    const voor = await intrekbaar.count();
    await intrekbaar.first().click();
    const bevestiging = toestemmingen.getByRole('group', { name: 'Bevestig het intrekken' });
    await bevestiging.getByText(/^Weet u het zeker\?/).waitFor();
    expect(await toegankelijk(page)).toEqual([]);
    await bevestiging.getByRole('button', { name: 'Ja, intrekken' }).click();
    await toestemmingen.getByRole('status').getByText(/is ingetrokken\. Vanaf nu wordt er niets meer op gedeeld\.$/).waitFor();
    await toestemmingen.getByRole('cell', { name: /^Ingetrokken op / }).waitFor();
    expect(await intrekbaar.count()).toBe(voor - 1);
    // what the gateway now says: one fewer valid consent
    const na = ((await netwerk.vraag('{ mijnToestemmingen { geldig } }', { token, doel: 'inzage' })).body.data as { mijnToestemmingen: Array<{ geldig: boolean }> }).mijnToestemmingen;
    expect(na.filter((t) => t.geldig).length).toBe(mijnToestemmingen.filter((t) => t.geldig).length - 1);
    expect(await toegankelijk(page)).toEqual([]);
    await context.close();
  });
});

import { Browser } from 'playwright-core';

import { startChromium, toegankelijk } from '../harness/browser';

/** The accessibility check every browser test relies on: it finds what WCAG 2.1 AA forbids, and passes a clean page. */
describe('de toegankelijkheidscontrole van de browsertests', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pagina = async (body: string) => {
    const page = await (await browser.newContext()).newPage();
    await page.setContent(`<!doctype html><html lang="nl"><head><title>Proef</title></head><body><main><h1>Proef</h1>${body}</main></body></html>`);
    return page;
  };

  test('een knop zonder naam, een afbeelding zonder tekst, grijs op wit en een veld zonder label worden gevonden', async () => {
    const page = await pagina('<button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">Nauwelijks leesbaar</p><input type="text">');
    const gevonden = (await toegankelijk(page)).map((v) => v.split(':')[0]).sort();
    expect(gevonden).toEqual(['button-name', 'color-contrast', 'image-alt', 'label']);
  });

  test('een pagina zonder zulke fouten geeft niets', async () => {
    const page = await pagina('<button>Versturen</button><img alt="Logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p>Goed leesbaar</p><label>Naam <input type="text"></label>');
    expect(await toegankelijk(page)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { sessieCookie } from '../harness/sessie';

const POLICIES = path.resolve(__dirname, '../../policies');
const inWerking = (bestand: string) => readFileSync(path.join(POLICIES, bestand), 'utf8');

/** `tekst` with `van` replaced by `naar`, failing loudly when the policy no longer has `van`. */
function vervang(tekst: string, van: string, naar: string): string {
  if (!tekst.includes(van)) throw new Error(`"${van}" staat niet (meer) in het beleid`);
  return tekst.replace(van, naar);
}

/** The line (from 1) of the first line of `tekst` that contains `stuk`. */
const regelMet = (tekst: string, stuk: string) => tekst.split('\n').findIndex((r) => r.includes(stuk)) + 1;

const GEZONDHEID_DUO = 'gezondheid:        { consultatie: nooit,                              duo: toestemming';

/** A policy change checked by the privacy officer before it is made: POST /beleid/controle and the section in the web app. */
describe('beleidscontrole', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;
  const cookies: Record<string, string> = {};
  const aanmelden = (persona: string) => sessieCookie(basis, persona);
  const controle = async (body: unknown, cookie: string | null = cookies.ingrid) => {
    const res = await fetch(new URL('/beleid/controle', basis), { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const versieInWerking = async () => ((await (await fetch(new URL('/beleid', basis), { headers: { cookie: cookies.ingrid } })).json()) as { versie: string }).versie;

  beforeAll(async () => {
    netwerk = await startTestNetwerk('beleidscontrole', 4, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    cookies.ingrid = await aanmelden('fg-ingrid');
    cookies.eva = await aanmelden('rvt-eva');
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('een geldige wijziging van twee bestanden: geldig, met wat er verandert in woorden; het beleid dat geldt blijft', async () => {
    const voor = await versieInWerking();
    const { status, body } = await controle({
      bestanden: {
        'deelmatrix.yaml': vervang(inWerking('deelmatrix.yaml'), GEZONDHEID_DUO, GEZONDHEID_DUO.replace('duo: toestemming', 'duo: nooit')),
        'doorbraak.yaml': vervang(inWerking('doorbraak.yaml'), 'maximale_duur_uren: 72', 'maximale_duur_uren: 48'),
      },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ geldig: true, versie: expect.stringMatching(/^sha256:[0-9a-f]{16}$/), verschillen: ['gezondheid bij duo: toestemming → nooit', 'maximale duur van een doorbraak: 72 → 48 uur'], organisaties: ['gi', 'lokaal-team', 'raad', 'veilig-thuis', 'vrouwenopvang'] }); // a doorbraak's limits concern every holder of a category it opens
    expect(body.versie).not.toBe(voor);
    // the texts in force, unchanged: the same version, and only comments changed says so
    expect(await controle({ bestanden: { 'leeftijden.yaml': `# alleen een opmerking\n${inWerking('leeftijden.yaml')}` } })).toEqual({ status: 200, body: { geldig: true, versie: expect.any(String), verschillen: [], organisaties: [] } });
    expect(await controle({ bestanden: { 'leeftijden.yaml': inWerking('leeftijden.yaml') } })).toEqual({ status: 200, body: { geldig: true, versie: voor, verschillen: [], organisaties: [] } });
    expect(await versieInWerking()).toBe(voor);
  });

  // [what is wrong, file, text in force, proposed text, the line the error is on, what the privacy officer reads]
  const FOUTEN: Array<[string, string, string, string, string, string]> = [
    ['een tikfout in een eis', 'deelmatrix.yaml', GEZONDHEID_DUO, GEZONDHEID_DUO.replace('duo: toestemming', 'duo: toestemmig'), 'toestemmig', '"toestemmig" is geen eis; kies uit altijd, betrokkenheid, toestemming, toestemming-anders-geanonimiseerd, grondslag, doorbraak, geanonimiseerd, nooit'],
    ['kapotte YAML', 'deelmatrix.yaml', 'melder:            { alle: nooit }', 'melder:            { alle: nooit', 'vertrouwelijk:', 'geen geldige YAML: een reeks die met { begint, wordt niet gesloten met }'],
    ['leeftijden met een gat', 'leeftijden.yaml', '  - vanaf: 12', '  - vanaf: 13', 'vanaf: 13', 'deze leeftijdsgroep begint bij 13 jaar, maar de vorige loopt tot 12 jaar: voor 12 tot 13 jaar staat nergens wie toestemming geeft'],
    ['een doorbraak die de melder niet uitsluit', 'doorbraak.yaml', 'nooit_voor: [melder, vertrouwelijk, werkaantekening]', 'nooit_voor: [vertrouwelijk, werkaantekening]', 'nooit_voor:', '"nooit_voor" moet "melder" bevatten: wie een melding deed, blijft ook bij een doorbraak afgeschermd'],
  ];
  test.each(FOUTEN)('%s: bestand, regel en wat er mis is, in woorden', async (_wat, bestand, van, naar, opRegel, melding) => {
    const tekst = vervang(inWerking(bestand), van, naar);
    expect(await controle({ bestanden: { [bestand]: tekst } })).toEqual({ status: 200, body: { geldig: false, fouten: [{ bestand, regel: regelMet(tekst, opRegel), melding }] } });
  });

  test('alleen de privacyfunctionaris, alleen bekende bestanden; niets verandert aan het beleid dat geldt', async () => {
    const voor = await versieInWerking();
    const voorstel = { bestanden: { 'doorbraak.yaml': inWerking('doorbraak.yaml') } };
    expect(await controle(voorstel, null)).toEqual({ status: 401, body: { fout: 'Niet aangemeld' } });
    expect(await controle(voorstel, cookies.eva)).toEqual({ status: 403, body: { fout: 'Een beleidswijziging controleren kan alleen de privacyfunctionaris' } });
    expect((await fetch(new URL('/beleid/bestanden', basis), { headers: { cookie: cookies.eva } })).status).toBe(403);
    expect(await controle({ bestanden: { 'deelmatrix.yml': 'matrix: {}' } })).toEqual({
      status: 400,
      body: { fout: 'Onbekend beleidsbestand: deelmatrix.yml; kies uit bewaartermijnen.yaml, deelmatrix.yaml, doelen.yaml, doorbraak.yaml, eigen-organisatie.yaml, gezin.yaml, inzage.yaml, leeftijden.yaml, uitzonderingen.yaml' },
    });
    expect(await controle({ bestanden: {} })).toEqual({ status: 400, body: { fout: 'Wijzig minstens één regel, in het formulier of in een beleidsbestand' } });
    expect(await controle('{ kapot')).toEqual({ status: 400, body: { fout: 'Het verzoek is geen geldige JSON' } });
    expect(await controle({ bestanden: { 'deelmatrix.yaml': 'x'.repeat(250_000) } })).toEqual({ status: 413, body: { fout: 'Het voorstel is te groot (hoogstens 200 kB)' } });
    // a broken proposal is not the policy in force either
    await controle({ bestanden: { 'deelmatrix.yaml': 'matrix: [kapot\n' } });
    expect(await versieInWerking()).toBe(voor);
    const { bestanden } = (await (await fetch(new URL('/beleid/bestanden', basis), { headers: { cookie: cookies.ingrid } })).json()) as { bestanden: Record<string, string> };
    expect(Object.keys(bestanden).sort()).toEqual(['bewaartermijnen.yaml', 'deelmatrix.yaml', 'doelen.yaml', 'doorbraak.yaml', 'eigen-organisatie.yaml', 'gezin.yaml', 'inzage.yaml', 'leeftijden.yaml', 'uitzonderingen.yaml']);
    for (const [bestand, tekst] of Object.entries(bestanden)) expect(tekst).toBe(inWerking(bestand));
  });

  test('in de webapp: een fout in een bestand in woorden, daarna een geldige wijziging met wat er verandert; toegankelijk', async () => {
    const page = await aangemeldAls(browser, basis, 'Ingrid Bos');
    await page.getByRole('heading', { name: 'Beleidswijziging voorstellen' }).waitFor();
    await page.getByLabel('Beleidsbestand').selectOption('deelmatrix.yaml');
    const tekst = page.getByLabel('Voorgestelde tekst van deelmatrix.yaml');
    expect(await tekst.inputValue()).toBe(inWerking('deelmatrix.yaml'));
    const fout = vervang(inWerking('deelmatrix.yaml'), GEZONDHEID_DUO, GEZONDHEID_DUO.replace('duo: toestemming', 'duo: toestemmig'));
    await tekst.fill(fout);
    await page.getByRole('button', { name: 'Controleer' }).click();
    const uitslag = page.locator('section[aria-labelledby="wijziging-kop"] > [aria-live="polite"]');
    await uitslag.getByText('Niet geldig').waitFor();
    expect(await uitslag.getByRole('listitem').allTextContents()).toEqual([
      `deelmatrix.yaml, regel ${regelMet(fout, 'toestemmig')}: "toestemmig" is geen eis; kies uit altijd, betrokkenheid, toestemming, toestemming-anders-geanonimiseerd, grondslag, doorbraak, geanonimiseerd, nooit`,
    ]);
    expect(await toegankelijk(page)).toEqual([]);

    await tekst.fill(vervang(inWerking('deelmatrix.yaml'), GEZONDHEID_DUO, GEZONDHEID_DUO.replace('duo: toestemming', 'duo: nooit')));
    await page.getByRole('button', { name: 'Controleer' }).click();
    await uitslag.getByText(/^Geldig/).waitFor();
    expect(await uitslag.getByRole('listitem').allTextContents()).toEqual(['gezondheid bij duo: toestemming → nooit']);
    // the deelmatrix on the page is still the policy in force
    expect(await page.getByRole('row', { name: /^gezondheid/ }).locator('td').allTextContents()).toEqual(['nooit', 'met toestemming', 'met toestemming', 'met toestemming']);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });
});

import { randomUUID } from 'node:crypto';

import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';
import { Browser, Page } from 'playwright-core';
import { Client } from 'pg';

import { aangemeldAls, startChromium, teBreed, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 27;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const volwassen = (p: { geboortejaar: number }) => DEMO_PEILJAAR - p.geboortejaar >= 18;
// a duo of rvt-eva (Veilig Thuis) and lt-fatima (lokaal team), adults only, that Veilig Thuis has a dossier on and the
// GI and the Raad are not involved with: the test decides who consented to what (its own database, not the demo world)
const huishouden = uitDeTestwereld(wereld.find((h) => ['rvt-eva', 'lt-fatima'].every((sub) => h.betrokkenheden.some((b) => b.professional === sub && b.vorm === 'duo'))
  && h.bekendBij.has('veilig-thuis') && !h.betrokkenheden.some((b) => b.organisatie === 'gi' || b.organisatie === 'raad')
  && h.leden.length >= 2 && h.leden.every(volwassen)), 'duo-huishouden van rvt-eva en lt-fatima met alleen volwassenen, bij Veilig Thuis bekend, zonder GI en Raad');
// the first member refuses the plan (hulpverlening, veiligheid) but lets the duo know who they are and the family situation
const [weigeraar] = huishouden.leden;
const anderen = huishouden.leden.filter((p) => p !== weigeraar);
const ALLES = ['identificatie', 'gezinssituatie', 'hulpverlening', 'veiligheid', 'bestaanszekerheid', 'grondslag'];
const ALLEEN_WIE = ['identificatie', 'gezinssituatie', 'grondslag'];
/** Whose consent is missing, by role, as a professional who may know the household's composition reads it. */
const WIENS: Record<string, string> = { ouder: 'de ouder', partner: 'de partner', 'ex-partner': 'de ex-partner', overig: 'het andere gezinslid' };
const REDEN = `Toestemming van ${WIENS[weigeraar.rol]} ontbreekt.`;
const OVER_WEIGERAAR = `${weigeraar.voornaam} ${weigeraar.achternaam} (${weigeraar.rol})`;

interface Deel { tekst: string | null; betreft: string[] }
interface Item { pad: string; reden: string }

/**
 * Reasons that say whose, in Chromium: a partner that is not involved reads "Niet betrokken"; in a duo household with
 * one adult who refuses, their parts of each household-level record say whose consent is missing, by role, and the
 * others' parts are shown; per part in the gezinsplan, the MDO, the verklarende analyse and the veiligheidskaart.
 */
describe('webapp: redenen die zeggen wiens toestemming ontbreekt, per deel', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-redenen', AANTAL, [], { web: true });
    browser = await startChromium();
    const registry = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await registry.connect();
    try {
      await registry.query('DELETE FROM toestemming WHERE persoon_id = ANY($1)', [huishouden.leden.map((p) => p.id)]);
      for (const p of huishouden.leden) {
        for (const ontvanger of ['veilig-thuis', 'lokaal-team']) {
          await registry.query(
            `INSERT INTO toestemming (id, persoon_id, gegeven_door, ontvanger_organisatie, categorieen, doel, vorm, bewijs, geldig_vanaf, geregistreerd_door, geregistreerd_door_organisatie)
             VALUES ($1, $2, $3, $4, $5, 'gezamenlijk-plan', 'schriftelijk', 'Toestemmingsformulier (test)', '2026-01-01', 'rvt-eva', 'veilig-thuis')`,
            [randomUUID(), p.id, [p.id], ontvanger, p === weigeraar ? ALLEEN_WIE : ALLES],
          );
        }
      }
    } finally {
      await registry.end();
    }
    // an MDO with a besluit and an advies about each adult: the demo world may have none for this household
    const lokaal = new Client({ connectionString: netwerk.databaseUrls['lokaal-team'] });
    await lokaal.connect();
    try {
      const { rows: [verslag] } = await lokaal.query<{ id: number }>("INSERT INTO mdo_verslag (dossier_id, datum, inbrenger, vraag) SELECT id, '2026-10-01', 'Fatima Kaya', 'Hoe verder met het plan?' FROM dossier WHERE huishouden_id = $1 RETURNING id", [huishouden.id]);
      for (const [i, p] of huishouden.leden.entries()) {
        await lokaal.query('INSERT INTO mdo_besluit (mdo_verslag_id, tekst, betreft) VALUES ($1, $2, $3)', [verslag.id, `Besluit ${i + 1} van het MDO`, [p.id]]);
        await lokaal.query("INSERT INTO mdo_advies (mdo_verslag_id, deelnemer, organisatie, advies, betreft) VALUES ($1, 'Eva Mulder', 'Veilig Thuis', $2, $3)", [verslag.id, `Advies ${i + 1} van het MDO`, [p.id]]);
      }
    } finally {
      await lokaal.end();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  /** The dossier page of the household for this persona, on a phone's width. */
  const dossier = async (persona: string): Promise<Page> => {
    const page = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, persona);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await page.locator(`[data-huishouden="${huishouden.id}"]`).click();
    await page.getByRole('heading', { name: 'Gezinsleden' }).waitFor();
    await page.getByText('Laden…').first().waitFor({ state: 'detached' });
    return page;
  };

  /**
   * Each part on the page against the answer: its text where it is shown, else withheld with the refusing adult's
   * reason (about them, or about the household they are part of). Counts both kinds.
   */
  const vergelijk = (regels: string[], delen: Deel[], tekst: (d: Deel) => unknown, telling: { zichtbaar: number; weigeraar: number }) => {
    expect(regels).toHaveLength(delen.length);
    for (const [i, d] of delen.entries()) {
      if (d.tekst !== null) {
        expect(d.betreft).not.toContain(weigeraar.id);
        expect(regels[i]).toEqual(tekst(d));
        telling.zichtbaar++;
      } else if (d.betreft.length === 1 && d.betreft[0] === weigeraar.id) {
        expect(regels[i]).toBe(`Afgeschermd (gaat over ${OVER_WEIGERAAR}): ${REDEN}`);
        telling.weigeraar++;
      } else {
        // about the household as a whole, which the refusing adult is part of
        expect(d.betreft).toEqual([]);
        expect(regels[i]).toMatch(new RegExp(`^Afgeschermd.*: ${REDEN.replace(/[.()]/g, '\\$&')}$`));
      }
    }
  };

  test('rvt-eva: gezinsplan, MDO en verklarende analyse per deel, met wiens toestemming ontbreekt; de Raad leest als niet betrokken; 390 px; toegankelijk', async () => {
    const api = await netwerk.vraag(`query ($id: ID!) { huishouden(id: $id) {
      gezinsplan { doelen { tekst: omschrijving betreft } }
      mdoVerslagen { besluiten { tekst betreft } adviezen { tekst: advies betreft } }
      verklarendeAnalyse { patronen { tekst betreft } onderliggendeFactoren { tekst betreft } }
      beschermingsonderzoeken { status }
    } }`, { token: await netwerk.token('rvt-eva'), variables: { id: huishouden.id } });
    expect(api.body.errors).toBeUndefined();
    const h = (api.body.data as { huishouden: { gezinsplan: { doelen: Deel[] }; mdoVerslagen: Array<Record<'besluiten' | 'adviezen', Deel[]>>; verklarendeAnalyse: Record<'patronen' | 'onderliggendeFactoren', Deel[]> } }).huishouden;
    const items = api.body.extensions?.afgeschermd as Item[];
    // the Raad: withheld because it is not involved, not for a consent (which would open nothing of it)
    const NIET_BETROKKEN_RAAD = 'Niet betrokken: De Raad voor de Kinderbescherming is niet betrokken bij dit huishouden.';
    expect([...new Set(items.filter((a) => a.pad === 'huishouden.beschermingsonderzoeken').map((a) => a.reden))]).toEqual([NIET_BETROKKEN_RAAD]);

    const page = await dossier('Eva Mulder');
    const telling = { zichtbaar: 0, weigeraar: 0 };
    const lijst = (naam: string | RegExp) => page.getByRole('list', { name: naam, exact: true }).getByRole('listitem').allInnerTexts();
    vergelijk(await lijst('Doelen van het gezinsplan'), h.gezinsplan.doelen, (d) => expect.stringContaining(d.tekst!), telling);
    // the test's own MDO (the demo world's have one besluit each); every MDO shows a list of besluiten and of adviezen
    const k = h.mdoVerslagen.findIndex((m) => m.besluiten.length === huishouden.leden.length);
    expect(k).toBeGreaterThanOrEqual(0);
    const mdo = h.mdoVerslagen[k];
    expect(mdo.adviezen).toHaveLength(huishouden.leden.length);
    vergelijk(await page.getByRole('list', { name: /^Besluiten in het MDO van / }).nth(k).getByRole('listitem').allInnerTexts(), mdo.besluiten, (d) => `Besluit: ${d.tekst}`, telling);
    vergelijk(await page.getByRole('list', { name: /^Adviezen in het MDO van / }).nth(k).getByRole('listitem').allInnerTexts(), mdo.adviezen, (d) => `Eva Mulder (Veilig Thuis): ${d.tekst}`, telling);
    const telMdo = { ...telling };
    vergelijk(await lijst('Patronen'), h.verklarendeAnalyse.patronen, (d) => d.tekst!, telling);
    vergelijk(await lijst('Onderliggende factoren'), h.verklarendeAnalyse.onderliggendeFactoren, (d) => d.tekst!, telling);
    // in the MDO and in the analyse, at least one part of each kind
    expect({ mdo: telMdo.zichtbaar > 0 && telMdo.weigeraar > 0, analyse: telling.zichtbaar > telMdo.zichtbaar && telling.weigeraar > telMdo.weigeraar }).toEqual({ mdo: true, analyse: true });
    // the others are shown by name
    const tekst = await page.locator('main').innerText();
    for (const p of anderen) expect(tekst).toContain(`${p.voornaam} ${p.achternaam}`);

    const raad = await page.locator('section[aria-labelledby="partner-raad"]').innerText();
    expect(raad).toContain(NIET_BETROKKEN_RAAD);
    expect(raad).not.toMatch(/Toestemming/);
    // a neutral badge "Niet betrokken", not the padlock's "Afgeschermd": nothing is withheld from her there
    const raadSectie = page.locator('section[aria-labelledby="partner-raad"]');
    expect(await raadSectie.locator('.nd-badge').allInnerTexts()).toEqual(expect.arrayContaining(['Niet betrokken']));
    expect(raad).not.toMatch(/Afgeschermd/);
    expect(await teBreed(page)).toEqual([]);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });

  test('lt-fatima: elke veiligheidsafspraak van Veilig Thuis te lezen, behalve die over wie weigert: met wiens toestemming ontbreekt; 390 px; toegankelijk', async () => {
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { veiligheidskaart { situatie veiligheidsafspraken { tekst betreft } } } }', { token: await netwerk.token('lt-fatima'), variables: { id: huishouden.id } });
    expect(api.body.errors).toBeUndefined();
    const kaart = (api.body.data as { huishouden: { veiligheidskaart: { situatie: string | null; veiligheidsafspraken: Deel[] } } }).huishouden.veiligheidskaart;
    // the card as a whole concerns the refusing adult too: its situation is withheld (not even asked for), its afspraken decide for themselves
    expect(kaart.situatie ?? null).toBeNull();

    const page = await dossier('Fatima Kaya');
    const telling = { zichtbaar: 0, weigeraar: 0 };
    vergelijk(await page.getByRole('list', { name: 'Veiligheidsafspraken', exact: true }).getByRole('listitem').allInnerTexts(), kaart.veiligheidsafspraken, (d) => d.tekst!, telling);
    expect(telling.zichtbaar > 0 && telling.weigeraar > 0).toBe(true);
    expect(await teBreed(page)).toEqual([]);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });
});

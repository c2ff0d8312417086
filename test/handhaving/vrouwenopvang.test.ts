import { demoHuishouden, PROFESSIONALS } from '@netwerkdossier/shared';
import { Browser } from 'playwright-core';
import { Client } from 'pg';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { uitDeTestwereld } from '../harness/testwereld';

// the first household where the vrouwenopvang works as duo partner in the test world is 38
const AANTAL = 40;
const huishouden = uitDeTestwereld(Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.betrokkenheden.some((b) => b.organisatie === 'vrouwenopvang' && b.vorm === 'duo')), 'huishouden met de vrouwenopvang als duopartner');
const regiehouder = uitDeTestwereld(huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team' && b.regiehouder), 'regiehouder van het lokaal team in dat huishouden');
const ouder = uitDeTestwereld(huishouden.leden.find((l) => l.rol === 'ouder'), 'ouder in dat huishouden');
const andere = uitDeTestwereld(huishouden.leden.find((l) => l.rol === 'partner' || l.rol === 'ex-partner'), '(ex-)partner in dat huishouden');
// the ouder gave the lokaal team consent for veiligheid: what the duo partner's view below rests on
uitDeTestwereld(huishouden.toestemmingen.find((t) => t.persoon === ouder.id && t.ontvangerOrganisatie === 'lokaal-team' && t.categorieen.includes('veiligheid')), 'toestemming van de ouder aan het lokaal team voor veiligheid');
const hulpverlener = PROFESSIONALS.find((p) => p.organisatie === 'vrouwenopvang' && p.persona)!;

const OPVANG = /* GraphQL */ `{ leden { id opvangplaatsingen { gestartOp adres } veiligheidsplan { signalen afspraken } } }`;

interface Afgeschermd { pad: string; persoon: string | null; categorie: string; partner: string; reden: string }
interface Lid { id: string; opvangplaatsingen: Array<{ gestartOp: string; adres?: string }>; veiligheidsplan: { signalen: string[]; afspraken: string[] } | null }

/** The shelter's address never leaves the shelter (not even as a request to it); its safety plan reaches the duo partner on consent. */
describe('de vrouwenopvang: het adres blijft in de opvang, het veiligheidsplan gaat naar de duopartner met toestemming', () => {
  let netwerk: TestNetwerk;
  let opvang: Client;
  let adressen: string[];
  let plan: { signalen: string[]; afspraken: string[] };
  beforeAll(async () => {
    netwerk = await startTestNetwerk('vrouwenopvang', AANTAL, [], { web: true });
    opvang = new Client({ connectionString: netwerk.databaseUrls.vrouwenopvang });
    await opvang.connect();
    adressen = (await opvang.query<{ adres: string }>('SELECT DISTINCT adres FROM opvangplaatsing')).rows.map((r) => r.adres);
    [plan] = (await opvang.query<{ signalen: string[]; afspraken: string[] }>('SELECT v.signalen, v.afspraken FROM veiligheidsplan v JOIN client c ON c.id = v.client_id WHERE c.persoon_id = $1', [ouder.id])).rows;
    // what the tests below look for in every answer: without it, 'not shown' would hold for nothing
    if (adressen.length === 0 || !plan) throw new Error('De opvang van de testwereld heeft geen adres of geen veiligheidsplan van de ouder');
  });
  afterAll(async () => {
    await opvang?.end();
    await netwerk?.stop();
  });

  const vrouwenopvangVerstrekte = async () => (await opvang.query<{ categorie: string; id: string }>("SELECT i->>'categorie' AS categorie, i->>'id' AS id FROM verstrekking, jsonb_array_elements(items) i")).rows;

  test('de regiehouder van het lokaal team ziet het veiligheidsplan van de ouder; het adres wordt niet eens gevraagd, en zegt waarom', async () => {
    const antwoord = await netwerk.vraag(`query ($id: ID!) { huishouden(id: $id) ${OPVANG} }`, { token: await netwerk.token(regiehouder.professional), doel: 'gezamenlijk-plan', variables: { id: huishouden.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const leden = (antwoord.body.data as { huishouden: { leden: Lid[] } }).huishouden.leden;
    const vanOuder = leden.find((l) => l.id === ouder.id)!;
    expect(vanOuder.veiligheidsplan).toEqual(plan);
    expect(vanOuder.opvangplaatsingen.length).toBeGreaterThan(0);
    // withheld for everyone in view, so left out of the operation: the key is not in the answer at all
    expect(vanOuder.opvangplaatsingen.map((o) => Object.keys(o))).toEqual(vanOuder.opvangplaatsingen.map(() => ['gestartOp']));
    const tekst = JSON.stringify(antwoord.body);
    for (const adres of adressen) expect(tekst).not.toContain(adres);
    const afgeschermd = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    expect(afgeschermd).toContainEqual(expect.objectContaining({ categorie: 'vertrouwelijk', partner: 'vrouwenopvang', reden: 'Een apart vastgelegd vertrouwelijk verhaal wordt nooit gedeeld.' }));
    // the shelter's own log: the plan left it, the address never did
    const verstrekt = await vrouwenopvangVerstrekte();
    expect(verstrekt).toContainEqual({ categorie: 'veiligheid', id: ouder.id });
    expect(verstrekt.filter((v) => v.categorie === 'vertrouwelijk')).toEqual([]);
  });

  test('de andere ouder ziet als gezinslid in het eigen huishouden geen opvang, geen plan en geen adres', async () => {
    const antwoord = await netwerk.vraag(`{ mijnHuishouden ${OPVANG} }`, { token: await netwerk.clientToken(andere.id), doel: 'inzage' });
    expect(antwoord.body.errors).toBeUndefined();
    const leden = (antwoord.body.data as { mijnHuishouden: { leden: Lid[] } }).mijnHuishouden.leden;
    expect(leden.map((l) => l.id).sort()).toEqual(huishouden.leden.map((l) => l.id).sort());
    // nothing of the shelter was even asked: each member is only their pseudonym
    for (const l of leden) expect(l).toEqual({ id: l.id });
    const tekst = JSON.stringify(antwoord.body);
    for (const adres of adressen) expect(tekst).not.toContain(adres);
    expect((await vrouwenopvangVerstrekte()).filter((v) => v.categorie === 'vertrouwelijk')).toEqual([]);
  });

  describe('in de webapp', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await startChromium();
    });
    afterAll(() => browser?.close());

    test('de hulpverlener van de vrouwenopvang ziet het paneel uit de map van de vrouwenopvang: het veiligheidsplan, zonder adres; toegankelijk', async () => {
      const page = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, hulpverlener.naam);
      await page.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
      await page.locator(`[data-huishouden="${huishouden.id}"]`).click();
      const paneel = page.locator('section[aria-labelledby="partner-vrouwenopvang"]');
      await paneel.getByRole('heading', { name: 'Vrouwenopvang', exact: true }).waitFor();
      await paneel.locator('li', { hasText: plan.afspraken[0] }).waitFor();
      const tekst = await paneel.innerText();
      for (const regel of [...plan.signalen, ...plan.afspraken]) expect(tekst).toContain(regel);
      // her own organisation's stay, without where
      expect(tekst).toContain('opvang sinds');
      for (const adres of adressen) expect(await page.locator('article').innerText()).not.toContain(adres);
      expect(await toegankelijk(page)).toEqual([]);
      await page.context().close();
    });
  });
});

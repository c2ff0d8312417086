import { demoHuishouden } from '@netwerkdossier/shared';
import { Browser, Page } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));

/** A duo household of rvt-eva in which nobody consented yet: everything about the members is withheld. */
const zonderToestemming = wereld.find((h) => h.betrokkenheden.some((b) => b.professional === 'rvt-eva' && b.vorm === 'duo') && h.toestemmingen.length === 0)!;
const ouder = zonderToestemming.leden.find((l) => l.rol === 'ouder')!;
const anderLid = zonderToestemming.leden.find((l) => l !== ouder)!;

async function open(page: Page, doel: string, id: string): Promise<void> {
  await page.getByLabel('Doel van uw raadpleging').selectOption(doel);
  await page.locator(`[data-huishouden="${id}"]`).click();
  await page.getByRole('heading', { name: 'Gezinsleden' }).waitFor();
}

/** The member's own line in the list of members (without the lines of its toestemmingen). */
const lid = (page: Page, i: number) => page.locator('section[aria-labelledby="leden-kop"] > ul > li').nth(i);

/** Waits until the member's line does (or no longer does) match: the view reloads after a registration. */
async function totLid(page: Page, i: number, patroon: RegExp, zo = true): Promise<void> {
  try {
    await page.waitForFunction(
      ([n, bron, zo]) => new RegExp(bron as string).test((globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } }).document.querySelectorAll('section[aria-labelledby="leden-kop"] > ul > li')[n as number]?.textContent ?? '') === zo,
      [i, patroon.source, zo] as const,
    );
  } catch (fout) {
    // say what the page showed instead: the member's line, and the view's own messages
    const regel = await lid(page, i).textContent({ timeout: 1000 }).catch(() => '(geen regel)');
    const meldingen = await page.locator('article .utrecht-alert, article [role=alert]').allTextContents();
    throw new Error(`regel ${i} ${zo ? 'werd niet' : 'bleef'} ${patroon}: ${JSON.stringify(regel)}; meldingen: ${JSON.stringify(meldingen)}; ${String(fout)}`);
  }
}

/** Registering in the netwerkdossier: consent (and revoking it), a doorbraak, a betrokkenheid; and a partner that is down. */
describe('webapp: vastleggen in het netwerkdossier', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;
  let ledenVolgorde: string[];
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-vastleggen', AANTAL, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    browser = await startChromium();
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id } } }', { token: await netwerk.token('rvt-eva'), variables: { id: zonderToestemming.id } });
    ledenVolgorde = (api.body.data as { huishouden: { leden: Array<{ id: string }> } }).huishouden.leden.map((l) => l.id);
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('toestemming vastleggen met de leeftijdsregel erbij, het dossier toont meer; intrekken, en het is weer afgeschermd', async () => {
    expect(zonderToestemming).toBeDefined();
    const page = await aangemeldAls(browser, basis, 'Eva Mulder');
    await open(page, 'gezamenlijk-plan', zonderToestemming.id);
    const i = ledenVolgorde.indexOf(ouder.id);
    expect(await lid(page, i).innerText()).toMatch(/^Afgeschermd: Toestemming ontbreekt\./);
    expect(await lid(page, i).innerText()).not.toContain(ouder.achternaam);

    await page.getByRole('button', { name: 'Toestemming…', exact: true }).click();
    const formulier = page.getByRole('form', { name: 'Toestemming vastleggen' });
    await formulier.getByLabel('Om wie gaat het').selectOption(ouder.id);
    // the age is withheld, so every band of the rule is explained, and gezag is said to be withheld
    const uitleg = formulier.locator('#toestemming-uitleg');
    await expect(uitleg.innerText()).resolves.toContain('De leeftijd van deze persoon is voor u afgeschermd');
    expect(await uitleg.innerText()).toContain('Jonger dan 12 jaar: iedereen met gezag');
    expect(await uitleg.innerText()).toContain('Vanaf 16 jaar: de persoon zelf');
    expect(await uitleg.innerText()).toContain('Wie gezag heeft, is voor u afgeschermd');
    expect(await toegankelijk(page)).toEqual([]);

    await formulier.getByRole('group', { name: 'Wie gaf toestemming' }).getByLabel(`Gezinslid ${i + 1}`, { exact: true }).check();
    const gegevens = formulier.getByRole('group', { name: 'Welke gegevens' });
    // categories in words, never their keys
    for (const c of ['naam, adres en contact', 'gezinssamenstelling en gezag', 'toestemmingen en betrokkenheden']) await gegevens.getByLabel(c, { exact: true }).check();
    // the categories the policy never shares are not offered
    expect(await gegevens.getByLabel('wie meldde', { exact: true }).count()).toBe(0);
    await formulier.getByLabel(/^Bewijs/).fill('Toestemmingsformulier, getekend in het gesprek van vandaag');
    await formulier.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await formulier.getByText('Toestemming vastgelegd.').waitFor();

    // the view changed: the ouder's name, and the consent itself, now shown
    await totLid(page, i, /Intrekken/);
    expect(await lid(page, i).innerText()).toContain(`${ouder.voornaam} ${ouder.achternaam}`);
    expect(await lid(page, i).innerText()).toContain('Toestemming voor Veilig Thuis: naam, adres en contact, gezinssamenstelling en gezag, toestemmingen en betrokkenheden (Als duo samenwerken aan één gezinsplan)');
    // now the age may be seen: the rule for it alone
    await formulier.getByLabel('Om wie gaat het').selectOption(ouder.id);
    await expect(uitleg.innerText()).resolves.toMatch(/is \d+\+? ?(–\d+ )?jaar/);
    // while another member's gezag stays withheld (an empty list in the answer), it is not said to be "nobody"
    await formulier.getByLabel('Om wie gaat het').selectOption(anderLid.id);
    await expect(uitleg.innerText()).resolves.toContain('Wie gezag heeft, is voor u afgeschermd');

    // revoke, in two steps
    await lid(page, i).getByRole('button', { name: 'Intrekken' }).click();
    await lid(page, i).getByRole('group', { name: 'Intrekken bevestigen' }).getByRole('button', { name: 'Ja, intrekken' }).click();
    await totLid(page, i, /^Afgeschermd/);
    expect(await lid(page, i).innerText()).not.toContain(ouder.achternaam);
    // and so says the gateway itself
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id personalia { achternaam } } } }', { token: await netwerk.token('rvt-eva'), variables: { id: zonderToestemming.id } });
    const leden = (api.body.data as { huishouden: { leden: Array<{ id: string; personalia: unknown }> } }).huishouden.leden;
    const zelf = leden.find((l) => l.id === ouder.id);
    expect(zelf).toBeDefined();
    expect(zelf?.personalia ?? null).toBeNull();
    await page.context().close();
  });

  test('een toestemming die de regiehouder vastlegde: de duopartner ziet haar, zonder Intrekken, dat het netwerk haar toch zou weigeren', async () => {
    const regiehouder = zonderToestemming.betrokkenheden.find((b) => b.regiehouder)!;
    const registratie = await netwerk.vraag('mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }', {
      token: await netwerk.token(regiehouder.professional),
      variables: { i: { persoon: ouder.id, gegevenDoor: [ouder.id], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['identificatie', 'gezinssituatie', 'grondslag'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier bij de regiehouder', geldigVanaf: '2026-01-01' } },
    });
    expect(registratie.body.errors).toBeUndefined();
    const { id } = (registratie.body.data as { registreerToestemming: { id: string } }).registreerToestemming;
    // so the network says to her (the consent she registered herself above read true: it showed Intrekken)
    const api = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { toestemmingen { id magIntrekken } } } }', { token: await netwerk.token('rvt-eva'), doel: 'gezamenlijk-plan', variables: { id: zonderToestemming.id } });
    const toestemmingen = (api.body.data as { huishouden: { leden: Array<{ toestemmingen: Array<{ id: string; magIntrekken: boolean }> | null }> } }).huishouden.leden.flatMap((l) => l.toestemmingen ?? []);
    expect(toestemmingen.find((t) => t.id === id)).toEqual({ id, magIntrekken: false });

    const page = await aangemeldAls(browser, basis, 'Eva Mulder');
    await open(page, 'gezamenlijk-plan', zonderToestemming.id);
    const i = ledenVolgorde.indexOf(ouder.id);
    // her name shows on the regiehouder's consent; the one she registered herself (above) was revoked
    await totLid(page, i, new RegExp(ouder.achternaam));
    const geldig = lid(page, i).getByRole('listitem').filter({ hasText: 'Toestemming voor Veilig Thuis' }).filter({ hasNotText: 'Ingetrokken op' });
    expect(await geldig.count()).toBe(1);
    expect(await lid(page, i).getByRole('button', { name: 'Intrekken' }).count()).toBe(0);
    expect(await toegankelijk(page)).toEqual([]);
    await page.context().close();
  });

  test('een doorbraak: de waarschuwing, de reden, de tijd; daarna zichtbaar wat hij opent, en in de wachtrij van de privacyfunctionaris', async () => {
    const page = await aangemeldAls(browser, basis, 'Eva Mulder');
    await open(page, 'gezamenlijk-plan', zonderToestemming.id);
    const i = ledenVolgorde.indexOf(anderLid.id);
    expect(await lid(page, i).innerText()).toMatch(/^Afgeschermd/);
    await page.getByRole('button', { name: 'Doorbraak…', exact: true }).click();
    const formulier = page.getByRole('form', { name: 'Doorbraak' });
    expect(await formulier.getByRole('alert').or(formulier.locator('.utrecht-alert')).first().innerText()).toMatch(/vastgelegd in het toegangslog, meteen gemeld aan de privacyfunctionaris\s+en achteraf getoetst/);
    const doorbreek = formulier.getByRole('button', { name: 'Doorbraak vastleggen' });
    expect(await doorbreek.isDisabled()).toBe(true);
    await formulier.getByRole('group', { name: 'Van wie' }).getByLabel(`Gezinslid ${i + 1}`, { exact: true }).check();
    await formulier.getByRole('group', { name: 'Welke gegevens' }).getByLabel('naam, adres en contact', { exact: true }).check();
    const reden = formulier.getByLabel(/^Reden/);
    await reden.fill('Acute zorg');
    await formulier.getByText(/Nog minstens \d+ tekens/).waitFor();
    await reden.fill('Acute zorg om de veiligheid van het kind na een nieuwe melding; de ouders zijn vannacht niet bereikbaar voor toestemming.');
    await formulier.getByText('Lang genoeg.').waitFor();
    await formulier.getByLabel(/^Hoe lang/).fill('8');
    await formulier.getByLabel(/^Ik begrijp/).check();
    expect(await toegankelijk(page)).toEqual([]);
    await doorbreek.click();
    // the form closes; a banner says the doorbraak runs, and until when
    await formulier.waitFor({ state: 'detached' });
    await page.getByText(/^Doorbraak loopt tot /).waitFor();
    await totLid(page, i, /^Afgeschermd/, false);
    expect(await lid(page, i).innerText()).toContain(`${anderLid.voornaam} ${anderLid.achternaam}`);

    // what she then saw on it is for the privacy officer to review, with her reason
    const wachtrij = await netwerk.vraag('{ beoordelingen { wie soort reden } }', { token: await netwerk.token('fg-ingrid'), doel: 'toezicht' });
    const items = (wachtrij.body.data as { beoordelingen: Array<{ wie: string; soort: string; reden: string }> }).beoordelingen;
    expect(items).toContainEqual(expect.objectContaining({ wie: 'rvt-eva', soort: 'doorbraak', reden: expect.stringContaining('Acute zorg om de veiligheid') }));
    await page.context().close();
  });

  test('een betrokkenheid vastleggen: het lokaal team zet een duo op voor een partner; wat niet mag, zegt het netwerk in woorden', async () => {
    const huishouden = wereld.find((h) => h.betrokkenheden.some((b) => b.professional === 'lt-fatima' && b.vorm === 'duo') && !h.betrokkenheden.some((b) => b.professional === 'rvt-pieter'))!;
    expect(huishouden).toBeDefined();
    const page = await aangemeldAls(browser, basis, 'Fatima Kaya');
    await open(page, 'gezamenlijk-plan', huishouden.id);
    await page.getByRole('button', { name: 'Betrokkenheid…', exact: true }).click();
    const formulier = page.getByRole('form', { name: 'Betrokkenheid vastleggen' });
    // a maatregel is the GI's own: refused, and said why
    await formulier.getByLabel('Vorm').selectOption('maatregel');
    await formulier.getByLabel(/^Kenmerk van de uitspraak/).fill('C/16/123456');
    await formulier.getByRole('button', { name: 'Betrokkenheid vastleggen' }).click();
    await formulier.getByText(/wordt geregistreerd door gi, niet door lokaal-team/).waitFor();

    await formulier.getByLabel('Vorm').selectOption('duo');
    await formulier.getByLabel('Organisatie van de betrokken professional').selectOption('raad');
    await formulier.getByLabel('Team', { exact: true }).fill('RVT Midden');
    await formulier.getByLabel('Professional', { exact: true }).fill('rvt-pieter');
    expect(await toegankelijk(page)).toEqual([]);
    await formulier.getByRole('button', { name: 'Betrokkenheid vastleggen' }).click();
    await formulier.getByText('Betrokkenheid vastgelegd.').waitFor();
    await page.context().close();
    // the new duo partner now finds this household in his own list
    const pieter = await aangemeldAls(browser, basis, 'Pieter Dekker');
    await pieter.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await pieter.locator(`[data-huishouden="${huishouden.id}"]`).waitFor();
    const api = await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token: await netwerk.token('rvt-pieter'), doel: 'gezamenlijk-plan' });
    expect((api.body.data as { huishoudens: Array<{ id: string }> }).huishoudens.map((h) => h.id)).toEqual([huishouden.id]);
    await pieter.context().close();
  });

  test('een partner die niet bereikbaar is: zijn paneel zegt het, de rest van het netwerkdossier staat er; terug, en het is er weer', async () => {
    const maatregel = wereld.find((h) => h.betrokkenheden.some((b) => b.professional === 'gi-sanne' && b.vorm === 'maatregel'))!;
    const page = await aangemeldAls(browser, basis, 'Sanne Peters');
    await netwerk.zetStoring('gi', 'verbroken');
    try {
      await open(page, 'uitvoering-maatregel', maatregel.id);
      await page.getByText('Niet bereikbaar: GI. Dit netwerkdossier is daardoor onvolledig.').waitFor();
      const paneel = page.locator('section[aria-labelledby="partner-gi"]');
      await paneel.getByText('GI is nu niet bereikbaar.', { exact: false }).waitFor();
      // the other partners' parts are there: the members' names on the court's decision, the lokaal team's panel
      const tekst = await page.locator('section[aria-labelledby="leden-kop"]').innerText();
      expect(maatregel.leden.some((l) => tekst.includes(`${l.voornaam} ${l.achternaam}`))).toBe(true);
      expect(await page.locator('section[aria-labelledby="partner-lokaal-team"]').innerText()).not.toContain('niet bereikbaar');
      expect(await toegankelijk(page)).toEqual([]);
    } finally {
      await netwerk.zetStoring('gi', null);
    }
    await page.getByRole('button', { name: '← Terug naar uw huishoudens' }).click();
    await page.locator(`[data-huishouden="${maatregel.id}"]`).click();
    const paneel = page.locator('section[aria-labelledby="partner-gi"]');
    await paneel.getByText('Maatregelen').waitFor();
    expect(await paneel.innerText()).not.toContain('niet bereikbaar');
    expect(await page.getByText(/^Niet bereikbaar:/).count()).toBe(0);
    await page.context().close();
  });
});

import { demoHuishouden } from '@netwerkdossier/shared';
import { gezinPersonas } from '@netwerkdossier/tools';
import { Browser, Page } from 'playwright-core';
import { Client } from 'pg';

import { aangemeldAls, SCHERMEN, startChromium, teBreed, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const personas = gezinPersonas(TEST_SEED, AANTAL);
const [ouderA, ouderB, kind, jongere] = personas;
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.leden.some((l) => l.id === kind.sub))!;
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;
const ORGANISATIE = duo.organisatie.replace(/-/g, '_');
const kindLid = huishouden.leden.find((l) => l.id === kind.sub)!;
/** How the parents read the child of 13: by name and the age reached this year. */
const KIND_NAAM = `${kindLid.voornaam} (${new Date().getUTCFullYear() - kindLid.geboortejaar})`;


/** The household's own consent, in their own views: asked, answered by everyone the age rules ask, opened, closed. */
describe('het gezin geeft zelf toestemming', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let db: Client;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('web-gezin-regie', AANTAL, [], { web: true });
    browser = await startChromium();
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await netwerk?.stop();
  });

  /** Whether the duo partner now sees this member's health notes (lokaal team): only on complete consent. */
  const duoZiet = async (persoon: string) => {
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id gezondheid { notitie } } } }', { token: await netwerk.token(duo.professional), variables: { id: huishouden.id } });
    const afgeschermd = (antwoord.body.extensions?.afgeschermd ?? []) as Array<{ persoon: string | null; categorie: string; partner: string }>;
    return !afgeschermd.some((a) => a.persoon === persoon && a.categorie === 'gezondheid' && a.partner === 'lokaal-team');
  };
  const duoZietKind = () => duoZiet(kind.sub);
  const log = async (acties: string[]) => (await db.query<{ actie: string; sub: string }>('SELECT actie, sub FROM toegangslog WHERE actie = ANY($1) AND $2 = ANY(personen) ORDER BY volgnummer', [acties, kind.sub])).rows;

  async function als(persona: string, scherm: (typeof SCHERMEN)[number]): Promise<Page> {
    const page = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, persona);
    await page.setViewportSize({ width: scherm.width, height: scherm.height });
    await page.getByRole('heading', { name: 'Toestemming geven en vragen', level: 2 }).waitFor();
    return page;
  }
  const vraagKaart = (page: Page) => page.locator('section[aria-labelledby="vragen-kop"] article').filter({ hasText: 'Gezondheid' }).first();

  test.each(SCHERMEN)('een ouder vraagt toestemming voor haar kind van 13; die wacht tot de andere ouder en het kind ja zeiden, gaat dan open, en sluit bij één intrekking (%s)', async (scherm) => {
    expect(await duoZietKind()).toBe(false);
    const a = await als('Ouder A', scherm);
    const formulier = a.getByRole('form', { name: 'Nieuwe toestemming geven' });
    // her own child by name and age, never as "Kind 1 (12–15 jaar)"
    await a.getByText(new RegExp(`^Uw (kind|kinderen): .*${KIND_NAAM.replace(/[()]/g, '\\$&')}`)).waitFor();
    expect(await formulier.getByLabel('Voor wie').locator(`option[value="${kind.sub}"]`).textContent()).toBe(KIND_NAAM);
    await formulier.getByLabel('Voor wie').selectOption(kind.sub);
    await formulier.getByLabel('Wie mag het zien').selectOption(ORGANISATIE);
    await formulier.getByRole('checkbox', { name: /^Gezondheid\. Bijvoorbeeld: / }).check();
    expect(await toegankelijk(a)).toEqual([]);
    await formulier.getByRole('button', { name: 'Toestemming geven' }).click();
    await a.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/^Uw toestemming is vastgelegd\..*Wacht op antwoord\. Er wordt nog niets gedeeld\. Nog niet geantwoord: /).waitFor();
    const kaartA = vraagKaart(a);
    await kaartA.getByText('U: ja').waitFor();
    await kaartA.getByRole('heading', { name: new RegExp(`^Voor ${KIND_NAAM.replace(/[()]/g, '\\$&')}: `) }).waitFor();
    await kaartA.getByText(`${KIND_NAAM}: nog niet geantwoord`).waitFor();
    expect(await kaartA.getByText(/: nog niet geantwoord$/).count()).toBe(2);
    expect(await teBreed(a)).toEqual([]);
    expect(await toegankelijk(a)).toEqual([]);
    expect(await duoZietKind()).toBe(false);

    // the other parent: asked in their own view, sees who still has to answer, says yes: still nothing opens
    const b = await als('Ouder B', scherm);
    const kaartB = vraagKaart(b);
    await kaartB.getByText(/: nog niet geantwoord$/).first().waitFor();
    expect(await kaartB.getByText(/: ja$/).count()).toBe(1);
    await kaartB.getByRole('button', { name: 'Ja, ik geef toestemming' }).click();
    await b.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/^U gaf toestemming aan .*Wacht op antwoord\./).waitFor();
    expect(await teBreed(b)).toEqual([]);
    expect(await toegankelijk(b)).toEqual([]);
    expect(await duoZietKind()).toBe(false);

    // the child: the last yes opens it
    const k = await als('Kind van 13', scherm);
    const kaartK = vraagKaart(k);
    await kaartK.getByRole('button', { name: 'Nee, ik geef geen toestemming' }).waitFor();
    await kaartK.getByRole('button', { name: 'Ja, ik geef toestemming' }).click();
    await k.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/Iedereen heeft ja gezegd\. Vanaf nu wordt dit gedeeld\./).waitFor();
    expect(await teBreed(k)).toEqual([]);
    expect(await toegankelijk(k)).toEqual([]);
    expect(await duoZietKind()).toBe(true);

    // one revocation (the other parent's) closes it for all
    await b.reload();
    await vraagKaart(b).getByRole('button', { name: /^Intrekken: / }).click();
    await vraagKaart(b).getByRole('button', { name: 'Ja, intrekken' }).click();
    await b.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/is ingetrokken\. Vanaf nu wordt er niets meer op gedeeld\.$/).waitFor();
    expect(await duoZietKind()).toBe(false);
    await a.reload();
    await vraagKaart(a).getByText(/^Ingetrokken\./).waitFor();
    expect(await vraagKaart(a).getByRole('button', { name: /^Intrekken: / }).count()).toBe(0);
    expect(await toegankelijk(a)).toEqual([]);

    // every step in the toegangslog, by whom
    const stappen = (await log(['registratie/toestemmingsvraag', 'registratie/toestemming', 'registratie/intrekking'])).slice(-4);
    expect(stappen).toEqual([
      { actie: 'registratie/toestemmingsvraag', sub: ouderA.sub }, { actie: 'registratie/toestemming', sub: ouderB.sub },
      { actie: 'registratie/toestemming', sub: kind.sub }, { actie: 'registratie/intrekking', sub: ouderB.sub },
    ]);
    for (const p of [a, b, k]) await p.context().close();
  });

  test('nee zeggen is even makkelijk: één nee sluit de vraag, en wat al gegeven was wordt ingetrokken', async () => {
    const a = await als('Ouder A', SCHERMEN[0]);
    const formulier = a.getByRole('form', { name: 'Nieuwe toestemming geven' });
    await formulier.getByLabel('Voor wie').selectOption(kind.sub);
    await formulier.getByLabel('Wie mag het zien').selectOption(ORGANISATIE);
    await formulier.getByRole('checkbox', { name: /^Gezondheid\. / }).check();
    await formulier.getByRole('button', { name: 'Toestemming geven' }).click();
    await a.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/^Uw toestemming is vastgelegd\./).waitFor();
    const k = await als('Kind van 13', SCHERMEN[0]);
    await vraagKaart(k).getByRole('button', { name: 'Nee, ik geef geen toestemming' }).click();
    await k.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/^U gaf geen toestemming aan .*Er wordt niets gedeeld\.$/).waitFor();
    const { rows } = await db.query<{ open: number }>("SELECT count(*)::int AS open FROM toestemming WHERE persoon_id = $1 AND vraag_id IS NOT NULL AND ingetrokken_op IS NULL", [kind.sub]);
    expect(rows[0].open).toBe(0);
    expect((await log(['registratie/weigering'])).map((r) => r.sub)).toEqual([kind.sub]);
    expect(await duoZietKind()).toBe(false);
    for (const p of [a, k]) await p.context().close();
  });

  test.each(SCHERMEN)('een jongere van 17 beslist alleen; de ouder ziet die beslissing niet en kan haar niet nemen (%s)', async (scherm) => {
    expect(huishouden.gezag.some((g) => g.kind === jongere.sub)).toBe(true);
    const alsOuder = async (query: string) => (await netwerk.vraag(query, { token: await netwerk.clientToken(ouderA.sub), doel: 'inzage' })).body.data as Record<string, Array<Record<string, unknown>>>;
    const ouderVoor = await alsOuder('{ mijnToestemmingsvragen { id } mijnToestemmingen { voorWie } }');
    const j = await als('Jongere van 17', scherm);
    const formulier = j.getByRole('form', { name: 'Nieuwe toestemming geven' });
    await formulier.getByLabel('Voor wie').waitFor();
    expect(await formulier.getByLabel('Voor wie').locator('option').allTextContents()).toEqual(['uzelf']);
    await formulier.getByLabel('Wie mag het zien').selectOption(ORGANISATIE);
    await formulier.getByRole('checkbox', { name: /^Gezondheid\. / }).check();
    await formulier.getByRole('button', { name: 'Toestemming geven' }).click();
    await j.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/Iedereen heeft ja gezegd\. Vanaf nu wordt dit gedeeld\./).waitFor();
    await vraagKaart(j).getByText('U: ja').waitFor();
    expect(await vraagKaart(j).getByRole('listitem').allTextContents()).toEqual(['U: ja']);
    expect(await teBreed(j)).toEqual([]);
    expect(await toegankelijk(j)).toEqual([]);
    expect(await duoZiet(jongere.sub)).toBe(true);
    // the parent: not asked, does not see it, cannot give or undo it for the youth
    const ouderNa = await alsOuder('{ mijnToestemmingsvragen { id } mijnToestemmingen { voorWie } toestemmingskeuzes { voorWie { waarde } } }');
    expect(ouderNa.mijnToestemmingsvragen).toEqual(ouderVoor.mijnToestemmingsvragen);
    expect(ouderNa.mijnToestemmingen.map((t) => t.voorWie)).not.toContainEqual(expect.stringMatching(/16–17 jaar/));
    expect((ouderNa.toestemmingskeuzes as unknown as { voorWie: Array<{ waarde: string }> }).voorWie.map((k) => k.waarde)).not.toContain(jongere.sub);
    const poging = await netwerk.vraag('mutation ($i: ToestemmingsvraagInvoer!) { vraagToestemming(invoer: $i) { id } }', { token: await netwerk.clientToken(ouderA.sub), doel: 'inzage', variables: { i: { persoon: jongere.sub, ontvangerOrganisatie: ORGANISATIE, categorieen: ['gezondheid'] } } });
    expect(poging.body.errors?.[0]).toMatchObject({ message: 'Toestemming niet gevraagd: deze vraag of persoon is niet bekend, of u beslist hier niet over', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
    await j.context().close();
  });

  const UITGENODIGD = [{ scherm: SCHERMEN[0], sub: 'rvt-eva', naam: 'Eva Mulder' }, { scherm: SCHERMEN[1], sub: 'rvt-pieter', naam: 'Pieter Dekker' }] as const;
  test.each(UITGENODIGD)('een ouder nodigt $naam uit; aannemen registreert de betrokkenheid, en opent; intrekken sluit bij het volgende verzoek', async ({ scherm, sub, naam }) => {
    /** Whether this professional sees Ouder A's health notes: the household at all, and that not withheld. */
    const ziet = async () => {
      const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id gezondheid { notitie } } } }', { token: await netwerk.token(sub), variables: { id: huishouden.id } });
      const afgeschermd = (antwoord.body.extensions?.afgeschermd ?? []) as Array<{ persoon: string | null; categorie: string }>;
      return !!(antwoord.body.data as { huishouden: unknown } | undefined)?.huishouden && !afgeschermd.some((a) => a.persoon === ouderA.sub && a.categorie === 'gezondheid');
    };
    expect(await ziet()).toBe(false);
    const a = await als('Ouder A', scherm);
    const formulier = a.getByRole('form', { name: 'Een professional uitnodigen' });
    await formulier.getByLabel('Wie nodigt u uit').selectOption({ label: (await formulier.getByLabel('Wie nodigt u uit').locator('option').filter({ hasText: naam }).textContent())! });
    await formulier.getByRole('checkbox', { name: /^Gezondheid\. / }).check();
    expect(await toegankelijk(a)).toEqual([]);
    await formulier.getByRole('button', { name: 'Uitnodigen' }).click();
    await a.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/^Uw uitnodiging is verstuurd\..*Zodra .* de uitnodiging aanneemt, wordt dit gedeeld\./).waitFor();
    const kaart = a.locator('section[aria-labelledby="vragen-kop"] article').filter({ hasText: naam }).first();
    await kaart.getByText(/^Uitgenodigd\./).waitFor();
    expect(await teBreed(a)).toEqual([]);
    expect(await ziet()).toBe(false);

    const p = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, naam);
    await p.setViewportSize({ width: scherm.width, height: scherm.height });
    const uitnodigingen = p.locator('section[aria-labelledby="uitnodigingen-kop"]');
    await uitnodigingen.getByRole('button', { name: `Uitnodiging van huishouden ${huishouden.id} aannemen` }).click();
    await uitnodigingen.getByRole('status').getByText(/^Uitnodiging aangenomen: /).waitFor().catch(async (e: Error) => { throw new Error(`${e.message}\n${await p.locator('main').innerText()}`); });
    expect(await toegankelijk(p)).toEqual([]);
    expect(await ziet()).toBe(true);

    await a.reload();
    await kaart.getByText(/heeft uw uitnodiging aangenomen/).waitFor();
    await kaart.getByRole('button', { name: /^Intrekken: / }).click();
    await kaart.getByRole('button', { name: 'Ja, intrekken' }).click();
    await a.locator('section[aria-labelledby="vragen-kop"]').getByRole('status').getByText(/is ingetrokken\. Vanaf nu wordt er niets meer op gedeeld\.$/).waitFor();
    expect(await ziet()).toBe(false);
    const stappen = (await db.query<{ actie: string; sub: string }>("SELECT actie, sub FROM toegangslog WHERE actie LIKE 'registratie/%' AND $1 = ANY(huishoudens) AND (sub = $2 OR sub = $3) ORDER BY volgnummer", [huishouden.id, ouderA.sub, sub])).rows.slice(-3);
    expect(stappen).toEqual([{ actie: 'registratie/uitnodiging', sub: ouderA.sub }, { actie: 'registratie/betrokkenheid', sub }, { actie: 'registratie/intrekking', sub: ouderA.sub }]);
    for (const x of [a, p]) await x.context().close();
  });

  /** The shelter works with the household as a duo, registered by the regiehouder (once for both screens). */
  let opvangBetrokken = false;
  async function opvangWerktMee(): Promise<void> {
    if (opvangBetrokken) return;
    const lokaal = huishouden.betrokkenheden.find((b) => b.organisatie === 'lokaal-team' && b.regiehouder)!;
    const antwoord = await netwerk.vraag('mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { id } }', {
      token: await netwerk.token(lokaal.professional),
      variables: { i: { huishouden: huishouden.id, organisatie: 'vrouwenopvang', team: 'Vrouwenopvang Midden', professional: 'vo-lotte', vorm: 'duo', regiehouder: false, vanaf: '2026-01-01' } },
    });
    expect(antwoord.body.errors).toBeUndefined();
    opvangBetrokken = true;
  }

  test.each(SCHERMEN)('de vrouwenopvang markeert een ouder als beschermd; de andere ouder ziet dan niets van de opvang en niets uit het plan; wie markeerde heft het op (%s)', async (scherm) => {
    await opvangWerktMee();
    // Ouder B as the shelter's professional reads her: by name where she may, else without
    const leden = (await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id rol aanduiding personalia { voornaam achternaam } } } }', { token: await netwerk.token('vo-lotte'), variables: { id: huishouden.id } })).body.data as { huishouden: { leden: Array<{ id: string; rol: string | null; aanduiding: string | null; personalia: { voornaam: string; achternaam: string } | null }> } };
    const i = leden.huishouden.leden.findIndex((l) => l.id === ouderB.sub);
    const b = leden.huishouden.leden[i];
    // as the netwerkdossier names a member: by name, else without a name, else by number
    const label = b.personalia ? `${b.personalia.voornaam} ${b.personalia.achternaam}${b.rol ? ` (${b.rol})` : ''}` : b.aanduiding ?? `Gezinslid ${i + 1}`;
    const planVanA = async () => {
      const a = await als('Ouder A', scherm);
      await a.getByText('Laden…').first().waitFor({ state: 'detached' });
      return a;
    };
    const REDEN = 'Dit deel van het dossier is niet voor gezinsleden in te zien; vraag ernaar bij uw regiehouder.';
    let a = await planVanA();
    expect(await a.locator('section[aria-labelledby="deling-kop"]').innerText()).toMatch(/vrouwenopvang/i);
    await a.getByRole('form', { name: 'Nieuwe toestemming geven' }).getByLabel('Wie mag het zien').locator('option', { hasText: 'Lotte Vermeulen' }).waitFor({ state: 'attached' });
    expect(await a.locator('article[aria-labelledby="plan-doelen"]').innerText()).not.toContain(REDEN);
    await a.context().close();

    const p = await aangemeldAls(browser, new URL('/', netwerk.gatewayUrl).href, 'Lotte Vermeulen');
    await p.setViewportSize({ width: scherm.width, height: scherm.height });
    await p.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await p.locator(`[data-huishouden="${huishouden.id}"]`).click();
    await p.getByRole('button', { name: 'Beschermd gezinslid…' }).click();
    const scherm_ = p.locator('section[aria-labelledby="bescherming-kop"]');
    await scherm_.getByRole('button', { name: `Markeer ${label} als beschermd` }).click();
    await scherm_.getByRole('status').getByText(/is nu beschermd\. De andere gezinsleden zien vanaf nu niets meer dat vertelt waar zij of hij verblijft\.$/).waitFor();
    await scherm_.getByText(new RegExp(`: beschermd sinds `)).waitFor();
    expect(await teBreed(p)).toEqual([]);
    expect(await toegankelijk(p)).toEqual([]);

    a = await planVanA();
    // (the consent form still lists every organisation there is: that the vrouwenopvang exists tells nothing)
    for (const deel of ['section[aria-labelledby="deling-kop"]', 'section[aria-labelledby="inzage-kop"]', 'section[aria-labelledby="vragen-kop"] article', 'section[aria-labelledby="toestemmingen-kop"]']) {
      expect((await a.locator(deel).allInnerTexts()).join('\n')).not.toMatch(/vrouwenopvang|Lotte Vermeulen/i);
    }
    expect(await a.getByRole('form', { name: 'Nieuwe toestemming geven' }).getByLabel('Wie mag het zien').locator('option').allTextContents()).not.toContainEqual(expect.stringContaining('Lotte Vermeulen'));
    for (const deel of ['plan-doelen', 'plan-top3']) expect(await a.locator(`article[aria-labelledby="${deel}"]`).innerText()).toContain(REDEN);
    expect(await teBreed(a)).toEqual([]);
    expect(await toegankelijk(a)).toEqual([]);
    await a.context().close();

    await scherm_.getByRole('button', { name: `Bescherming van ${label} opheffen` }).click();
    await scherm_.getByRole('status').getByText(/is opgeheven\.$/).waitFor();
    a = await planVanA();
    expect(await a.locator('article[aria-labelledby="plan-doelen"]').innerText()).not.toContain(REDEN);
    for (const x of [a, p]) await x.context().close();
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { BEKENDE_OPERATIES_BESTAND, WEB_MAP } from '@netwerkdossier/gateway';
import { databaseNaam, DEMO_PEILJAAR, demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, MET_DATABASE, metDatabase, PARTNER_NAMEN, PROFESSIONALS, STANDAARD_POLICIES, tekenGrant, verwijderRollen } from '@netwerkdossier/shared';
import { aanmeldPad, DraaiendeTopologie, startTopologie, tokenVoorProfessional } from '@netwerkdossier/tools';
import { Client } from 'pg';
import { Browser, BrowserContext } from 'playwright-core';

import { startChromium } from '../harness/browser';
import { GraphQLAntwoord, testServer, TEST_SEED, vraag } from '../harness/netwerk';
import { stuurTerugNaar } from '../harness/openid-provider';

const AANTAL = 40;
const VOORVOEGSEL = `t_topologie_${process.pid}_`;
const TERUG = `${aanmeldPad('veilig-thuis')}/terug`;
/** The partner that runs twice (startTopologie's default). */
const PARTNER = PARTNER_NAMEN[0];
// a duo household with an RVT partner from Veilig Thuis and a child under 17 (as test/registratie/toestemming)
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find(
  (h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis') && h.leden.some((l) => l.rol === 'kind' && DEMO_PEILJAAR - l.geboortejaar < 17),
)!;
const rvt = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis')!.professional;
/** The web app's operations as its build registered them (npm run build): the only ones the production gateways run. */
const BEKEND = Object.values(JSON.parse(readFileSync(path.join(WEB_MAP, BEKENDE_OPERATIES_BESTAND), 'utf8')) as Record<string, string>);
const bekend = (naam: string) => BEKEND.find((d) => d.startsWith(`query ${naam}`) || d.startsWith(`mutation ${naam}`))!;
const [EIGEN_HUISHOUDENS, NETWERKDOSSIER, REGISTREER_TOESTEMMING, TREK_TOESTEMMING_IN] = ['EigenHuishoudens ', 'Netwerkdossier(', 'RegistreerToestemming(', 'TrekToestemmingIn('].map(bekend);
const JUSTITIEEL = 'justitieel:        { consultatie: nooit,                              duo: toestemming';

/**
 * docker-compose.yml's production topology, run here (npm run topologie): nginx with deploy/nginx.conf in front
 * of two gateway replicas, two replicas of a partner, each service its own process on its own database as
 * its own role. Whatever one replica did, the other knows: the web session and the sign-in in progress (the
 * gateway's database), a revoked consent (netwerk's), a used grant (the partner's).
 */
describe('productietopologie: nginx voor twee gateway-replica\'s, een partner tweemaal, elk met eigen database en rol', () => {
  let topologie: DraaiendeTopologie;
  let browser: Browser;
  let policies: string;
  let map: string;
  const token = (sub: string) => tokenVoorProfessional(sub, { uitgeverBase: topologie.uitgeverBase, sleutels: topologie.sleutels });
  const viaNginx = async (query: string, opties: { token?: string; variables?: Record<string, unknown>; doel?: string } = {}) => vraag(`${topologie.url}/graphql`, query, opties);
  /** GraphQL requests each gateway replica has answered so far (its own /metrics). */
  const beantwoord = () =>
    Promise.all(
      topologie.gateways.map(async (g) => {
        const tekst = await (await fetch(new URL('/metrics', g.url))).text();
        return tekst.split('\n').filter((r) => r.startsWith('netwerkdossier_graphql_verzoek_seconden_count')).reduce((n, r) => n + Number(r.split(' ').pop()), 0);
      }),
    );
  /** Which replica answered `verzoek` (exactly one must have). */
  const doorWelke = async <T,>(verzoek: () => Promise<T>): Promise<{ replica: number; antwoord: T }> => {
    const voor = await beantwoord();
    const antwoord = await verzoek();
    const na = await beantwoord();
    const replicas = na.map((n, i) => n - voor[i]).flatMap((d, i) => (d > 0 ? [i] : []));
    expect(replicas).toHaveLength(1);
    return { replica: replicas[0], antwoord };
  };

  beforeAll(async () => {
    process.env.NETWERK_BSN_SLEUTEL ??= 'test-sleutel-'.padEnd(48, 'x');
    map = mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-topologie-test-'));
    policies = path.join(map, 'policies');
    cpSync(STANDAARD_POLICIES, policies, { recursive: true });
    topologie = await startTopologie({ adminUrl: testServer(), voorvoegsel: VOORVOEGSEL, demo: { seed: TEST_SEED, aantal: AANTAL }, map, policiesMap: policies });
    browser = await startChromium();
    // some 20 processes start: on a busy machine that takes longer than one test may
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await topologie?.stop();
    const admin = new Client({ connectionString: testServer() });
    await admin.connect();
    for (const naam of MET_DATABASE) await admin.query(`DROP DATABASE IF EXISTS "${VOORVOEGSEL}${databaseNaam(naam)}" WITH (FORCE)`);
    await admin.end();
    for (const naam of MET_DATABASE) await verwijderRollen(testServer(), `${VOORVOEGSEL}${databaseNaam(naam)}`);
  }, 120_000);

  test('elke dienst verbindt als de eigen rol van de eigen database, die niets bezit; de gateway ook (voor zijn sessies)', async () => {
    const admin = new Client({ connectionString: testServer() });
    await admin.connect();
    try {
      for (const naam of MET_DATABASE) {
        const database = `${VOORVOEGSEL}${databaseNaam(naam)}`;
        // whoever is connected to it now (pools close idle connections, so perhaps nobody) is its service role
        const { rows } = await admin.query<{ usename: string }>('SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND usename IS NOT NULL', [database]);
        expect({ naam, anderen: rows.map((r) => r.usename).filter((r) => r !== `${database}_dienst`) }).toEqual({ naam, anderen: [] });
        const db = new Client({ connectionString: metDatabase(testServer(), database) });
        await db.connect();
        const eigenaars = await db.query<{ eigenaar: string }>("SELECT DISTINCT tableowner AS eigenaar FROM pg_tables WHERE schemaname = 'public'");
        await db.end();
        expect({ naam, eigenaars: eigenaars.rows.map((r) => r.eigenaar) }).toEqual({ naam, eigenaars: [`${database}_eigenaar`] });
      }
    } finally {
      await admin.end();
    }
  });

  test('de gateways draaien alleen de bekende operaties van de webapp: een eigen document wordt via nginx bij beide replica\'s geweigerd', async () => {
    const eva = await token(rvt);
    for (const g of topologie.gateways) {
      const eigen = await vraag(g.url, '{ huishoudens(limiet: 50) { id } }', { token: eva, doel: 'gezamenlijk-plan' });
      expect(eigen).toEqual({ status: 400, body: { errors: [{ message: 'Deze gateway voert alleen de bekende operaties van de webapp uit; deze operatie is onbekend', extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }] } });
    }
    const viaProxy = await viaNginx('{ __typename }', { token: eva, doel: 'gezamenlijk-plan' });
    expect(viaProxy.status).toBe(400);
    expect((await viaNginx(EIGEN_HUISHOUDENS, { token: eva, doel: 'gezamenlijk-plan' })).body.errors).toBeUndefined();
  });

  test('aanmelden via OIDC begonnen bij de ene replica, afgerond bij de andere; de sessie geldt bij beide; de huishoudens via nginx', async () => {
    const [a, b] = topologie.gateways.map((g) => new URL('/', g.url).href.slice(0, -1));
    const context = await browser.newContext();
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    // the provider sends the browser back to nginx: that callback goes to replica b instead
    await stuurTerugNaar(context, TERUG, (naar) => `${b}${naar.pathname}${naar.search}`);
    const page = await context.newPage();
    const terugBijB: Array<{ status: number; naar?: string }> = [];
    page.on('response', (r) => void (r.url().startsWith(`${b}${TERUG}`) && terugBijB.push({ status: r.status(), naar: r.headers().location })));
    // begun at replica a
    await page.goto(`${a}${aanmeldPad('veilig-thuis')}`);
    await page.locator('input[name=login]').fill(rvt);
    await page.locator('input[name=password]').fill('willekeurig');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText(`Aangemeld als ${PROFESSIONALS.find((p) => p.sub === rvt)?.naam ?? rvt}`).waitFor();
    // completed at replica b, which found the sign-in a began (otherwise: /?aanmeldfout=verlopen)
    expect(terugBijB).toEqual([{ status: 303, naar: '/' }]);
    await page.goto(`${topologie.url}/`);
    await page.getByText(`Aangemeld als ${PROFESSIONALS.find((p) => p.sub === rvt)?.naam ?? rvt}`).waitFor();

    // the session's cookie opens the same identity at either replica (cookies do not distinguish ports)
    for (const replica of [a, b]) {
      const wie = await context.request.get(`${replica}/aanmelden/wie`);
      expect({ replica, status: wie.status(), sub: ((await wie.json()) as { sub?: string }).sub }).toEqual({ replica, status: 200, sub: rvt });
    }

    // the gateway's database holds the session, but neither its cookie's id nor a token in any readable form
    const [cookie] = (await context.cookies()).filter((k) => k.name === 'nd_sessie');
    const gatewayDb = new Client({ connectionString: metDatabase(testServer(), `${VOORVOEGSEL}gateway`) });
    await gatewayDb.connect();
    const sessies = (await gatewayDb.query<{ sleutel: Buffer; inhoud: Buffer }>("SELECT sleutel, inhoud FROM websessie WHERE soort = 'sessie'")).rows;
    await gatewayDb.end();
    expect(sessies.length).toBeGreaterThan(0);
    for (const rij of sessies) {
      const alles = Buffer.concat([rij.sleutel, rij.inhoud]);
      expect([alles.includes(cookie.value), alles.includes(Buffer.from(cookie.value, 'base64url')), alles.includes('eyJ')]).toEqual([false, false, false]);
    }

    // the household list through nginx, request by request over both replicas, as the API gives it
    const voor = await beantwoord();
    const api = await viaNginx(EIGEN_HUISHOUDENS, { token: await token(rvt), doel: 'gezamenlijk-plan' });
    const verwacht = (api.body.data as { huishoudens: Array<{ id: string }> }).huishoudens.map((h) => h.id);
    expect(verwacht).toContain(huishouden.id);
    for (const doel of ['casusoverleg', 'gezamenlijk-plan']) {
      await page.getByLabel('Doel van uw raadpleging').selectOption(doel);
      await page.getByRole('heading', { name: 'Uw huishoudens' }).waitFor();
    }
    await page.getByRole('row').nth(verwacht.length).waitFor();
    expect(await page.locator('[data-huishouden]').evaluateAll((knoppen) => knoppen.map((k) => k.getAttribute('data-huishouden')))).toEqual(verwacht);
    const na = await beantwoord();
    expect(na.map((n, i) => n - voor[i] > 0)).toEqual([true, true]);
    await context.close();
  });

  test('een toestemming ingetrokken via de ene replica: het volgende verzoek, bij de andere, schermt af', async () => {
    const eva = await token(rvt);
    const kind = huishouden.leden.find((l) => l.rol === 'kind' && DEMO_PEILJAAR - l.geboortejaar < 17)!;
    for (const lid of huishouden.leden) {
      const minderjarig = DEMO_PEILJAAR - lid.geboortejaar < 18;
      const gezag = huishouden.gezag.filter((g) => g.kind === lid.id).map((g) => g.gezaghebbende);
      const antwoord = await viaNginx(REGISTREER_TOESTEMMING, {
        token: eva,
        variables: { invoer: { persoon: lid.id, gegevenDoor: minderjarig ? [lid.id, ...gezag] : [lid.id], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['hulpverlening'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier TF-topologie', geldigVanaf: '2026-01-01' } },
      });
      expect(antwoord.body.errors).toBeUndefined();
    }
    const dossier = () => viaNginx(NETWERKDOSSIER, { token: eva, variables: { id: huishouden.id } });
    expect(((await dossier()).body.data as { huishouden: { gezinsplan: unknown } }).huishouden.gezinsplan).not.toBeNull();

    // every consent covering the child's hulpverlening, read as netwerk's own role
    const db = new Client({ connectionString: topologie.rollen.netwerk.dienst });
    await db.connect();
    const { rows } = await db.query<{ id: string }>("SELECT id FROM toestemming WHERE persoon_id = $1 AND 'hulpverlening' = ANY(categorieen) AND ingetrokken_op IS NULL", [kind.id]);
    await db.end();
    expect(rows.length).toBeGreaterThan(0);
    let laatste = -1;
    for (const { id } of rows) {
      const intrekking = await doorWelke(() => viaNginx(TREK_TOESTEMMING_IN, { token: eva, variables: { id } }));
      expect(intrekking.antwoord.body.errors).toBeUndefined();
      laatste = intrekking.replica;
    }
    // nginx's round robin sends the next request to the other replica
    const volgende = await doorWelke(dossier);
    expect(volgende.replica).toBe(1 - laatste);
    // withheld for the child: the plan's own fields (which concern the whole household) and the parts about the
    // child are not fetched; parts about the others may still show
    const plan = (volgende.antwoord.body.data as { huishouden: { gezinsplan?: { vastgesteldOp?: string | null } | null } }).huishouden.gezinsplan;
    expect(plan?.vastgesteldOp ?? null).toBeNull();
    expect(volgende.antwoord.body.extensions?.afgeschermd).toContainEqual(
      expect.objectContaining({ pad: expect.stringMatching(/^huishouden\.gezinsplan/), persoon: kind.id, categorie: 'hulpverlening', partner: 'lokaal-team', regel: 'matrix/hulpverlening/duo' }),
    );
  });

  test(`een grant, gebruikt bij de ene replica van ${PARTNER}, wordt door de andere geweigerd (de gebruikte grants staan in de database van de partner)`, async () => {
    const [een, twee] = topologie.subgraphs[PARTNER];
    expect(twee).toBeDefined();
    const body = { query: '{ _service { sdl } }' };
    const grant = await tekenGrant(topologie.grantSleutels.prive, { subgraph: PARTNER, verzoek: { pad: GRAPHQL_PAD, body }, sub: 'lt-fatima', organisatie: PARTNER, team: null, rol: 'professional', doel: 'casusoverleg' });
    const stuur = async (url: string): Promise<GraphQLAntwoord> => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as GraphQLAntwoord['body'] };
    };
    const eerst = await stuur(een.url);
    expect(typeof (eerst.body.data as { _service?: { sdl?: unknown } })?._service?.sdl).toBe('string');
    const daarna = await stuur(twee.url);
    expect(daarna.body.data).toBeUndefined();
    expect(daarna.body.errors?.[0].message).toMatch(/al eerder gebruikt \(replay\)/);
  });

  describe('een beleidswijziging via nginx, door privacyfunctionarissen van drie organisaties, elk aangemeld bij de eigen OpenID provider', () => {
    const contexten: Record<string, BrowserContext> = {};
    /** A privacy officer signed in through nginx at their own organisation's provider (a browser context holding the session). */
    const aanmelden = async (organisatie: string, sub: string) => {
      const context = await browser.newContext();
      await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${topologie.url}${aanmeldPad(organisatie)}`);
      await page.locator('input[name=login]').fill(sub);
      await page.locator('input[name=password]').fill('willekeurig');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL((url) => url.origin === topologie.url && !url.pathname.startsWith('/aanmelden'));
      const wie = await context.request.get(`${topologie.url}/aanmelden/wie`);
      expect(await wie.json()).toMatchObject({ sub, organisatie, rol: 'privacyfunctionaris' });
      contexten[sub] = context;
    };
    const beleid = async (wie: string, pad: string, body: unknown) => {
      const res = await contexten[wie].request.post(`${topologie.url}${pad}`, { data: body });
      return { status: res.status(), body: (await res.json()) as Record<string, unknown> };
    };
    /** The version each gateway replica, asked directly, decides a web app query under. */
    const versies = async () => {
      const eva = await token(rvt);
      return Promise.all(topologie.gateways.map(async (g) => (await vraag(g.url, EIGEN_HUISHOUDENS, { token: eva, doel: 'gezamenlijk-plan' })).body.extensions?.beleidsversie as string));
    };
    /** When gateway replica `i` logged that `versie` (volgnummer `nr`) came into force: its log's own clock, in ms. */
    const inWerkingBij = async (i: number, versie: string, nr: number): Promise<number> => {
      const bestand = path.join(map, `gateway-${i + 1}.log`);
      for (let poging = 0; poging < 100; poging++) {
        const regel = (existsSync(bestand) ? readFileSync(bestand, 'utf8') : '').split('\n').flatMap((r) => {
          try {
            return [JSON.parse(r) as { msg?: string; time?: number }];
          } catch {
            return [];
          }
        }).find((r) => r.msg === `beleid ${versie} (versie ${nr}) in werking`);
        if (regel?.time) return regel.time;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`gateway-${i + 1} meldde beleid ${versie} (versie ${nr}) niet in werking`);
    };
    let eerste: string;

    beforeAll(async () => {
      await aanmelden('veilig-thuis', 'fg-yara');
      await aanmelden('gi', 'fg-hanneke');
      await aanmelden('raad', 'fg-otto');
    }, 120_000);
    afterAll(() => Promise.all(Object.values(contexten).map((c) => c.close())));

    test('een provider meldt alleen professionals van de eigen organisatie aan: Veilig Thuis\' privacyfunctionaris komt bij die van de Raad niet binnen', async () => {
      const context = await browser.newContext();
      await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${topologie.url}${aanmeldPad('raad')}`);
      const eerst = page.url();
      expect(new URL(eerst).origin).toBe(topologie.oidcIssuers.raad);
      await page.locator('input[name=login]').fill('fg-yara');
      await page.locator('input[name=password]').fill('willekeurig');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      // the provider knows no such account and ends the sign-in on its own error page: no code reaches the gateway
      await page.waitForURL((url) => url.href !== eerst && url.pathname.startsWith('/auth/'));
      await page.getByText('server_error').waitFor();
      expect((await context.request.get(`${topologie.url}/aanmelden/wie`)).status()).toBe(401);
      await context.close();
    });

    test('beide replica\'s beslissen onder de versie die in netwerks database in werking is (geen beleidsmap bij de gateway)', async () => {
      const db = new Client({ connectionString: topologie.rollen.netwerk.dienst });
      await db.connect();
      try {
        const { rows } = await db.query<{ versie: string }>('SELECT v.versie FROM beleid_in_werking w JOIN beleidsversie v USING (volgnummer) ORDER BY w.volgorde DESC LIMIT 1');
        eerste = rows[0].versie;
      } finally {
        await db.end();
      }
      expect(await versies()).toEqual([eerste, eerste]);
    });

    test('Veilig Thuis stelt voor, GI keurt goed: vier ogen, maar de Raad moet nog meebeslissen over zijn justitiële gegevens', async () => {
      const deelmatrix = readFileSync(path.join(STANDAARD_POLICIES, 'deelmatrix.yaml'), 'utf8');
      expect(deelmatrix).toContain(JUSTITIEEL);
      const voorstel = await beleid('fg-yara', '/beleid/voorstellen', { bestanden: { 'deelmatrix.yaml': deelmatrix.replace(JUSTITIEEL, JUSTITIEEL.replace('duo: toestemming', 'duo: nooit')) }, reden: 'Justitiële gegevens niet meer delen in een duo.' });
      expect(voorstel).toEqual({ status: 200, body: { volgnummer: 2, verschillen: ['justitieel bij duo: toestemming → nooit'], organisaties: ['raad'] } });
      expect((await beleid('fg-yara', '/beleid/voorstellen/2/goedkeuren', { reden: 'Ik vind mijn eigen voorstel goed.' })).status).toBe(409);
      const gi = await beleid('fg-hanneke', '/beleid/voorstellen/2/goedkeuren', { reden: 'Past bij de afspraken in het RVT.' });
      expect(gi).toMatchObject({ status: 200, body: { versie: { status: 'voorgesteld', organisaties: ['raad'], inWerkingVanaf: null } } });
      expect(await versies()).toEqual([eerste, eerste]);
    });

    test('goedgekeurd door de Raad: beide gateway-replica\'s beslissen binnen een seconde onder de nieuwe versie (gemeten)', async () => {
      const raad = await beleid('fg-otto', '/beleid/voorstellen/2/goedkeuren', { reden: 'De Raad stemt in: justitiële gegevens alleen op grondslag.' });
      expect(raad).toMatchObject({ status: 200, body: { versie: { status: 'in werking' } } });
      const nieuw = (raad.body.versie as { versie: string }).versie;
      expect(nieuw).not.toBe(eerste);
      const db = new Client({ connectionString: topologie.rollen.netwerk.dienst });
      await db.connect();
      const { rows: [{ goedgekeurd }] } = await db.query<{ goedgekeurd: Date }>('SELECT goedgekeurd_op AS goedgekeurd FROM beleid_in_werking WHERE volgnummer = 2');
      await db.end();
      const vertraging = await Promise.all(topologie.gateways.map(async (_, i) => (await inWerkingBij(i, nieuw, 2)) - goedgekeurd.getTime()));
      process.stdout.write(`topologie: beleid in werking op ${vertraging.length} gateway-replica's na ${vertraging.join(' en ')} ms (vanaf de goedkeuring in netwerks database)\n`);
      // the requirement; some 40 ms were measured with the machine shared by eight test runs
      expect(Math.max(...vertraging)).toBeLessThanOrEqual(1_000);
      expect(await versies()).toEqual([nieuw, nieuw]);
    });
  });
});

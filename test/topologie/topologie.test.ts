import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { databaseNaam, DEMO_PEILJAAR, demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, MET_DATABASE, metDatabase, PARTNER_NAMEN, PROFESSIONALS, STANDAARD_POLICIES, tekenGrant, verwijderRollen } from '@netwerkdossier/shared';
import { DraaiendeTopologie, OIDC_AANMELDER_ID, startTopologie, tokenVoorProfessional } from '@netwerkdossier/tools';
import { Client } from 'pg';
import { Browser } from 'playwright-core';

import { startChromium } from '../harness/browser';
import { GraphQLAntwoord, testServer, TEST_SEED, vraag } from '../harness/netwerk';
import { stuurTerugNaar } from '../harness/openid-provider';

const AANTAL = 40;
const VOORVOEGSEL = `t_topologie_${process.pid}_`;
const TERUG = `/aanmelden/oidc/${OIDC_AANMELDER_ID}/terug`;
/** The partner that runs twice (startTopologie's default). */
const PARTNER = PARTNER_NAMEN[0];
// a duo household with an RVT partner from Veilig Thuis and a child under 17 (as test/registratie/toestemming)
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find(
  (h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis') && h.leden.some((l) => l.rol === 'kind' && DEMO_PEILJAAR - l.geboortejaar < 17),
)!;
const rvt = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis')!.professional;
const GEZINSPLAN = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { gezinsplan { vastgesteldOp } } }`;

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
    const map = mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-topologie-test-'));
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
    await page.goto(`${a}/aanmelden/oidc/${OIDC_AANMELDER_ID}`);
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
    const api = await viaNginx('{ huishoudens(limiet: 50) { id } }', { token: await token(rvt), doel: 'gezamenlijk-plan' });
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
      const antwoord = await viaNginx(`mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }`, {
        token: eva,
        variables: { i: { persoon: lid.id, gegevenDoor: minderjarig ? [lid.id, ...gezag] : [lid.id], ontvangerOrganisatie: 'veilig_thuis', categorieen: ['hulpverlening'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier TF-topologie', geldigVanaf: '2026-01-01' } },
      });
      expect(antwoord.body.errors).toBeUndefined();
    }
    const gezinsplan = () => viaNginx(GEZINSPLAN, { token: eva, variables: { id: huishouden.id } });
    expect(((await gezinsplan()).body.data as { huishouden: { gezinsplan: unknown } }).huishouden.gezinsplan).not.toBeNull();

    // every consent covering the child's hulpverlening, read as netwerk's own role
    const db = new Client({ connectionString: topologie.rollen.netwerk.dienst });
    await db.connect();
    const { rows } = await db.query<{ id: string }>("SELECT id FROM toestemming WHERE persoon_id = $1 AND 'hulpverlening' = ANY(categorieen) AND ingetrokken_op IS NULL", [kind.id]);
    await db.end();
    expect(rows.length).toBeGreaterThan(0);
    let laatste = -1;
    for (const { id } of rows) {
      const intrekking = await doorWelke(() => viaNginx('mutation ($id: ID!) { trekToestemmingIn(id: $id) { ingetrokkenOp } }', { token: eva, variables: { id } }));
      expect(intrekking.antwoord.body.errors).toBeUndefined();
      laatste = intrekking.replica;
    }
    // nginx's round robin sends the next request to the other replica
    const volgende = await doorWelke(gezinsplan);
    expect(volgende.replica).toBe(1 - laatste);
    expect(volgende.antwoord.body.data).toEqual({ huishouden: null });
    expect(volgende.antwoord.body.extensions?.afgeschermd).toEqual([
      expect.objectContaining({ pad: 'huishouden.gezinsplan', persoon: kind.id, categorie: 'hulpverlening', partner: 'lokaal-team', regel: 'matrix/hulpverlening/duo' }),
    ]);
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

  test('beide gateway-replica\'s beslissen onder de beleidsversie die in netwerks database in werking is (geen beleidsmap bij de gateway)', async () => {
    const eva = await token(rvt);
    const versies = await Promise.all(topologie.gateways.map(async (g) => (await vraag(g.url, '{ __typename }', { token: eva, doel: 'gezamenlijk-plan' })).body.extensions?.beleidsversie as string));
    const db = new Client({ connectionString: metDatabase(testServer(), `${VOORVOEGSEL}${databaseNaam('netwerk')}`) });
    await db.connect();
    try {
      const { rows } = await db.query<{ versie: string }>('SELECT v.versie FROM beleid_in_werking w JOIN beleidsversie v USING (volgnummer) ORDER BY w.volgorde DESC LIMIT 1');
      expect(versies).toEqual(topologie.gateways.map(() => rows[0]?.versie));
    } finally {
      await db.end();
    }
  });
});

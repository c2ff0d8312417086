import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { leesSupergraph, OidcAanmelder, VertrouwdeUitgever } from '@netwerkdossier/gateway';
import { databaseNaam, DatabaseRollen, envPrefix, maakCheckpointSleutelpaar, maakGrantSleutelpaar, metDatabase, richtRollenIn, ServiceNaam, SUBGRAPHS, verwijderRollen } from '@netwerkdossier/shared';
import { AUDIENCE, DevSleutels, laadOfMaakSleutels, NetwerkOpties, poortenVoor, startNetwerk, tokenVoorClient, tokenVoorProfessional } from '@netwerkdossier/tools';
import { Client } from 'pg';

import { SERVER_ENV } from './global-setup';
import { startOpnemer } from './opnemer';
import type { Storing } from './storing';

/** Routes the gateway calls on a timer, not for a request. */
const OP_EEN_TIMER = new Set(['/getuige', '/toegangslog/kop']);

export { AUDIENCE };

/** The test run's PostgreSQL server (maintenance database URL). */
export function testServer(): string {
  const url = process.env[SERVER_ENV];
  if (!url) throw new Error('Geen test-PostgreSQL: draai de tests met `npm test` (jest globalSetup start er een)');
  return url;
}

/** Runs `f` on a connection of the test server's superuser. */
async function metAdmin<T>(f: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: testServer() });
  await admin.connect();
  try {
    return await f(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Fresh, uniquely named databases on the test server, one per service: `urls` as the server's superuser (for
 * what a test sets up or attacks); with `rollen`, each made now with its roles (richtRollenIn) and `rollen`
 * the URLs of its owner, service and retention job (otherwise made on first use, by whoever opens them).
 * `opruimen` drops the databases and their roles.
 */
export async function testDatabases(label: string, opties: { rollen?: boolean } = {}): Promise<{ urls: Record<ServiceNaam, string>; rollen: Record<ServiceNaam, DatabaseRollen>; opruimen(): Promise<void> }> {
  const prefix = `t_${label}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const urls = {} as Record<ServiceNaam, string>;
  const rollen = {} as Record<ServiceNaam, DatabaseRollen>;
  await Promise.all(
    SUBGRAPHS.map(async (naam) => {
      const database = `${prefix}_${databaseNaam(naam)}`;
      urls[naam] = metDatabase(testServer(), database);
      if (opties.rollen) rollen[naam] = await richtRollenIn(testServer(), database);
    }),
  );
  // thrown away after the test, so a commit need not wait for the disk (also on an external server)
  if (opties.rollen) {
    await metAdmin(async (admin) => {
      for (const url of Object.values(urls)) await admin.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET synchronous_commit = off`);
    });
  }
  return {
    urls,
    rollen,
    opruimen: async () => {
      await metAdmin(async (admin) => {
        for (const url of Object.values(urls)) await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
      });
      if (opties.rollen) for (const url of Object.values(urls)) await verwijderRollen(testServer(), new URL(url).pathname.slice(1));
    },
  };
}

/** The environment that points the audit commands at these databases (`<SERVICE>_DATABASE_URL` each). */
export function databaseEnv(urls: Record<ServiceNaam, string>): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((n) => [`${envPrefix(n)}_DATABASE_URL`, urls[n]]));
}

export interface GraphQLAntwoord {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

/** The doel tests declare unless they say otherwise: allowed for every professional by the policy. */
export const STANDAARD_DOEL = 'gezamenlijk-plan';

/** POSTs a GraphQL operation, as a client would; `doel: null` sends no doel header. */
export async function vraag(url: string, query: string, opties: { token?: string; variables?: Record<string, unknown>; doel?: string | null } = {}): Promise<GraphQLAntwoord> {
  const doel = opties.doel === undefined ? STANDAARD_DOEL : opties.doel;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opties.token ? { authorization: `Bearer ${opties.token}` } : {}), ...(doel ? { doel } : {}) },
    body: JSON.stringify({ query, variables: opties.variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLAntwoord['body'] };
}

export const TEST_SEED = 'netwerkdossier-test';

/** The registry's tables that registrations and requests write to. */
const GESCHREVEN_TABELLEN = ['toestemming', 'betrokkenheid', 'doorbraak', 'toegangslog'] as const;

async function telRijen(netwerkDatabaseUrl: string): Promise<Record<(typeof GESCHREVEN_TABELLEN)[number], number>> {
  const db = new Client({ connectionString: netwerkDatabaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<Record<string, string>>(`SELECT ${GESCHREVEN_TABELLEN.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`);
    return Object.fromEntries(GESCHREVEN_TABELLEN.map((t) => [t, Number(rows[0][t])])) as Record<(typeof GESCHREVEN_TABELLEN)[number], number>;
  } finally {
    await db.end();
  }
}

/** What every gateway response carries in `extensions` besides its own content: policy version and audit id. */
export const MET_VERANTWOORDING = {
  beleidsversie: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) as unknown as string,
  auditId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown as string,
};

/** The extensions of a query where nothing was withheld. */
export const NIETS_AFGESCHERMD = { afgeschermd: [], ...MET_VERANTWOORDING };

/**
 * The whole network on fresh databases of the test server, on free ports, seeded with a small demo world;
 * `oidc` (with `web`) adds sign-in through those providers, on `gatewayPoort` when their redirect URIs need it known;
 * `productie` and `alleenBekendeOperaties` start the gateway as production does (see GatewayOpties).
 * `tijdslimieten` are the gateway's per-subgraph limits (ms); `checkpointBestand` a file the gateway appends its
 * checkpoints to (write-once storage). The gateway reaches every subgraph through an opnemer, except with `tls`
 * (mutual TLS, see NetwerkOpties): then directly.
 */
export async function startTestNetwerk(
  label: string,
  aantal = 12,
  extraUitgevers: VertrouwdeUitgever[] = [],
  opties: { web?: boolean; oidc?: OidcAanmelder[]; gatewayPoort?: number; productie?: boolean; alleenBekendeOperaties?: boolean; tijdslimieten?: Partial<Record<ServiceNaam, number>>; tls?: NetwerkOpties['tls']; checkpointBestand?: string } = {},
) {
  const opnemers: Partial<Record<ServiceNaam, Awaited<ReturnType<typeof startOpnemer>>>> = {};
  process.env.NETWERK_BSN_SLEUTEL ??= 'test-sleutel-'.padEnd(48, 'x');
  const databases = await testDatabases(label, { rollen: true });
  const sleutels: DevSleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-sleutels-')));
  const grantSleutels = await maakGrantSleutelpaar();
  const checkpointSleutels = await maakCheckpointSleutelpaar();
  // startNetwerk stops what it started when it fails; the recording proxies and the databases are the harness's own
  const netwerk = await startNetwerk({
    // each service as in production: its own role, owning nothing; the owner migrates
    databaseUrls: Object.fromEntries(SUBGRAPHS.map((n) => [n, databases.rollen[n].dienst])) as Record<ServiceNaam, string>,
    migratieUrls: Object.fromEntries(SUBGRAPHS.map((n) => [n, databases.rollen[n].eigenaar])),
    host: '127.0.0.1',
    poorten: poortenVoor((naam) => (naam === 'gateway' ? (opties.gatewayPoort ?? 0) : 0)),
    sleutels,
    grantSleutels,
    checkpointSleutel: checkpointSleutels.prive,
    checkpointBestand: opties.checkpointBestand,
    supergraphSdl: leesSupergraph(),
    demo: { seed: TEST_SEED, aantal },
    extraUitgevers,
    viaGateway: opties.tls ? undefined : async (naam, url) => (opnemers[naam] = await startOpnemer(url)).url,
    web: opties.web,
    oidc: opties.oidc,
    productie: opties.productie,
    alleenBekendeOperaties: opties.alleenBekendeOperaties,
    tijdslimieten: opties.tijdslimieten,
    tls: opties.tls,
  }).catch(async (fout: unknown) => {
    for (const o of Object.values(opnemers)) await o?.stop();
    await databases.opruimen();
    throw fout;
  });
  const tokenOpties = { uitgeverBase: netwerk.uitgeverBase, sleutels };
  let diensten: Promise<void> | undefined;
  const stopDiensten = () => (diensten ??= netwerk.stop());
  return {
    ...netwerk,
    databaseUrls: databases.urls,
    rollen: databases.rollen,
    grantSleutels,
    checkpointSleutels,
    tokenOpties,
    token: (sub: string, geldigheid?: number) => tokenVoorProfessional(sub, { ...tokenOpties, geldigheid }),
    clientToken: (persoonId: string) => tokenVoorClient(persoonId, tokenOpties),
    vraag: (query: string, opties?: Parameters<typeof vraag>[2]) => vraag(netwerk.gatewayUrl, query, opties),
    /**
     * Veilig Thuis's own system starts an onderzoek of the household by this onderzoeker (after a melding;
     * a dossier if it had none): from then on its dossier confirms that onderzoeker's registration of it.
     */
    startOnderzoekBijVeiligThuis: async (huishouden: string, onderzoeker: string, gestartOp = '2026-01-01') => {
      const db = new Client({ connectionString: databases.urls['veilig-thuis'] });
      await db.connect();
      try {
        await db.query('INSERT INTO dossier (huishouden_id) VALUES ($1) ON CONFLICT (huishouden_id) DO NOTHING', [huishouden]);
        await db.query("INSERT INTO onderzoek (dossier_id, status, grondslag, gestart_op, onderzoeker) SELECT id, 'lopend', 'Wmo 2015 art. 5.2.6', $2, $3 FROM dossier WHERE huishouden_id = $1", [huishouden, gestartOp, onderzoeker]);
      } finally {
        await db.end();
      }
    },
    /** How many rows the registry holds of what a request can add: to show that a refused one changed nothing. */
    rijen: () => telRijen(databases.urls.netwerk),
    /**
     * What the gateway asked each subgraph, request bodies in order; not what it does on a timer: the toegangslog
     * checkpoints it hands every partner (POST /getuige) and asking netwerk for the chain's head (POST /toegangslog/kop).
     */
    ontvangen: (naam: ServiceNaam) => opnemers[naam]!.verzoeken.filter((_, i) => !OP_EEN_TIMER.has(opnemers[naam]!.paden[i])),
    /** What the gateway sent this subgraph on a timer (those left out of `ontvangen`), request bodies in order. */
    opEenTimer: (naam: ServiceNaam) => opnemers[naam]!.verzoeken.filter((_, i) => OP_EEN_TIMER.has(opnemers[naam]!.paden[i])),
    /** The grants the gateway sent each subgraph with those requests, as taken off the wire. */
    afgeluisterd: (naam: ServiceNaam) => opnemers[naam]!.grants,
    /** From now on the gateway gets this partner's answers rewritten by `f` (null: as the partner gave them). */
    vervals: (naam: ServiceNaam, f: ((antwoord: string) => string) | null) => void (opnemers[naam]!.vervalsing = f),
    /** From now on this subgraph fails for the gateway in this way (see `Storing`), or works again (null). */
    zetStoring: (naam: ServiceNaam, storing: Storing | null) => opnemers[naam]!.zetStoring(storing),
    /** From now on this partner's answers wait until the returned function is called: a partner that is slow. */
    houdVast: (naam: ServiceNaam) => {
      let laatGaan = () => undefined as void;
      opnemers[naam]!.vasthouden = new Promise<void>((resolve) => (laatGaan = resolve));
      return () => {
        opnemers[naam]!.vasthouden = null;
        laatGaan();
      };
    },
    /** Stops the services (as a process owner does on a signal), not yet the proxies and databases. */
    stopDiensten,
    stop: async () => {
      await stopDiensten();
      for (const o of Object.values(opnemers)) await o?.stop();
      await databases.opruimen();
    },
  };
}

export type TestNetwerk = Awaited<ReturnType<typeof startTestNetwerk>>;

import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type { OidcAanmelder, VertrouwdeUitgever } from '@netwerkdossier/gateway';
import {
  DatabaseRollen, databaseNaam, envPrefix, maakCheckpointSleutelpaar, maakGrantSleutelpaar, MET_DATABASE, metDatabase, migreer, PARTNER_NAMEN, Rolsoort, rolUrls, ServiceNaam, STANDAARD_POLICIES, SUBGRAPHS, weergavenaam,
} from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { vrijePoort } from '../bench/kind';
import { SUBGRAPH_DEFINITIES } from '../subgraphs';
import { AUDIENCE, DevSleutels, laadOfMaakSleutels, startDevUitgever } from '../uitgever';
import { startNginx } from './nginx';
import { standaardReplicas } from './replicas';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The web client's secret at the organisations' OpenID providers (tools/openid-provider.mjs). */
const OIDC_GEHEIM = 'alleen-voor-de-test';

/** Where the web app signs in through an organisation's own OpenID provider (the gateway's OIDC_AANMELDEN id is the organisation). */
export const aanmeldPad = (organisatie: string) => `/aanmelden/oidc/${organisatie}`;

export interface TopologieOpties {
  /** A PostgreSQL server's superuser URL; every service gets its own database on it, with its own roles. */
  adminUrl: string;
  /** Before every database name (tests share one server); default none, as in docker-compose.yml. */
  voorvoegsel?: string;
  /** How many of each service run; default as docker-compose.yml (standaardReplicas). */
  replicas?: Partial<Record<ServiceNaam | 'gateway', number>>;
  /** Seed each database with this synthetic demo world (docker-compose.yml seeds nothing). */
  demo: { seed: string; aantal: number };
  /** Logs, nginx's files and the development issuer's keys. */
  map: string;
  /** The policy folder netwerk takes its first version from; default policies/. */
  policiesMap?: string;
  /** The proxy's port; default any free one. */
  poort?: number;
}

/** One started service process: where it listens, and its process. */
export interface Replica {
  url: string;
  proces: ChildProcess;
}

export interface DraaiendeTopologie {
  /** nginx: the one address a browser or client uses. */
  url: string;
  /** Each gateway replica directly (its /graphql), behind nginx. */
  gateways: Replica[];
  /** Each subgraph's replicas, directly. */
  subgraphs: Record<ServiceNaam, Replica[]>;
  /** Each service's database roles (the gateway's too). */
  rollen: Record<ServiceNaam | 'gateway', DatabaseRollen>;
  grantSleutels: { prive: JWK; publiek: JWK };
  uitgeverBase: string;
  sleutels: DevSleutels;
  /** Each organisation's OpenID provider (its issuer), through which its professionals sign in to the web app at aanmeldPad. */
  oidcIssuers: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The production topology of docker-compose.yml as processes on this machine: each subgraph's and the
 * gateway's database set up by its own migration job (`main.js migreren`: roles, then the owner migrates),
 * every service as its own process connecting as its database's service role, the gateway replicated with
 * its web sessions in its own database, Debian's nginx with deploy/nginx.conf in front. Besides what
 * docker-compose.yml has: the demo world seeded by its owners, the development issuer for API tokens, and a
 * real OpenID provider (oidc-provider) as the organisations' identity provider for the web app's sign-in.
 */
export async function startTopologie(opties: TopologieOpties): Promise<DraaiendeTopologie> {
  mkdirSync(opties.map, { recursive: true });
  const processen: ChildProcess[] = [];
  const gestopt: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of gestopt.splice(0).reverse()) await s().catch(() => undefined);
    await Promise.all(processen.splice(0).reverse().map(stopProces));
  };
  try {
    const replicas = (naam: ServiceNaam | 'gateway') => opties.replicas?.[naam] ?? standaardReplicas(naam);
    const grantSleutels = await maakGrantSleutelpaar();
    const checkpoint = await maakCheckpointSleutelpaar('topologie-1');
    const bsnSleutel = randomBytes(32).toString('hex');
    process.env.NETWERK_BSN_SLEUTEL ??= bsnSleutel;
    const log = (naam: string) => createWriteStream(path.join(opties.map, `${naam}.log`), { flags: 'a' });

    // 1. each database's migration job, as docker-compose.yml runs it: the superuser's URL and three passwords
    const rollen = {} as Record<string, DatabaseRollen>;
    await Promise.all(
      MET_DATABASE.map(async (naam) => {
        const prefix = envPrefix(naam);
        const database = `${opties.voorvoegsel ?? ''}${databaseNaam(naam)}`;
        const wachtwoorden = Object.fromEntries((['eigenaar', 'dienst', 'bewaartaak'] as Rolsoort[]).map((s) => [s, randomBytes(24).toString('hex')])) as Record<Rolsoort, string>;
        const env = {
          [`${prefix}_BEHEER_DATABASE_URL`]: metDatabase(opties.adminUrl, database),
          ...Object.fromEntries(Object.entries(wachtwoorden).map(([s, w]) => [`${prefix}_DB_${s.toUpperCase()}_PASSWORD`, w])),
        };
        await draai(mainVan(naam), ['migreren'], env, log(`${naam}-migratie`));
        rollen[naam] = rolUrls(opties.adminUrl, database, wachtwoorden);
      }),
    );
    // 2. the demo world, written by each database's owner (nothing to migrate any more)
    for (const naam of SUBGRAPHS) {
      await migreer(SUBGRAPH_DEFINITIES[naam], { migratieUrl: rollen[naam].eigenaar, databaseUrl: rollen[naam].dienst, demo: opties.demo });
    }

    // 3. every subgraph replica as its own process, as its database's service role
    const subgraphs = {} as Record<ServiceNaam, Replica[]>;
    await Promise.all(SUBGRAPHS.map(async (naam) => {
      subgraphs[naam] = await Promise.all(
        Array.from({ length: replicas(naam) }, async (_, i) => {
          const r = await startService(mainVan(naam), {
            [`${envPrefix(naam)}_DATABASE_URL`]: rollen[naam].dienst,
            [`${envPrefix(naam)}_PORT`]: '0',
            GATEWAY_GRANT_PUBLIEKE_SLEUTEL: JSON.stringify(grantSleutels.publiek),
            ...(naam === 'netwerk' ? { NETWERK_BSN_SLEUTEL: process.env.NETWERK_BSN_SLEUTEL, POLICIES_DIR: opties.policiesMap ?? STANDAARD_POLICIES } : {}),
          }, log(replicas(naam) > 1 ? `${naam}-${i + 1}` : naam));
          processen.push(r.proces);
          return r;
        }),
      );
    }));

    // 4. the identity providers: the development issuer (API tokens) and every organisation's own OpenID provider (web sign-in)
    const sleutels = await laadOfMaakSleutels(path.join(opties.map, 'sleutels'));
    const uitgever = await startDevUitgever(sleutels, '127.0.0.1', 0);
    gestopt.push(() => uitgever.stop());
    const poort = opties.poort ?? (await vrijePoort());
    const url = `http://127.0.0.1:${poort}`;
    const terug = (organisatie: string) => `${url}${aanmeldPad(organisatie)}/terug`;
    const oidc = await startOpenIdProviders(PARTNER_NAMEN, terug, log('openid-provider'));
    processen.push(oidc.proces);
    const aanmelders: OidcAanmelder[] = oidc.uitgevers.map((u) => ({
      id: u.organisatie!, naam: weergavenaam(u.organisatie!), issuer: u.issuer, clientId: 'webapp', clientSecret: OIDC_GEHEIM, redirectUri: terug(u.organisatie!), scope: 'openid dossier', resource: 'urn:netwerkdossier:gateway',
    }));

    // 5. the gateway replicas: production mode, sessions in their own database, each to a replica of every subgraph in turn
    const gateways: Replica[] = await Promise.all(Array.from({ length: replicas('gateway') }, async (_, i) => {
      const gatewayPoort = await vrijePoort();
      const r = await startService(mainVan('gateway'), {
        NODE_ENV: 'production',
        GATEWAY_PORT: String(gatewayPoort),
        GATEWAY_AUDIENCE: AUDIENCE,
        VERTROUWDE_UITGEVERS: JSON.stringify([...uitgever.uitgevers, ...oidc.uitgevers]),
        GATEWAY_GRANT_SLEUTEL: JSON.stringify(grantSleutels.prive),
        GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify(checkpoint.prive),
        GATEWAY_SUBGRAPHS_ZONDER_TLS: '1',
        GATEWAY_DATABASE_URL: rollen.gateway.dienst,
        // the installation's policy, netwerk's first version: the anchor of every gateway's chain of approvals
        POLICIES_DIR: opties.policiesMap ?? STANDAARD_POLICIES,
        OIDC_AANMELDEN: JSON.stringify(aanmelders),
        ...Object.fromEntries(SUBGRAPHS.map((naam) => [`${envPrefix(naam)}_URL`, subgraphs[naam][i % subgraphs[naam].length].url])),
      }, log(`gateway-${i + 1}`));
      processen.push(r.proces);
      return r;
    }));

    // 6. the reverse proxy in front of them
    const nginx = await startNginx(path.join(opties.map, 'nginx'), poort, gateways.map((g) => new URL(g.url).host));
    processen.push(nginx.proces);
    return { url, gateways, subgraphs, rollen, grantSleutels, uitgeverBase: uitgever.url, sleutels, oidcIssuers: Object.fromEntries(oidc.uitgevers.map((u) => [u.organisatie, u.issuer])), stop };
  } catch (fout) {
    await stop();
    throw fout;
  }
}

const mainVan = (naam: string) => path.join(ROOT, ...(naam === 'gateway' ? ['gateway'] : ['subgraphs', naam]), 'dist', 'main.js');

/** A one-shot job (a migration): resolves when it exits 0. */
async function draai(main: string, args: string[], env: Record<string, string>, log: NodeJS.WritableStream): Promise<void> {
  const proces = spawn(process.execPath, [main, ...args], { env: { ...process.env, ...env, APOLLO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  proces.stdout!.pipe(log);
  proces.stderr!.pipe(log);
  const code = await new Promise<number | null>((resolve) => proces.once('exit', resolve));
  if (code !== 0) throw new Error(`${path.relative(ROOT, main)} ${args.join(' ')} stopte met ${code}; zie ${(log as { path?: string }).path ?? 'het log'}`);
}

/** A long-running service: resolves with its URL once it logs that it listens. */
async function startService(main: string, env: Record<string, string | undefined>, log: NodeJS.WritableStream): Promise<Replica> {
  const proces = spawn(process.execPath, [main], { env: { ...process.env, HOST: '127.0.0.1', APOLLO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  proces.stderr!.pipe(log);
  const url = await new Promise<string>((resolve, reject) => {
    proces.once('exit', (code) => reject(new Error(`${path.relative(ROOT, main)} stopte (${code}) voor het luisterde; zie ${(log as { path?: string }).path ?? 'het log'}`)));
    createInterface({ input: proces.stdout! }).on('line', (regel) => {
      log.write(`${regel}\n`);
      try {
        const { url } = JSON.parse(regel) as { url?: string };
        if (url) resolve(url);
      } catch {
        // not a JSON log line
      }
    });
  });
  return { url, proces };
}

/** tools/openid-provider.mjs (oidc-provider is ESM-only): one process, a provider per organisation, each with the web client `webapp` for its callback. */
async function startOpenIdProviders(organisaties: readonly string[], terug: (organisatie: string) => string, log: NodeJS.WritableStream): Promise<{ uitgevers: VertrouwdeUitgever[]; proces: ChildProcess }> {
  const providers = await Promise.all(organisaties.map(async (organisatie) => ({ organisatie, poort: await vrijePoort(), terug: terug(organisatie) })));
  const proces = spawn(process.execPath, [path.join(ROOT, 'tools', 'openid-provider.mjs'), JSON.stringify(providers)], { stdio: ['pipe', 'pipe', 'pipe'] });
  proces.stderr!.pipe(log);
  const gestart = await new Promise<Array<{ organisatie: string; issuer: string }>>((resolve, reject) => {
    const regels: Array<{ organisatie: string; issuer: string }> = [];
    createInterface({ input: proces.stdout! }).on('line', (regel) => {
      // oidc-provider writes its development warnings to stdout as well
      if (!regel.startsWith('{')) return void log.write(`${regel}\n`);
      if (regels.push(JSON.parse(regel) as { organisatie: string; issuer: string }) === providers.length) resolve(regels);
    });
    proces.once('exit', (code) => reject(new Error(`oidc-provider stopte (${code})`)));
  });
  const uitgevers = await Promise.all(gestart.map(async ({ organisatie, issuer }) => {
    const { jwks_uri } = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { jwks_uri: string };
    return { issuer, jwksUri: jwks_uri, organisatie, algoritmen: ['ES256'] } satisfies VertrouwdeUitgever;
  }));
  return { uitgevers, proces };
}

/** Stops a child as docker stop does: SIGTERM, and SIGKILL after ten seconds. */
async function stopProces(proces: ChildProcess): Promise<void> {
  if (proces.exitCode !== null || proces.signalCode !== null) return;
  const weg = new Promise((r) => proces.once('exit', r));
  // nginx stops gracefully on SIGQUIT; the Node services on SIGTERM
  proces.kill(proces.spawnfile.endsWith('nginx') ? 'SIGQUIT' : 'SIGTERM');
  const tijd = setTimeout(() => proces.kill('SIGKILL'), 10_000);
  await weg;
  clearTimeout(tijd);
}

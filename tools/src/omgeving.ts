import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { databaseNaam, embeddedAdminUrl, envPrefix, maakCheckpointSleutelpaar, maakGrantSleutelpaar, Rolsoort, rolUrls, ServiceNaam } from '@netwerkdossier/shared';
import { JWK } from 'jose';
import { DataSource, DataSourceOptions } from 'typeorm';

/** Where `npm start` keeps its state (database, keys); git-ignored. */
export const DATA_MAP = path.resolve(process.env.NETWERKDOSSIER_DATA ?? '.data');

export const DEMO_SEED = process.env.DEMO_SEED ?? 'netwerkdossier-demo';
export const DEMO_AANTAL = Number(process.env.DEMO_AANTAL ?? 50);

/**
 * A service's database for the audit commands: <SERVICE>_DATABASE_URL, else the one `npm start` runs (embedded),
 * as the service's role (reading is all they do) or the retention job's own login.
 */
export function databaseUrlVan(naam: ServiceNaam, rol: Extract<Rolsoort, 'dienst' | 'bewaartaak'> = 'dienst'): string {
  return process.env[`${envPrefix(naam)}_DATABASE_URL`] ?? rolUrls(embeddedAdminUrl(Number(process.env.EMBEDDED_PG_PORT ?? 54329)), databaseNaam(naam))[rol];
}

/**
 * netwerk's database for an audit command (databaseUrlVan), connected; when it cannot be reached, says so (password
 * hidden) and ends the command with exit code 2.
 */
export async function verbindMetNetwerk(entities?: DataSourceOptions['entities']): Promise<DataSource> {
  const url = databaseUrlVan('netwerk');
  const dataSource = new DataSource({ type: 'postgres', url, entities });
  try {
    return await dataSource.initialize();
  } catch (fout) {
    console.error(`Kan de database van netwerk niet bereiken (${url.replace(/:[^:@/]+@/, ':***@')}): ${(fout as Error).message}. Draait \`npm start\`, of zet NETWERK_DATABASE_URL.`);
    process.exit(2);
  }
}

/** Development secrets made on first start and kept in the data folder, never committed. */
export async function devGeheimen(): Promise<{ bsnSleutel: string }> {
  const bestand = path.join(DATA_MAP, 'geheimen.json');
  if (existsSync(bestand)) return JSON.parse(await readFile(bestand, 'utf8')) as { bsnSleutel: string };
  const geheimen = { bsnSleutel: randomBytes(32).toString('hex') };
  await mkdir(DATA_MAP, { recursive: true });
  await writeFile(bestand, JSON.stringify(geheimen), { mode: 0o600 });
  return geheimen;
}

/** The gateway's grant key pair for development, made on first start and kept in the data folder. */
export async function devGrantSleutels(): Promise<{ prive: JWK; publiek: JWK }> {
  const bestand = path.join(DATA_MAP, 'grant-sleutel.json');
  if (existsSync(bestand)) return JSON.parse(await readFile(bestand, 'utf8')) as { prive: JWK; publiek: JWK };
  const paar = await maakGrantSleutelpaar();
  await mkdir(DATA_MAP, { recursive: true });
  await writeFile(bestand, JSON.stringify(paar), { mode: 0o600 });
  return paar;
}

/** The gateway's checkpoint key pair for development (with its kid), made on first start and kept in the data folder. */
export async function devCheckpointSleutels(): Promise<{ prive: JWK; publiek: JWK }> {
  const bestand = path.join(DATA_MAP, 'checkpoint-sleutel.json');
  if (existsSync(bestand)) return JSON.parse(await readFile(bestand, 'utf8')) as { prive: JWK; publiek: JWK };
  const paar = await maakCheckpointSleutelpaar('dev-1');
  await mkdir(DATA_MAP, { recursive: true });
  await writeFile(bestand, JSON.stringify(paar), { mode: 0o600 });
  return paar;
}

/** What a running `npm start` tells the token command: where the local issuer is. */
export interface DevAdressen {
  gatewayUrl: string;
  uitgeverBase: string;
}

export const ADRESSEN_BESTAND = path.join(DATA_MAP, 'adressen.json');

export async function schrijfAdressen(adressen: DevAdressen): Promise<void> {
  await writeFile(ADRESSEN_BESTAND, JSON.stringify(adressen, null, 2));
}

export async function leesAdressen(): Promise<DevAdressen> {
  if (!existsSync(ADRESSEN_BESTAND)) throw new Error('Start het netwerk eerst met `npm start`: er is nog geen lokale uitgever.');
  return JSON.parse(await readFile(ADRESSEN_BESTAND, 'utf8')) as DevAdressen;
}

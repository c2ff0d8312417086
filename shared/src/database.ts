import { Client } from 'pg';
import { DataSource, EntityTarget, MixedList, ObjectLiteral } from 'typeorm';

/** Connection string with another database name on the same server. */
export function metDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function zorgVoorDatabase(url: string): Promise<void> {
  const naam = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new Client({ connectionString: metDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [naam]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${naam.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

export interface DatabaseOpties {
  url: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
}

/** Opens a service's database and brings its schema up to date with its migrations. */
export async function openDatabase(opties: DatabaseOpties): Promise<DataSource> {
  await zorgVoorDatabase(opties.url);
  const dataSource = new DataSource({
    type: 'postgres',
    url: opties.url,
    entities: opties.entities,
    migrations: opties.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

/**
 * A row that PostgreSQL built as JSON (`to_json(t)`, `json_agg(t)`), with the entity's property names and
 * types: column names become properties, timestamps become Dates; dates stay 'YYYY-MM-DD' as typeorm
 * gives them. For queries that gather several tables in one round trip instead of one query each.
 */
export function alsEntiteit<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, rij: Record<string, unknown>): T {
  const uit: Record<string, unknown> = {};
  for (const kolom of dataSource.getMetadata(entity).columns) {
    const waarde = rij[kolom.databaseName];
    const tijdstip = ['timestamptz', 'timestamp', 'timestamp with time zone'].includes(String(kolom.type));
    uit[kolom.propertyName] = waarde === undefined ? null : tijdstip && typeof waarde === 'string' ? new Date(waarde) : waarde;
  }
  return uit as T;
}

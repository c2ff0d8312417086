import { createHash, createHmac } from 'node:crypto';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { BEWAARROL } from './bewaren';
import { metDatabase } from './database';

/** The three login roles of one service's database; none is a superuser. */
export type Rolsoort = 'eigenaar' | 'dienst' | 'bewaartaak';

/** Connection URLs of one database, one per role. */
export type DatabaseRollen = Record<Rolsoort, string>;

/** What a service does beyond SELECT and INSERT, per table (e.g. netwerk withdraws a toestemming). */
export type Wijzigingen = Record<string, ReadonlyArray<'UPDATE' | 'DELETE'>>;

/**
 * A role's name: per database, because roles are the server's, not the database's (tests and
 * several services share one server). Names stay under PostgreSQL's 63 bytes.
 */
export function rolnaam(database: string, soort: Rolsoort): string {
  const naam = `${database}_${soort}`;
  return naam.length <= 63 ? naam : `${database.slice(0, 40)}_${createHash('sha256').update(database).digest('hex').slice(0, 8)}_${soort}`;
}

const ident = (naam: string) => `"${naam.replace(/"/g, '""')}"`;
const letterlijk = (tekst: string) => `'${tekst.replace(/'/g, "''")}'`;

/**
 * The roles' URLs on the server of `adminUrl`. Without `wachtwoorden` (development and tests) each password
 * is derived from the admin URL: whoever knows that URL is the server's superuser anyway.
 */
export function rolUrls(adminUrl: string, database: string, wachtwoorden: Partial<Record<Rolsoort, string>> = {}): DatabaseRollen {
  const url = (soort: Rolsoort) => {
    const u = new URL(metDatabase(adminUrl, database));
    u.username = rolnaam(database, soort);
    u.password = wachtwoorden[soort] ?? createHmac('sha256', adminUrl).update(u.username).digest('hex');
    return u.toString();
  };
  return { eigenaar: url('eigenaar'), dienst: url('dienst'), bewaartaak: url('bewaartaak') };
}

/**
 * Sets up least privilege for one service's database, as the server's superuser (`adminUrl`, its maintenance
 * database): creates the database if missing, owned by `<database>_eigenaar`, who runs the migrations and owns
 * every table (objects made earlier by someone else are handed over); `<database>_dienst`, the service at
 * runtime, owns nothing (its rights are granted after each migration run: `verleenDienstrechten`);
 * `<database>_bewaartaak`, the retention job, is a member of BEWAARROL and owns nothing. Only these
 * connect to the database. Idempotent: `npm start`, the tests and the migration job run it every time.
 */
export async function richtRollenIn(adminUrl: string, database: string, wachtwoorden: Partial<Record<Rolsoort, string>> = {}): Promise<DatabaseRollen> {
  const urls = rolUrls(adminUrl, database, wachtwoorden);
  const rol = (soort: Rolsoort) => ident(rolnaam(database, soort));
  const admin = new Client({ connectionString: metDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    // server-wide and shared by every database: made once, by whoever comes first (tests run in parallel)
    await admin.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${letterlijk(BEWAARROL)}) THEN CREATE ROLE ${ident(BEWAARROL)} NOLOGIN; END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
    for (const soort of ['eigenaar', 'dienst', 'bewaartaak'] as const) {
      const naam = rolnaam(database, soort);
      const wachtwoord = decodeURIComponent(new URL(urls[soort]).password);
      const bestaat = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [naam])).rowCount! > 0;
      await admin.query(`${bestaat ? 'ALTER' : 'CREATE'} ROLE ${ident(naam)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${letterlijk(wachtwoord)}`);
    }
    await admin.query(`GRANT ${ident(BEWAARROL)} TO ${rol('bewaartaak')}`);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    await admin.query(rowCount === 0 ? `CREATE DATABASE ${ident(database)} OWNER ${rol('eigenaar')}` : `ALTER DATABASE ${ident(database)} OWNER TO ${rol('eigenaar')}`);
    await admin.query(`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT ON DATABASE ${ident(database)} TO ${rol('dienst')}, ${rol('bewaartaak')}`);
  } finally {
    await admin.end();
  }
  const db = new Client({ connectionString: metDatabase(adminUrl, database) });
  await db.connect();
  try {
    await db.query(`ALTER SCHEMA public OWNER TO ${rol('eigenaar')}`);
    await db.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await db.query(`GRANT USAGE ON SCHEMA public TO ${rol('dienst')}, ${rol('bewaartaak')}`);
    await db.query(geefObjectenAan(rolnaam(database, 'eigenaar')));
  } finally {
    await db.end();
  }
  return urls;
}

/** Hands what others made in schema public (e.g. `npm start`'s data from before these roles) to the owner. */
function geefObjectenAan(eigenaar: string): string {
  return `DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT c.oid::regclass AS naam, c.relkind FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND c.relowner <> ${letterlijk(eigenaar)}::regrole
        AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
    LOOP
      EXECUTE format('ALTER %s %s OWNER TO %I', CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.naam, ${letterlijk(eigenaar)});
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS naam FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> ${letterlijk(eigenaar)}::regrole LOOP
      EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.naam, ${letterlijk(eigenaar)});
    END LOOP;
    FOR r IN SELECT t.oid::regtype AS naam FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd') AND t.typowner <> ${letterlijk(eigenaar)}::regrole LOOP
      EXECUTE format('ALTER TYPE %s OWNER TO %I', r.naam, ${letterlijk(eigenaar)});
    END LOOP;
  END $$`;
}

/**
 * The service role's rights, granted by the owner after every migration run, so a new table needs no edit
 * here: SELECT and INSERT on every table, the sequences behind them, and only `wijzigingen` beyond that;
 * typeorm's `migrations` table it may only read (to see that the schema is current). No TRUNCATE, no
 * REFERENCES, no TRIGGER, and as it owns nothing no ALTER TABLE or DISABLE TRIGGER.
 */
export async function verleenDienstrechten(eigenaar: DataSource, dienstrol: string, wijzigingen: Wijzigingen = {}): Promise<void> {
  const rol = ident(dienstrol);
  await eigenaar.transaction(async (m) => {
    await m.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${rol}`);
    await m.query(`GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO ${rol}`);
    await m.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${rol}`);
    await m.query(`REVOKE INSERT ON "migrations" FROM ${rol}`);
    for (const [tabel, rechten] of Object.entries(wijzigingen)) await m.query(`GRANT ${rechten.join(', ')} ON ${ident(tabel)} TO ${rol}`);
  });
}

/** Drops the roles of a database that is gone (tests: roles outlive their databases). */
export async function verwijderRollen(adminUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: metDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    for (const soort of ['dienst', 'bewaartaak', 'eigenaar'] as const) await admin.query(`DROP ROLE IF EXISTS ${ident(rolnaam(database, soort))}`);
  } finally {
    await admin.end();
  }
}

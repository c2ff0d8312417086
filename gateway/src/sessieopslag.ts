import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

import { DatabaseRollen, maakLogger, openDatabase, verleenDienstrechten } from '@netwerkdossier/shared';
import { Pool } from 'pg';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the web app keeps between requests: a signed-in session, or a sign-in in progress (OIDC). */
export type Sessiesoort = 'sessie' | 'aanmelding';

/**
 * Where the gateway keeps its web sessions and sign-ins in progress, each under a random id that only the
 * browser holds (its cookie). In memory for one gateway process; in PostgreSQL (the gateway's own database)
 * when replicas behind a load balancer must share them: a session made at one replica is used at the other.
 */
export interface Sessieopslag {
  /** Keeps `inhoud` until `verloopt` (ms since the epoch) under a fresh id, which it returns; at most `max` of a soort (the oldest go first). */
  bewaar(soort: Sessiesoort, inhoud: string, verloopt: number, max?: number): Promise<string>;
  /** The content under this id while it is valid. */
  lees(soort: Sessiesoort, id: string): Promise<string | undefined>;
  /** The content under this id while it is valid, removed at once: of two concurrent calls, one gets it. */
  neem(soort: Sessiesoort, id: string): Promise<string | undefined>;
  verwijder(soort: Sessiesoort, id: string): Promise<void>;
  stop(): Promise<void>;
}

const nieuwId = () => randomBytes(32).toString('base64url');

/** One gateway process's memory: a second replica does not know its sessions. */
export class GeheugenOpslag implements Sessieopslag {
  private readonly per: Record<Sessiesoort, Map<string, { inhoud: string; verloopt: number }>> = { sessie: new Map(), aanmelding: new Map() };

  async bewaar(soort: Sessiesoort, inhoud: string, verloopt: number, max = Infinity): Promise<string> {
    const kaart = this.per[soort];
    const nu = Date.now();
    for (const [id, s] of kaart) if (s.verloopt <= nu) kaart.delete(id);
    // the oldest first: a flood of started sign-ins pushes out only the flood
    while (kaart.size >= max) kaart.delete(kaart.keys().next().value!);
    const id = nieuwId();
    kaart.set(id, { inhoud, verloopt });
    return id;
  }

  async lees(soort: Sessiesoort, id: string): Promise<string | undefined> {
    const s = this.per[soort].get(id);
    if (s && s.verloopt <= Date.now()) this.per[soort].delete(id);
    return s && s.verloopt > Date.now() ? s.inhoud : undefined;
  }

  async neem(soort: Sessiesoort, id: string): Promise<string | undefined> {
    const inhoud = await this.lees(soort, id);
    this.per[soort].delete(id);
    return inhoud;
  }

  async verwijder(soort: Sessiesoort, id: string): Promise<void> {
    this.per[soort].delete(id);
  }

  async stop(): Promise<void> {}
}

/** The gateway database's one table: the web sessions and sign-ins in progress of every replica. */
export class Websessies1797000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "websessie" (
      "sleutel" bytea NOT NULL, "soort" text NOT NULL, "inhoud" bytea NOT NULL, "verloopt" timestamptz NOT NULL,
      "aangemaakt" timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT "PK_websessie" PRIMARY KEY ("sleutel"), CONSTRAINT "CHK_websessie_soort" CHECK ("soort" IN ('sessie', 'aanmelding')))`);
    await q.query(`CREATE INDEX "IDX_websessie_verloopt" ON "websessie" ("verloopt")`);
    await q.query(`CREATE INDEX "IDX_websessie_soort_aangemaakt" ON "websessie" ("soort", "aangemaakt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "websessie"`);
  }
}

/**
 * Migrates the gateway's database as its owner and grants its service role what it needs: SELECT, INSERT and
 * DELETE on websessie (see verleenDienstrechten). Run by the migration job (`main.js migreren`) and npm run topologie.
 */
export async function migreerGatewayDatabase(rollen: Pick<DatabaseRollen, 'eigenaar' | 'dienst'>): Promise<void> {
  const eigenaar = await openDatabase({ url: rollen.eigenaar, entities: [], migrations: [Websessies1797000000000] });
  try {
    await verleenDienstrechten(eigenaar, decodeURIComponent(new URL(rollen.dienst).username), { websessie: ['DELETE'] });
  } finally {
    await eigenaar.destroy();
  }
}

/** A row's key and the key of its content, both derived from the id the browser holds (HKDF-SHA256; the id is 256 random bits). */
function sleutels(id: string): { rij: Buffer; inhoud: Buffer } {
  const geheim = Buffer.from(id, 'base64url');
  return {
    rij: Buffer.from(hkdfSync('sha256', geheim, Buffer.alloc(0), 'netwerkdossier websessie rij', 32)),
    inhoud: Buffer.from(hkdfSync('sha256', geheim, Buffer.alloc(0), 'netwerkdossier websessie inhoud', 32)),
  };
}

/** AES-256-GCM, bound to its soort and row: iv (12) | tag (16) | ciphertext. */
function versleutel(sleutel: Buffer, soort: Sessiesoort, tekst: string): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', sleutel, iv).setAAD(Buffer.from(soort));
  const data = Buffer.concat([c.update(tekst, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), data]);
}

function ontsleutel(sleutel: Buffer, soort: Sessiesoort, blob: Buffer): string | undefined {
  try {
    const d = createDecipheriv('aes-256-gcm', sleutel, blob.subarray(0, 12)).setAAD(Buffer.from(soort));
    d.setAuthTag(blob.subarray(12, 28));
    return Buffer.concat([d.update(blob.subarray(28)), d.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

const OPRUIMEN_MS = 60_000;

/**
 * Sessions in the gateway's own database (`GATEWAY_DATABASE_URL`, its service role), shared by every replica.
 * The database holds neither the cookie's id nor a usable token: a row is found by a key derived from the
 * id, and its content (the bearer token, or a sign-in's state, nonce and PKCE verifier) is encrypted with
 * another key derived from it. Whoever reads the table (its administrator, a backup) can neither take over a
 * session nor read a token; only a browser that holds the cookie can. Expired rows are purged every minute.
 */
export class PostgresOpslag implements Sessieopslag {
  private readonly pool: Pool;
  private readonly opruimer: NodeJS.Timeout;

  constructor(url: string) {
    this.pool = new Pool({ connectionString: url, max: 10 });
    this.pool.on('error', (fout) => log.warn({ err: fout }, 'verbinding met de sessiedatabase verbroken'));
    this.opruimer = setInterval(() => {
      this.pool.query('DELETE FROM websessie WHERE verloopt <= now()').catch((fout: unknown) => log.warn({ err: fout }, 'verlopen sessies niet opgeruimd; de volgende ronde probeert het opnieuw'));
    }, OPRUIMEN_MS).unref();
  }

  /** Refuses to start on a database without the table (its migration job has not run). */
  async controleer(): Promise<void> {
    await this.pool.query('SELECT 1 FROM websessie LIMIT 0').catch((fout: unknown) => {
      throw new Error(`De sessiedatabase (GATEWAY_DATABASE_URL) is niet bruikbaar: ${fout instanceof Error ? fout.message : String(fout)}; draai eerst de migratie (gateway/dist/main.js migreren)`);
    });
  }

  async bewaar(soort: Sessiesoort, inhoud: string, verloopt: number, max?: number): Promise<string> {
    const id = nieuwId();
    const k = sleutels(id);
    await this.pool.query('INSERT INTO websessie (sleutel, soort, inhoud, verloopt) VALUES ($1, $2, $3, $4)', [k.rij, soort, versleutel(k.inhoud, soort, inhoud), new Date(verloopt)]);
    if (max !== undefined) {
      await this.pool.query('DELETE FROM websessie WHERE sleutel IN (SELECT sleutel FROM websessie WHERE soort = $1 ORDER BY aangemaakt DESC OFFSET $2)', [soort, max]);
    }
    return id;
  }

  async lees(soort: Sessiesoort, id: string): Promise<string | undefined> {
    if (!isSessieId(id)) return undefined;
    const k = sleutels(id);
    const { rows } = await this.pool.query<{ inhoud: Buffer }>('SELECT inhoud FROM websessie WHERE sleutel = $1 AND soort = $2 AND verloopt > now()', [k.rij, soort]);
    return rows[0] && ontsleutel(k.inhoud, soort, rows[0].inhoud);
  }

  async neem(soort: Sessiesoort, id: string): Promise<string | undefined> {
    if (!isSessieId(id)) return undefined;
    const k = sleutels(id);
    // one statement: of two replicas taking the same sign-in at once, one gets the row
    const { rows } = await this.pool.query<{ inhoud: Buffer; geldig: boolean }>('DELETE FROM websessie WHERE sleutel = $1 AND soort = $2 RETURNING inhoud, verloopt > now() AS geldig', [k.rij, soort]);
    return rows[0]?.geldig ? ontsleutel(k.inhoud, soort, rows[0].inhoud) : undefined;
  }

  async verwijder(soort: Sessiesoort, id: string): Promise<void> {
    await this.pool.query('DELETE FROM websessie WHERE sleutel = $1 AND soort = $2', [sleutels(id).rij, soort]);
  }

  async stop(): Promise<void> {
    clearInterval(this.opruimer);
    await this.pool.end();
  }
}

const log = maakLogger('gateway');

/** A cookie's value is an id only when it has the form nieuwId gives: anything else is not looked up. */
export function isSessieId(id: string | undefined): id is string {
  // and only in its one spelling: the last of 43 characters carries 2 unused bits, so four spellings decode to the same 32 bytes
  return id !== undefined && /^[\w-]{43}$/.test(id) && Buffer.from(id, 'base64url').toString('base64url') === id;
}

import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

import { Groepscommit } from '../groepscommit';
import { maakLogger } from '../logger';
import { EersteGebruik, SPELING } from './controleren';

/**
 * The service's used grants (jti, exp), in its own database: a grant used once is refused again after a
 * restart and by the service's other replicas on the same database. A row is kept until its grant has
 * expired, clock difference included; then it is purged.
 */
export class GebruikteGrants1796300000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "gebruikte_grant" ("jti" text NOT NULL, "exp" bigint NOT NULL, CONSTRAINT "PK_gebruikte_grant" PRIMARY KEY ("jti"))`);
    await q.query(`CREATE INDEX "IDX_gebruikte_grant_exp" ON "gebruikte_grant" ("exp")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "gebruikte_grant"`);
  }
}

/**
 * Records these grants' first use inside the caller's transaction (no commit of its own): returns the jtis
 * used for the first time; a jti already there (another replica, before a restart) is not. For a write that
 * must not happen under a replayed grant and commits anyway (the toegangslog's records): one commit, not two.
 */
export async function eersteGebruikIn(m: EntityManager, grants: Array<{ jti: string; exp: number }>): Promise<Set<string>> {
  if (grants.length === 0) return new Set();
  const nieuw = (await m.query('INSERT INTO gebruikte_grant (jti, exp) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT (jti) DO NOTHING RETURNING jti', [grants.map((g) => g.jti), grants.map((g) => g.exp)])) as Array<{ jti: string }>;
  return new Set(nieuw.map((r) => r.jti));
}

/** How often expired grants are purged from the table. */
const OPRUIMEN_MS = 60_000;

/** The durable replay memory of one service, on its database; stop() ends the periodic purge and frees its connection. */
export interface GebruikteGrants {
  eersteGebruik: EersteGebruik;
  stop(): Promise<void>;
}

/**
 * One INSERT … ON CONFLICT DO NOTHING per grant, concurrent ones sharing a statement (see Groepscommit):
 * the jti is used for the first time when the row was new. Each answer waits for its commit, so a replica
 * that asks next sees it. The writes go over one connection of their own with synchronous_commit off: the
 * commit does not wait for the disk (it cost about 4 ms per grant here, `npm run bench:grant`). A restart of
 * the service loses nothing; only a crash of the database server itself can lose the last fraction of a
 * second of rows (at most 3 × wal_writer_delay), whose grants then stay usable until their exp.
 */
export function gebruikteGrants(dataSource: DataSource, service: string): GebruikteGrants {
  const logger = maakLogger(service);
  let verbinding: Promise<QueryRunner> | undefined;
  const eigenVerbinding = () => (verbinding ??= (async () => {
    const q = dataSource.createQueryRunner();
    await q.query('SET synchronous_commit TO off');
    return q;
  })());
  const schrijver = new Groepscommit<{ jti: string; exp: number }, boolean>(async (items) => {
    let eerst: Set<string>;
    try {
      eerst = await eersteGebruikIn((await eigenVerbinding()).manager, items);
    } catch (fout) {
      // a broken connection is replaced on the next write
      const oud = verbinding;
      verbinding = undefined;
      await oud?.then((q) => q.release()).catch(() => undefined);
      throw fout;
    }
    // the same jti twice in one statement is inserted once: only its first item counts as first use
    return items.map((i) => eerst.delete(i.jti));
  });
  const opruimer = setInterval(() => {
    dataSource.query('DELETE FROM gebruikte_grant WHERE exp < $1', [Math.floor(Date.now() / 1000) - SPELING]).catch((fout: unknown) => logger.warn({ err: fout }, 'verlopen grants niet opgeruimd; de volgende ronde probeert het opnieuw'));
  }, OPRUIMEN_MS).unref();
  return {
    eersteGebruik: async (jti, exp) => (await schrijver.voegToe([{ jti, exp }]))[0],
    stop: async () => {
      clearInterval(opruimer);
      await verbinding?.then((q) => q.release()).catch(() => undefined);
    },
  };
}

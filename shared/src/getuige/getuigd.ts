import express from 'express';
import { GraphQLError } from 'graphql';
import { Column, Entity, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';

import { alEerderGebruikt, GRANT_HEADER } from '../grant';
import type { Routehulp } from '../subgraph';
import { leesCheckpoint } from './checkpoint';

/** The gateway's own call that hands a partner the toegangslog's newest signed checkpoints (`intern` in its grant). */
export const GETUIGE = 'getuige';

/**
 * In a partner's answer to an audited query: how many of the checkpoints its grant carried (Grant.getuigd)
 * it keeps, durably, in the commit of that answer's verstrekking. The gateway takes them as witnessed.
 */
export const GETUIGD_EXTENSIE = 'getuigd';

/**
 * A checkpoint of netwerk's toegangslog as this partner witnessed it, in the partner's own database:
 * cutting the tail off the toegangslog (with its checkpoints) in netwerk's database leaves this behind,
 * and audit:verify names the cut. Append-only for everyone (database triggers); no personal data.
 */
@Entity('getuigd_checkpoint')
export class GetuigdCheckpoint {
  @PrimaryColumn('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  volgnummer!: number;

  /** Part of the key: two checkpoints of one volgnummer with different hashes are evidence of a second chain. */
  @PrimaryColumn('text')
  hash!: string;

  /** When the gateway signed it. */
  @Column('timestamptz')
  tijdstip!: Date;

  @Column('text')
  kid!: string;

  @Column('text')
  handtekening!: string;

  /** When this partner stored it (its own clock). */
  @Column('timestamptz', { default: () => 'clock_timestamp()' })
  ontvangen!: Date;
}

export class GetuigdeCheckpoints1796300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "getuigd_checkpoint" ("volgnummer" bigint NOT NULL, "hash" text NOT NULL, "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL, "kid" text NOT NULL, "handtekening" text NOT NULL, "ontvangen" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_getuigd_checkpoint" PRIMARY KEY ("volgnummer", "hash"))`);
    await q.query(`CREATE FUNCTION "getuigd_checkpoint_alleen_aanvullen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'getuigde checkpoints zijn alleen aan te vullen: % op % geweigerd', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER "getuigd_checkpoint_geen_wijziging" BEFORE UPDATE OR DELETE ON "getuigd_checkpoint" FOR EACH ROW EXECUTE FUNCTION "getuigd_checkpoint_alleen_aanvullen"()`);
    await q.query(`CREATE TRIGGER "getuigd_checkpoint_geen_truncate" BEFORE TRUNCATE ON "getuigd_checkpoint" FOR EACH STATEMENT EXECUTE FUNCTION "getuigd_checkpoint_alleen_aanvullen"()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "getuigd_checkpoint" FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "getuigd_checkpoint"`);
    await q.query(`DROP FUNCTION "getuigd_checkpoint_alleen_aanvullen"()`);
  }
}

/**
 * `POST /getuige` { handtekeningen: [JWS, …] }: keeps the toegangslog's signed checkpoints the gateway hands
 * this partner (each once). Only the gateway's own grant for this call is let in. Part of the partner
 * contract (docs/partner-contract.md): a partner on its own system keeps them likewise.
 */
export function getuigeRoute(app: express.Express, { dataSource, controleerGrant, eersteGebruikIn }: Routehulp): void {
  app.post(`/${GETUIGE}`, express.json({ limit: '1mb' }), async (req, res) => {
    try {
      const { grant } = await controleerGrant(req.headers[GRANT_HEADER], { pad: `/${GETUIGE}`, body: req.body ?? null });
      if (grant.intern !== GETUIGE) return res.status(403).json({ fout: 'Alleen de gateway geeft checkpoints door' });
      const lijst: unknown = req.body?.handtekeningen;
      if (!Array.isArray(lijst) || lijst.length === 0 || lijst.length > 1000) return res.status(400).json({ fout: 'Verwacht handtekeningen: 1 tot 1000 checkpoints' });
      const checkpoints = lijst.map((h) => (typeof h === 'string' ? leesCheckpoint(h) : null));
      if (checkpoints.some((c) => c === null)) return res.status(400).json({ fout: 'Niet elke handtekening is een checkpoint van het toegangslog' });
      // the grant's first use in the same transaction as the checkpoints: one commit
      const eerste = await dataSource.transaction(async (m) => {
        if (!(await eersteGebruikIn(m, [{ jti: grant.jti, exp: grant.exp }])).size) return false;
        await m.createQueryBuilder().insert().into(GetuigdCheckpoint).values(checkpoints.map((c) => ({ ...c! }))).orIgnore().execute();
        return true;
      });
      if (!eerste) return res.status(401).json({ fout: alEerderGebruikt().message });
      res.json({ opgeslagen: checkpoints.length });
    } catch (e) {
      res.status(e instanceof GraphQLError ? 401 : 503).json({ fout: e instanceof GraphQLError ? e.message : 'De checkpoints konden niet worden opgeslagen' });
    }
  });
}

import { BEWAARROL } from '@netwerkdossier/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gateway's evidence of each policy step (shared/src/beleid/besluitbewijs.ts), kept with the step: every gateway
 * checks it before it puts a version in force, so a row written without the gateway (by whoever can write this
 * database) puts nothing in force. Every new proposal and decision must have it; the installation's first version
 * needs none. NOT VALID: steps recorded before this migration keep no evidence (a gateway will not put such a
 * version in force; see docs/privacyfunctionaris.md).
 */
export class Beleidsbewijzen1796430000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "beleidsversie" ADD COLUMN "bewijs" text');
    await q.query('ALTER TABLE "beleidsbesluit" ADD COLUMN "bewijs" text');
    await q.query('ALTER TABLE "beleidsversie" ADD CONSTRAINT "beleidsversie_bewezen" CHECK ("volgnummer" = 1 OR "bewijs" IS NOT NULL) NOT VALID');
    await q.query('ALTER TABLE "beleidsbesluit" ADD CONSTRAINT "beleidsbesluit_bewezen" CHECK ("bewijs" IS NOT NULL) NOT VALID');
    // the schedule now carries each version's decisions: the retention job, which reads the policy in force, reads them too
    await q.query(`GRANT SELECT ON "beleidsbesluit" TO "${BEWAARROL}"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON "beleidsbesluit" FROM "${BEWAARROL}"`);
    await q.query('ALTER TABLE "beleidsbesluit" DROP COLUMN "bewijs"');
    await q.query('ALTER TABLE "beleidsversie" DROP COLUMN "bewijs"');
  }
}

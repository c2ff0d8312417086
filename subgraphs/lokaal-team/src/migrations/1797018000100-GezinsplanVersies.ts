import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every time a gezinsplan is (re)vastgesteld with the household, a versie: its number, date and what changed.
 * Additive: an existing plan has no versies until it is vastgesteld again (its own date stays what it was).
 */
export class GezinsplanVersies1797018000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "gezinsplan_versie" ("id" SERIAL NOT NULL, "gezinsplan_id" integer NOT NULL, "nummer" integer NOT NULL, "vastgesteld_op" date NOT NULL, "omschrijving" text NOT NULL, CONSTRAINT "CHK_gezinsplan_versie_nummer" CHECK ("nummer" >= 1), CONSTRAINT "PK_8f3d81612d1ad52c8c3f1cc0bcf" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_gezinsplan_versie_nummer" ON "gezinsplan_versie" ("gezinsplan_id", "nummer")`);
    await q.query(`ALTER TABLE "gezinsplan_versie" ADD CONSTRAINT "FK_947a7bb1e4d928e0d55e9f3705b" FOREIGN KEY ("gezinsplan_id") REFERENCES "gezinsplan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gezinsplan_versie" DROP CONSTRAINT "FK_947a7bb1e4d928e0d55e9f3705b"`);
    await q.query(`DROP INDEX "public"."IDX_gezinsplan_versie_nummer"`);
    await q.query(`DROP TABLE "gezinsplan_versie"`);
  }
}

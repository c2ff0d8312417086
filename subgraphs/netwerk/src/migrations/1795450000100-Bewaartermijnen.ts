import { BEWAARROL, maakBewaarrol } from '@netwerkdossier/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

const INHOUD = ['sub', 'organisatie', 'rol', 'team', 'namens', 'doel', 'beleidsversie', 'huishoudens', 'personen', 'inhoud'];
const KOP = ['volgnummer', 'tijdstip', 'actie', 'audit_id', 'inhoud_hash', 'vorige_hash', 'hash'];

/**
 * Retention: a record's hash now covers its head and the hash of its content, so the content can be
 * removed after its term and the chain still verifies. The triggers allow exactly that one change, and
 * only to the retention job's role: content to null, head and hashes untouched, once.
 */
export class Bewaartermijnen1795450000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const kolom of ['sub', 'rol', 'huishoudens', 'personen', 'inhoud']) await q.query(`ALTER TABLE "toegangslog" ALTER COLUMN "${kolom}" DROP NOT NULL`);
    await q.query(`ALTER TABLE "toegangslog" ADD "inhoud_hash" text`);
    await q.query(`ALTER TABLE "toegangslog" ADD "vervallen_op" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "IDX_toegangslog_tijdstip" ON "toegangslog"  ("tijdstip")`);
    await maakBewaarrol(q);
    await q.query(`CREATE OR REPLACE FUNCTION "toegangslog_alleen_aanvullen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'toegangslog' THEN
          IF pg_has_role(current_user, '${BEWAARROL}', 'MEMBER')
            AND OLD.vervallen_op IS NULL AND OLD.inhoud_hash IS NOT NULL AND NEW.vervallen_op IS NOT NULL
            AND (${KOP.map((k) => `NEW."${k}"`).join(', ')}) IS NOT DISTINCT FROM (${KOP.map((k) => `OLD."${k}"`).join(', ')})
            AND ${INHOUD.map((k) => `NEW."${k}" IS NULL`).join(' AND ')}
          THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'het toegangslog is alleen aan te vullen: % op % geweigerd', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION "toegangslog_alleen_aanvullen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'het toegangslog is alleen aan te vullen: % op % geweigerd', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP INDEX "public"."IDX_toegangslog_tijdstip"`);
    await q.query(`ALTER TABLE "toegangslog" DROP COLUMN "vervallen_op"`);
    await q.query(`ALTER TABLE "toegangslog" DROP COLUMN "inhoud_hash"`);
    for (const kolom of ['sub', 'rol', 'huishoudens', 'personen', 'inhoud']) await q.query(`ALTER TABLE "toegangslog" ALTER COLUMN "${kolom}" SET NOT NULL`);
  }
}

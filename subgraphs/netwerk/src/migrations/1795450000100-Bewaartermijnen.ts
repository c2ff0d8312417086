import { BEWAARROL, maakBewaarrol } from '@netwerkdossier/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';

const INHOUD = ['sub', 'organisatie', 'rol', 'team', 'namens', 'doel', 'beleidsversie', 'huishoudens', 'personen', 'inhoud'];
const VERPLICHT = ['sub', 'rol', 'huishoudens', 'personen', 'inhoud'];
const KOP = ['volgnummer', 'tijdstip', 'actie', 'audit_id', 'inhoud_hash', 'vorige_hash', 'hash'];
const WEIGER = `RAISE EXCEPTION 'het toegangslog is alleen aan te vullen: % op % geweigerd', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'`;

/** The retention job as these triggers first knew it: any member of its role, superusers included. */
export const LID = `pg_has_role(current_user, '${BEWAARROL}', 'MEMBER')`;

/** The trigger functions; `bewaartaak` is the SQL that says the retention job is at work. */
export const alleenAanvullen = (bewaartaak: string) => `CREATE OR REPLACE FUNCTION "toegangslog_alleen_aanvullen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'toegangslog' THEN
          IF ${bewaartaak}
            AND OLD.vervallen_op IS NULL AND OLD.inhoud_hash IS NOT NULL AND NEW.vervallen_op IS NOT NULL
            AND (${KOP.map((k) => `NEW."${k}"`).join(', ')}) IS NOT DISTINCT FROM (${KOP.map((k) => `OLD."${k}"`).join(', ')})
            AND ${INHOUD.map((k) => `NEW."${k}" IS NULL`).join(' AND ')}
          THEN
            NEW.vervallen_op := clock_timestamp();
            RETURN NEW;
          END IF;
        END IF;
        ${WEIGER};
      END $$`;

export const nieuwRecord = (maak: 'CREATE' | 'CREATE OR REPLACE', bewaartaak: string) => `${maak} FUNCTION "toegangslog_nieuw_record"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.vervallen_op IS NOT NULL OR NEW.inhoud_hash IS NULL OR ${VERPLICHT.map((k) => `NEW."${k}" IS NULL`).join(' OR ')} THEN
          RAISE EXCEPTION 'een nieuw toegangslog-record is heel en heeft een inhoud-hash' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.actie = 'bewaartermijn' AND NOT ${bewaartaak} THEN
          RAISE EXCEPTION 'alleen de bewaartaak legt een run van de bewaartaak vast' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`;

/**
 * Retention: a record's hash now covers its head and the hash of its content, so the content can be
 * removed after its term and the chain still verifies. The triggers allow exactly that one change, and
 * only to the retention job's role: content to null, head and hashes untouched, once, stamped with the
 * database's clock. New records must be whole and carry a content hash; a record of a retention run
 * only the retention role may add. (A table's owner can still switch triggers off: run the services
 * as a role that owns nothing, see docs/beheer.md "Productierollen".)
 */
export class Bewaartermijnen1795450000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const kolom of VERPLICHT) await q.query(`ALTER TABLE "toegangslog" ALTER COLUMN "${kolom}" DROP NOT NULL`);
    await q.query(`ALTER TABLE "toegangslog" ADD "inhoud_hash" text`);
    await q.query(`ALTER TABLE "toegangslog" ADD "vervallen_op" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "IDX_toegangslog_tijdstip" ON "toegangslog"  ("tijdstip")`);
    await maakBewaarrol(q);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "toegangslog" TO "${BEWAARROL}"`);
    await q.query(alleenAanvullen(LID));
    await q.query(nieuwRecord('CREATE', LID));
    await q.query(`CREATE TRIGGER "toegangslog_nieuw" BEFORE INSERT ON "toegangslog" FOR EACH ROW EXECUTE FUNCTION "toegangslog_nieuw_record"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "toegangslog_nieuw" ON "toegangslog"`);
    await q.query(`DROP FUNCTION "toegangslog_nieuw_record"()`);
    await q.query(`CREATE OR REPLACE FUNCTION "toegangslog_alleen_aanvullen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${WEIGER};
      END $$`);
    await q.query(`REVOKE SELECT, INSERT, UPDATE ON "toegangslog" FROM "${BEWAARROL}"`);
    await q.query(`DROP INDEX "public"."IDX_toegangslog_tijdstip"`);
    await q.query(`ALTER TABLE "toegangslog" DROP COLUMN "vervallen_op"`);
    await q.query(`ALTER TABLE "toegangslog" DROP COLUMN "inhoud_hash"`);
    for (const kolom of VERPLICHT) await q.query(`ALTER TABLE "toegangslog" ALTER COLUMN "${kolom}" SET NOT NULL`);
  }
}

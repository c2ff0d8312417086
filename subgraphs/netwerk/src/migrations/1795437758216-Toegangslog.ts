import { MigrationInterface, QueryRunner } from 'typeorm';

export class Toegangslog1795437758216 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "toegangslog" ("volgnummer" bigint NOT NULL, "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL, "actie" text NOT NULL, "audit_id" uuid, "sub" text NOT NULL, "organisatie" text, "rol" text NOT NULL, "team" text, "namens" text, "doel" text, "beleidsversie" text, "huishoudens" uuid array NOT NULL, "personen" uuid array NOT NULL, "inhoud" jsonb NOT NULL, "vorige_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_a7a680e920264e86f7d5a8378b1" PRIMARY KEY ("volgnummer"))`);
    await q.query(`CREATE INDEX "IDX_toegangslog_audit" ON "toegangslog"  ("audit_id")`);
    await q.query(`CREATE TABLE "toegangslog_checkpoint" ("volgnummer" bigint NOT NULL, "hash" text NOT NULL, "handtekening" text NOT NULL, "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7c483ba63ff6d01e9562c3b1667" PRIMARY KEY ("volgnummer"))`);
    // append-only, enforced by the database for every role but a superuser or the table's owner, who can
    // switch these triggers off; audit:verify then finds what they changed
    await q.query(`CREATE FUNCTION "toegangslog_alleen_aanvullen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'het toegangslog is alleen aan te vullen: % op % geweigerd', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const tabel of ['toegangslog', 'toegangslog_checkpoint']) {
      await q.query(`CREATE TRIGGER "${tabel}_geen_wijziging" BEFORE UPDATE OR DELETE ON "${tabel}" FOR EACH ROW EXECUTE FUNCTION "toegangslog_alleen_aanvullen"()`);
      await q.query(`CREATE TRIGGER "${tabel}_geen_truncate" BEFORE TRUNCATE ON "${tabel}" FOR EACH STATEMENT EXECUTE FUNCTION "toegangslog_alleen_aanvullen"()`);
      await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${tabel}" FROM PUBLIC`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const tabel of ['toegangslog', 'toegangslog_checkpoint']) {
      await q.query(`DROP TRIGGER "${tabel}_geen_truncate" ON "${tabel}"`);
      await q.query(`DROP TRIGGER "${tabel}_geen_wijziging" ON "${tabel}"`);
    }
    await q.query(`DROP FUNCTION "toegangslog_alleen_aanvullen"()`);
    await q.query(`DROP TABLE "toegangslog_checkpoint"`);
    await q.query(`DROP INDEX "public"."IDX_toegangslog_audit"`);
    await q.query(`DROP TABLE "toegangslog"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Koppeling1763900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "dossier" ("id" SERIAL NOT NULL, "huishouden_id" uuid NOT NULL, CONSTRAINT "PK_62a60ad7157c2922b57c3319364" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_dossier_huishouden" ON "dossier"  ("huishouden_id")`);
    await q.query(`CREATE TABLE "client" ("id" SERIAL NOT NULL, "persoon_id" uuid NOT NULL, "dossier_id" integer NOT NULL, CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_client_persoon" ON "client"  ("persoon_id")`);
    await q.query(`CREATE INDEX "IDX_client_dossier" ON "client"  ("dossier_id")`);
    await q.query(`ALTER TABLE "client" ADD CONSTRAINT "FK_client_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "client" DROP CONSTRAINT "FK_client_dossier"`);
    await q.query(`DROP INDEX "public"."IDX_client_dossier"`);
    await q.query(`DROP INDEX "public"."IDX_client_persoon"`);
    await q.query(`DROP TABLE "client"`);
    await q.query(`DROP INDEX "public"."IDX_dossier_huishouden"`);
    await q.query(`DROP TABLE "dossier"`);
  }
}

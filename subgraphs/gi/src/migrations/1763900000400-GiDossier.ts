import { MigrationInterface, QueryRunner } from 'typeorm';

export class GiDossier1763900000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "jeugdbeschermer" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "naam" text NOT NULL, "telefoonnummer" text NOT NULL, CONSTRAINT "PK_dd267207b3ffe42aa542e9e00e3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_jeugdbeschermer_dossier" ON "jeugdbeschermer"  ("dossier_id")`);
    await q.query(`CREATE TABLE "maatregel" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "client_id" integer, "soort" text NOT NULL, "uitspraakdatum" date NOT NULL, "uitspraakkenmerk" text NOT NULL, "ingangsdatum" date NOT NULL, "einddatum" date, CONSTRAINT "PK_cbbc3991d2b5292ab17c47dbec2" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_maatregel_dossier" ON "maatregel"  ("dossier_id")`);
    await q.query(`CREATE TABLE "plan_van_aanpak" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "doelen" text array NOT NULL, "vastgesteld_op" date NOT NULL, CONSTRAINT "PK_49e3bdca413aca07439c7a2b651" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_plan_van_aanpak_dossier" ON "plan_van_aanpak"  ("dossier_id")`);
    await q.query(`CREATE TABLE "voortgangsrapportage" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "datum" date NOT NULL, "samenvatting" text NOT NULL, "werkaantekening" text, CONSTRAINT "PK_ca0e954de9616f0f0d49a5ba21f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_voortgangsrapportage_dossier" ON "voortgangsrapportage"  ("dossier_id")`);
    await q.query(`ALTER TABLE "jeugdbeschermer" ADD CONSTRAINT "FK_91ab4ed2535e1ff99ae620699cc" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "maatregel" ADD CONSTRAINT "FK_4edfef76cf05f99a326a6aeb6a7" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "maatregel" ADD CONSTRAINT "FK_04bf0015be9aa30fb1b9fb9609c" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "plan_van_aanpak" ADD CONSTRAINT "FK_3d28aa41cf31d5211b77447d0ba" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "voortgangsrapportage" ADD CONSTRAINT "FK_2005c320b6d3c96d327b80be18e" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "voortgangsrapportage" DROP CONSTRAINT "FK_2005c320b6d3c96d327b80be18e"`);
    await q.query(`ALTER TABLE "plan_van_aanpak" DROP CONSTRAINT "FK_3d28aa41cf31d5211b77447d0ba"`);
    await q.query(`ALTER TABLE "maatregel" DROP CONSTRAINT "FK_04bf0015be9aa30fb1b9fb9609c"`);
    await q.query(`ALTER TABLE "maatregel" DROP CONSTRAINT "FK_4edfef76cf05f99a326a6aeb6a7"`);
    await q.query(`ALTER TABLE "jeugdbeschermer" DROP CONSTRAINT "FK_91ab4ed2535e1ff99ae620699cc"`);
    await q.query(`DROP INDEX "public"."IDX_voortgangsrapportage_dossier"`);
    await q.query(`DROP TABLE "voortgangsrapportage"`);
    await q.query(`DROP INDEX "public"."IDX_plan_van_aanpak_dossier"`);
    await q.query(`DROP TABLE "plan_van_aanpak"`);
    await q.query(`DROP INDEX "public"."IDX_maatregel_dossier"`);
    await q.query(`DROP TABLE "maatregel"`);
    await q.query(`DROP INDEX "public"."IDX_jeugdbeschermer_dossier"`);
    await q.query(`DROP TABLE "jeugdbeschermer"`);
  }
}

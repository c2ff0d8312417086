import { MigrationInterface, QueryRunner } from 'typeorm';

export class RaadDossier1763900000500 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "advies_aan_rechter" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "soort" text NOT NULL, "datum" date NOT NULL, "zaaknummer" text NOT NULL, "inhoud" text NOT NULL, CONSTRAINT "PK_1faebef85d55fe86bbf961d7b32" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_advies_aan_rechter_dossier" ON "advies_aan_rechter"  ("dossier_id")`);
    await q.query(`CREATE TABLE "beschermingsonderzoek" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "client_id" integer, "aanleiding" text NOT NULL, "onderzoeksvraag" text NOT NULL, "status" text NOT NULL, "gestart_op" date NOT NULL, "conclusie" text, "onderzoeker" text NOT NULL, CONSTRAINT "UQ_beschermingsonderzoek_id_onderzoeker" UNIQUE ("id", "onderzoeker"), CONSTRAINT "PK_2cdfb55ce50ecef12df574e7468" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_beschermingsonderzoek_dossier" ON "beschermingsonderzoek"  ("dossier_id")`);
    await q.query(`CREATE TABLE "verzoek_tot_toetsing" ("id" SERIAL NOT NULL, "beschermingsonderzoek_id" integer NOT NULL, "onderzoeker" text NOT NULL, "ingediend_door" text NOT NULL, "datum" date NOT NULL, "voorgestelde_maatregel" text NOT NULL, CONSTRAINT "UQ_verzoek_tot_toetsing_id_onderzoeker" UNIQUE ("id", "onderzoeker"), CONSTRAINT "PK_941df641751585493346a81c33d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_verzoek_tot_toetsing_beschermingsonderzoek" ON "verzoek_tot_toetsing"  ("beschermingsonderzoek_id")`);
    await q.query(`CREATE TABLE "toets" ("id" SERIAL NOT NULL, "verzoek_id" integer NOT NULL, "onderzoeker" text NOT NULL, "uitgevoerd_door" text NOT NULL, "datum" date NOT NULL, "oordeel" text NOT NULL, "motivering" text NOT NULL, CONSTRAINT "CHK_toets_onafhankelijk" CHECK ("uitgevoerd_door" <> "onderzoeker"), CONSTRAINT "PK_11ac0cde43d21a6375b5280c13f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_toets_verzoek" ON "toets"  ("verzoek_id")`);
    await q.query(`ALTER TABLE "advies_aan_rechter" ADD CONSTRAINT "FK_e2dbd2c5cf66641f67c1b33c27c" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "beschermingsonderzoek" ADD CONSTRAINT "FK_1a4ccaa45ada87011bd7f533679" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "beschermingsonderzoek" ADD CONSTRAINT "FK_4349697d46213c5ed8403bb5578" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "verzoek_tot_toetsing" ADD CONSTRAINT "FK_verzoek_tot_toetsing_beschermingsonderzoek" FOREIGN KEY ("beschermingsonderzoek_id", "onderzoeker") REFERENCES "beschermingsonderzoek"("id","onderzoeker") ON DELETE CASCADE ON UPDATE CASCADE`);
    await q.query(`ALTER TABLE "toets" ADD CONSTRAINT "FK_toets_verzoek_tot_toetsing" FOREIGN KEY ("verzoek_id", "onderzoeker") REFERENCES "verzoek_tot_toetsing"("id","onderzoeker") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "toets" DROP CONSTRAINT "FK_toets_verzoek_tot_toetsing"`);
    await q.query(`ALTER TABLE "verzoek_tot_toetsing" DROP CONSTRAINT "FK_verzoek_tot_toetsing_beschermingsonderzoek"`);
    await q.query(`ALTER TABLE "beschermingsonderzoek" DROP CONSTRAINT "FK_4349697d46213c5ed8403bb5578"`);
    await q.query(`ALTER TABLE "beschermingsonderzoek" DROP CONSTRAINT "FK_1a4ccaa45ada87011bd7f533679"`);
    await q.query(`ALTER TABLE "advies_aan_rechter" DROP CONSTRAINT "FK_e2dbd2c5cf66641f67c1b33c27c"`);
    await q.query(`DROP INDEX "public"."IDX_toets_verzoek"`);
    await q.query(`DROP TABLE "toets"`);
    await q.query(`DROP INDEX "public"."IDX_verzoek_tot_toetsing_beschermingsonderzoek"`);
    await q.query(`DROP TABLE "verzoek_tot_toetsing"`);
    await q.query(`DROP INDEX "public"."IDX_beschermingsonderzoek_dossier"`);
    await q.query(`DROP TABLE "beschermingsonderzoek"`);
    await q.query(`DROP INDEX "public"."IDX_advies_aan_rechter_dossier"`);
    await q.query(`DROP TABLE "advies_aan_rechter"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class VeiligThuisDossier1763900000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "melder" ("id" SERIAL NOT NULL, "naam" text NOT NULL, "relatie_tot_gezin" text NOT NULL, "telefoonnummer" text, CONSTRAINT "PK_007ceb9c0e7ed6b4d5d7c0ce010" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "melding" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "ontvangen_op" date NOT NULL, "aard" text NOT NULL, "omschrijving" text NOT NULL, "melder_id" integer, CONSTRAINT "REL_77096ba79e914ef50d17a8b0df" UNIQUE ("melder_id"), CONSTRAINT "PK_80a7932bdc791a25732613fb586" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_melding_dossier" ON "melding"  ("dossier_id")`);
    await q.query(`CREATE TABLE "onderzoek" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "status" text NOT NULL, "grondslag" text NOT NULL, "gestart_op" date NOT NULL, "conclusie" text, CONSTRAINT "PK_b7a16b9941b77b466a9ee14f63a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_onderzoek_dossier" ON "onderzoek"  ("dossier_id")`);
    await q.query(`CREATE TABLE "veiligheidskaart" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "bijgewerkt_op" date NOT NULL, "situatie" text NOT NULL, "veiligheidsafspraken" text array NOT NULL, CONSTRAINT "PK_907816de9d559c944fef7de7b52" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_veiligheidskaart_dossier" ON "veiligheidskaart"  ("dossier_id")`);
    await q.query(`CREATE TABLE "veiligheidstaxatie" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "datum" date NOT NULL, "acute_onveiligheid" boolean NOT NULL, "structurele_onveiligheid" boolean NOT NULL, "toelichting" text NOT NULL, CONSTRAINT "PK_5c1643465ded81309853ecb30d7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_veiligheidstaxatie_dossier" ON "veiligheidstaxatie"  ("dossier_id")`);
    await q.query(`CREATE TABLE "verklaring" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "datum" date NOT NULL, "inhoud" text NOT NULL, CONSTRAINT "PK_36f4ee09c5560ec2cb9993bb6fa" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_verklaring_client" ON "verklaring"  ("client_id")`);
    await q.query(`ALTER TABLE "melding" ADD CONSTRAINT "FK_b1bd5980451dbddac75f2ec91b8" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "melding" ADD CONSTRAINT "FK_melding_melder" FOREIGN KEY ("melder_id") REFERENCES "melder"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "onderzoek" ADD CONSTRAINT "FK_ba03d5df5c7b4128d020de11f0d" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "veiligheidskaart" ADD CONSTRAINT "FK_d3a4eb93e1945e259f4c17d604d" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "veiligheidstaxatie" ADD CONSTRAINT "FK_ed1b7ddca6fdff793eb7663d13c" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "verklaring" ADD CONSTRAINT "FK_4b75de2b22f522aa9d5334e76ee" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "verklaring" DROP CONSTRAINT "FK_4b75de2b22f522aa9d5334e76ee"`);
    await q.query(`ALTER TABLE "veiligheidstaxatie" DROP CONSTRAINT "FK_ed1b7ddca6fdff793eb7663d13c"`);
    await q.query(`ALTER TABLE "veiligheidskaart" DROP CONSTRAINT "FK_d3a4eb93e1945e259f4c17d604d"`);
    await q.query(`ALTER TABLE "onderzoek" DROP CONSTRAINT "FK_ba03d5df5c7b4128d020de11f0d"`);
    await q.query(`ALTER TABLE "melding" DROP CONSTRAINT "FK_melding_melder"`);
    await q.query(`ALTER TABLE "melding" DROP CONSTRAINT "FK_b1bd5980451dbddac75f2ec91b8"`);
    await q.query(`DROP INDEX "public"."IDX_verklaring_client"`);
    await q.query(`DROP TABLE "verklaring"`);
    await q.query(`DROP INDEX "public"."IDX_veiligheidstaxatie_dossier"`);
    await q.query(`DROP TABLE "veiligheidstaxatie"`);
    await q.query(`DROP INDEX "public"."IDX_veiligheidskaart_dossier"`);
    await q.query(`DROP TABLE "veiligheidskaart"`);
    await q.query(`DROP INDEX "public"."IDX_onderzoek_dossier"`);
    await q.query(`DROP TABLE "onderzoek"`);
    await q.query(`DROP INDEX "public"."IDX_melding_dossier"`);
    await q.query(`DROP TABLE "melding"`);
    await q.query(`DROP TABLE "melder"`);
  }
}

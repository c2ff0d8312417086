import { MigrationInterface, QueryRunner } from 'typeorm';

export class LokaalTeamDossier1763900000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "adres" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "adres" text NOT NULL, CONSTRAINT "PK_6d07f7d6ebed8d509aeae6dd443" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_adres_dossier" ON "adres"  ("dossier_id")`);
    await q.query(`CREATE TABLE "bestaanszekerheid" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "bijgewerkt_op" date NOT NULL, "inkomen" text NOT NULL, "schulden" boolean NOT NULL, "schuldhulpverlening" boolean NOT NULL, "huisvesting" text NOT NULL, CONSTRAINT "PK_0f475ce542d1b8a4c15e59e8980" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_bestaanszekerheid_dossier" ON "bestaanszekerheid"  ("dossier_id")`);
    await q.query(`CREATE TABLE "gezinsplan" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "vastgesteld_op" date NOT NULL, CONSTRAINT "PK_11889e45bde87dc342c91aa746c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_gezinsplan_dossier" ON "gezinsplan"  ("dossier_id")`);
    await q.query(`CREATE TABLE "gezinsafspraak" ("id" SERIAL NOT NULL, "gezinsplan_id" integer NOT NULL, "omschrijving" text NOT NULL, "wie" text NOT NULL, "wanneer" text NOT NULL, CONSTRAINT "PK_963ce23fb90941b128ddcba99af" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_gezinsafspraak_gezinsplan" ON "gezinsafspraak"  ("gezinsplan_id")`);
    await q.query(`CREATE TABLE "gezinsdoel" ("id" SERIAL NOT NULL, "gezinsplan_id" integer NOT NULL, "omschrijving" text NOT NULL, "behaald" boolean NOT NULL, CONSTRAINT "PK_6633a627359868c4bd4df0ce8ce" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_gezinsdoel_gezinsplan" ON "gezinsdoel"  ("gezinsplan_id")`);
    await q.query(`CREATE TABLE "gezondheidsnotitie" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "bijgewerkt_op" date NOT NULL, "notitie" text NOT NULL, CONSTRAINT "PK_ad84ea0de2c8e0f756182dc252b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_gezondheidsnotitie_client" ON "gezondheidsnotitie"  ("client_id")`);
    await q.query(`CREATE TABLE "mdo_verslag" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "datum" date NOT NULL, "inbrenger" text NOT NULL, "vraag" text NOT NULL, "besluit" text NOT NULL, "afspraken" text array NOT NULL, CONSTRAINT "PK_0015f1b33896d90324ad073c683" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_mdo_verslag_dossier" ON "mdo_verslag"  ("dossier_id")`);
    await q.query(`CREATE TABLE "netwerklid" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "naam" text NOT NULL, "relatie" text NOT NULL, "rol_in_netwerk" text NOT NULL, CONSTRAINT "PK_70227597154955b88b091784373" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_netwerklid_dossier" ON "netwerklid"  ("dossier_id")`);
    await q.query(`CREATE TABLE "top3" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "datum" date NOT NULL, "zorgen" text array NOT NULL, "krachten" text array NOT NULL, "veiligheidscijfer" integer NOT NULL, CONSTRAINT "CHK_top3_veiligheidscijfer" CHECK ("veiligheidscijfer" BETWEEN 0 AND 10), CONSTRAINT "PK_463938dfe97fc326a70bc15b254" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_top3_dossier" ON "top3"  ("dossier_id")`);
    await q.query(`CREATE TABLE "verklarende_analyse" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "datum" date NOT NULL, "onderliggende_factoren" text array NOT NULL, "patronen" text array NOT NULL, "opgesteld_door" text NOT NULL, CONSTRAINT "PK_6d6862a02c8ad6431141492ba34" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_verklarende_analyse_dossier" ON "verklarende_analyse"  ("dossier_id")`);
    await q.query(`CREATE TABLE "werkaantekening" ("id" SERIAL NOT NULL, "dossier_id" integer NOT NULL, "datum" date NOT NULL, "auteur" text NOT NULL, "tekst" text NOT NULL, CONSTRAINT "PK_cfca5fa463397ce10f4052bb044" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_werkaantekening_dossier" ON "werkaantekening"  ("dossier_id")`);
    await q.query(`CREATE TABLE "mdo_advies" ("id" SERIAL NOT NULL, "mdo_verslag_id" integer NOT NULL, "deelnemer" text NOT NULL, "organisatie" text NOT NULL, "advies" text NOT NULL, CONSTRAINT "PK_8fc8b346914267ee4024c82f851" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_mdo_advies_mdo_verslag" ON "mdo_advies"  ("mdo_verslag_id")`);
    await q.query(`CREATE TABLE "personalia" ("id" SERIAL NOT NULL, "client_id" integer NOT NULL, "voornaam" text NOT NULL, "achternaam" text NOT NULL, "telefoonnummer" text, "emailadres" text, "bsn" text, CONSTRAINT "PK_e108b564184410e93d93985977d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_personalia_client" ON "personalia"  ("client_id")`);
    await q.query(`ALTER TABLE "adres" ADD CONSTRAINT "FK_17ead6f4ca404b4870fbd4b3def" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "bestaanszekerheid" ADD CONSTRAINT "FK_230ae97f5306d9a0a3f32055c1c" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "gezinsplan" ADD CONSTRAINT "FK_a4b6e408a05bfccdfcf5ec95e59" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "gezinsafspraak" ADD CONSTRAINT "FK_e993dd81b587a27e374153a2f80" FOREIGN KEY ("gezinsplan_id") REFERENCES "gezinsplan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "gezinsdoel" ADD CONSTRAINT "FK_496acb151e360e275a0eb1d7379" FOREIGN KEY ("gezinsplan_id") REFERENCES "gezinsplan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "gezondheidsnotitie" ADD CONSTRAINT "FK_cf73b5cd383f4d4ec890a0b19ce" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "mdo_verslag" ADD CONSTRAINT "FK_50950bb764096322a8baec7bf35" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "netwerklid" ADD CONSTRAINT "FK_4efe3fa15b206ebc756c58c39b0" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "top3" ADD CONSTRAINT "FK_df6ceb4d9e12db3df611a5802e1" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "verklarende_analyse" ADD CONSTRAINT "FK_f2b484f367db10ef3dffa5eca0b" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "werkaantekening" ADD CONSTRAINT "FK_94b3edf7b8193d2c4beddbc8296" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "mdo_advies" ADD CONSTRAINT "FK_536a6d8d9c7ea290f1175aada61" FOREIGN KEY ("mdo_verslag_id") REFERENCES "mdo_verslag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "personalia" ADD CONSTRAINT "FK_86078e44b13a21e3c109c9928ef" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "personalia" DROP CONSTRAINT "FK_86078e44b13a21e3c109c9928ef"`);
    await q.query(`ALTER TABLE "mdo_advies" DROP CONSTRAINT "FK_536a6d8d9c7ea290f1175aada61"`);
    await q.query(`ALTER TABLE "werkaantekening" DROP CONSTRAINT "FK_94b3edf7b8193d2c4beddbc8296"`);
    await q.query(`ALTER TABLE "verklarende_analyse" DROP CONSTRAINT "FK_f2b484f367db10ef3dffa5eca0b"`);
    await q.query(`ALTER TABLE "top3" DROP CONSTRAINT "FK_df6ceb4d9e12db3df611a5802e1"`);
    await q.query(`ALTER TABLE "netwerklid" DROP CONSTRAINT "FK_4efe3fa15b206ebc756c58c39b0"`);
    await q.query(`ALTER TABLE "mdo_verslag" DROP CONSTRAINT "FK_50950bb764096322a8baec7bf35"`);
    await q.query(`ALTER TABLE "gezondheidsnotitie" DROP CONSTRAINT "FK_cf73b5cd383f4d4ec890a0b19ce"`);
    await q.query(`ALTER TABLE "gezinsdoel" DROP CONSTRAINT "FK_496acb151e360e275a0eb1d7379"`);
    await q.query(`ALTER TABLE "gezinsafspraak" DROP CONSTRAINT "FK_e993dd81b587a27e374153a2f80"`);
    await q.query(`ALTER TABLE "gezinsplan" DROP CONSTRAINT "FK_a4b6e408a05bfccdfcf5ec95e59"`);
    await q.query(`ALTER TABLE "bestaanszekerheid" DROP CONSTRAINT "FK_230ae97f5306d9a0a3f32055c1c"`);
    await q.query(`ALTER TABLE "adres" DROP CONSTRAINT "FK_17ead6f4ca404b4870fbd4b3def"`);
    await q.query(`DROP INDEX "public"."IDX_personalia_client"`);
    await q.query(`DROP TABLE "personalia"`);
    await q.query(`DROP INDEX "public"."IDX_mdo_advies_mdo_verslag"`);
    await q.query(`DROP TABLE "mdo_advies"`);
    await q.query(`DROP INDEX "public"."IDX_werkaantekening_dossier"`);
    await q.query(`DROP TABLE "werkaantekening"`);
    await q.query(`DROP INDEX "public"."IDX_verklarende_analyse_dossier"`);
    await q.query(`DROP TABLE "verklarende_analyse"`);
    await q.query(`DROP INDEX "public"."IDX_top3_dossier"`);
    await q.query(`DROP TABLE "top3"`);
    await q.query(`DROP INDEX "public"."IDX_netwerklid_dossier"`);
    await q.query(`DROP TABLE "netwerklid"`);
    await q.query(`DROP INDEX "public"."IDX_mdo_verslag_dossier"`);
    await q.query(`DROP TABLE "mdo_verslag"`);
    await q.query(`DROP INDEX "public"."IDX_gezondheidsnotitie_client"`);
    await q.query(`DROP TABLE "gezondheidsnotitie"`);
    await q.query(`DROP INDEX "public"."IDX_gezinsdoel_gezinsplan"`);
    await q.query(`DROP TABLE "gezinsdoel"`);
    await q.query(`DROP INDEX "public"."IDX_gezinsafspraak_gezinsplan"`);
    await q.query(`DROP TABLE "gezinsafspraak"`);
    await q.query(`DROP INDEX "public"."IDX_gezinsplan_dossier"`);
    await q.query(`DROP TABLE "gezinsplan"`);
    await q.query(`DROP INDEX "public"."IDX_bestaanszekerheid_dossier"`);
    await q.query(`DROP TABLE "bestaanszekerheid"`);
    await q.query(`DROP INDEX "public"."IDX_adres_dossier"`);
    await q.query(`DROP TABLE "adres"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Registratie1763900000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "betrokkenheid" ("id" uuid NOT NULL, "huishouden_id" uuid NOT NULL, "organisatie" text NOT NULL, "team" text NOT NULL, "professional" text NOT NULL, "vorm" text NOT NULL, "regiehouder" boolean NOT NULL, "vanaf" date NOT NULL, "tot" date, CONSTRAINT "PK_0a3a91d45baac4564c1f27d683f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_betrokkenheid_huishouden" ON "betrokkenheid"  ("huishouden_id")`);
    await q.query(`CREATE INDEX "IDX_betrokkenheid_professional" ON "betrokkenheid"  ("professional")`);
    await q.query(`CREATE TABLE "gezag" ("kind_id" uuid NOT NULL, "gezaghebbende_id" uuid NOT NULL, CONSTRAINT "PK_61b9d63ad38d8d3645b3cb128a1" PRIMARY KEY ("kind_id", "gezaghebbende_id"))`);
    await q.query(`CREATE TABLE "huishouden" ("id" uuid NOT NULL, "aangemaakt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1b89bbccb22b964ecc91417c278" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "persoon" ("id" uuid NOT NULL, "huishouden_id" uuid NOT NULL, "geboortejaar" integer, "rol" text NOT NULL, "bsn_hash" text, CONSTRAINT "PK_698e6aa2b869a540528164bb47c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_persoon_huishouden" ON "persoon"  ("huishouden_id")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_persoon_bsn_hash" ON "persoon"  ("bsn_hash")`);
    await q.query(`CREATE TABLE "toestemming" ("id" uuid NOT NULL, "persoon_id" uuid NOT NULL, "gegeven_door" uuid array NOT NULL, "ontvanger_organisatie" text NOT NULL, "ontvanger_team" text, "ontvanger_professional" text, "categorieen" text array NOT NULL, "doel" text NOT NULL, "vorm" text NOT NULL, "bewijs" text NOT NULL, "geldig_vanaf" date NOT NULL, "geldig_tot" date, "ingetrokken_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_03fe053569c447d42fa68a9e724" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_toestemming_persoon" ON "toestemming"  ("persoon_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_toestemming_persoon"`);
    await q.query(`DROP TABLE "toestemming"`);
    await q.query(`DROP INDEX "public"."IDX_persoon_bsn_hash"`);
    await q.query(`DROP INDEX "public"."IDX_persoon_huishouden"`);
    await q.query(`DROP TABLE "persoon"`);
    await q.query(`DROP TABLE "huishouden"`);
    await q.query(`DROP TABLE "gezag"`);
    await q.query(`DROP INDEX "public"."IDX_betrokkenheid_professional"`);
    await q.query(`DROP INDEX "public"."IDX_betrokkenheid_huishouden"`);
    await q.query(`DROP TABLE "betrokkenheid"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Doorbraken1795430949086 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "doorbraak" ("id" uuid NOT NULL, "huishouden_id" uuid NOT NULL, "personen" uuid array NOT NULL, "categorieen" text array NOT NULL, "professional" text NOT NULL, "organisatie" text NOT NULL, "reden" text NOT NULL, "begint_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "eindigt_op" TIMESTAMP WITH TIME ZONE NOT NULL, "beleidsversie" text NOT NULL, CONSTRAINT "PK_be6f2a22059550e30e2f4053e31" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_doorbraak_huishouden" ON "doorbraak"  ("huishouden_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_doorbraak_huishouden"`);
    await q.query(`DROP TABLE "doorbraak"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Protected household members: each marking a new row (append only), the newest counts. */
export class Bescherming1796400000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "bescherming" ("id" uuid NOT NULL, "persoon_id" uuid NOT NULL, "beschermd" boolean NOT NULL, "door" text NOT NULL, "gemarkeerd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bescherming" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_bescherming_persoon" ON "bescherming" ("persoon_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "bescherming"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** A household member's invitation of a named professional; the acceptance fills in the betrokkenheid it registered. */
export class Uitnodigingen1796400000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "uitnodiging" ("id" uuid NOT NULL, "vraag_id" uuid NOT NULL, "huishouden_id" uuid NOT NULL, "organisatie" text NOT NULL, "professional" text NOT NULL, "betrokkenheid_id" uuid, "uitgenodigd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_uitnodiging" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_uitnodiging_vraag" ON "uitnodiging" ("vraag_id")`);
    await q.query(`CREATE INDEX "IDX_uitnodiging_professional" ON "uitnodiging" ("professional")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "uitnodiging"`);
  }
}

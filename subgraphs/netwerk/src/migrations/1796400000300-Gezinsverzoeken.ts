import { MigrationInterface, QueryRunner } from 'typeorm';

/** A household member's objection or request to correct or remove (AVG art. 21, 16, 17), and the privacy officer's answer. */
export class Gezinsverzoeken1796400000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "gezinsverzoek" ("id" uuid NOT NULL, "huishouden_id" uuid NOT NULL, "persoon_id" uuid NOT NULL, "soort" text NOT NULL, "organisatie" text NOT NULL, "over" text NOT NULL, "logregel" bigint, "toelichting" text NOT NULL, "ingediend_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_gezinsverzoek" PRIMARY KEY ("id"), CONSTRAINT "CHK_gezinsverzoek_soort" CHECK ("soort" IN ('bezwaar', 'correctie', 'verwijdering')))`);
    await q.query(`CREATE INDEX "IDX_gezinsverzoek_persoon" ON "gezinsverzoek" ("persoon_id")`);
    await q.query(`CREATE INDEX "IDX_gezinsverzoek_organisatie" ON "gezinsverzoek" ("organisatie")`);
    await q.query(`CREATE TABLE "gezinsverzoekantwoord" ("verzoek_id" uuid NOT NULL, "antwoord" text NOT NULL, "beantwoord_door" text NOT NULL, "beantwoord_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_gezinsverzoekantwoord" PRIMARY KEY ("verzoek_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "gezinsverzoekantwoord"`);
    await q.query(`DROP TABLE "gezinsverzoek"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Consent the household asks and gives itself in the app: the vraag, each no, and which yes answers which vraag. */
export class Toestemmingsvragen1796400000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "toestemmingsvraag" ("id" uuid NOT NULL, "huishouden_id" uuid NOT NULL, "persoon_id" uuid NOT NULL, "gevraagd_door" uuid NOT NULL, "ontvanger_organisatie" text NOT NULL, "ontvanger_professional" text, "categorieen" text array NOT NULL, "doel" text NOT NULL, "geldig_tot" date, "gevraagd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_toestemmingsvraag" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_toestemmingsvraag_huishouden" ON "toestemmingsvraag" ("huishouden_id")`);
    await q.query(`CREATE INDEX "IDX_toestemmingsvraag_persoon" ON "toestemmingsvraag" ("persoon_id")`);
    await q.query(`CREATE TABLE "toestemmingsweigering" ("vraag_id" uuid NOT NULL, "door" uuid NOT NULL, "geweigerd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_toestemmingsweigering" PRIMARY KEY ("vraag_id", "door"))`);
    await q.query(`ALTER TABLE "toestemming" ADD "vraag_id" uuid`);
    await q.query(`CREATE INDEX "IDX_toestemming_vraag" ON "toestemming" ("vraag_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_toestemming_vraag"`);
    await q.query(`ALTER TABLE "toestemming" DROP COLUMN "vraag_id"`);
    await q.query(`DROP TABLE "toestemmingsweigering"`);
    await q.query(`DROP TABLE "toestemmingsvraag"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

const TABELLEN = ['gezinsdoel', 'gezinsafspraak', 'mdo_advies'];

/** Whom each part of a gezinsplan or MDO concerns (pseudonyms); existing rows concern the household as a whole. */
export class Betreft1796418000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const t of TABELLEN) {
      await q.query(`ALTER TABLE "${t}" ADD "betreft" text array NOT NULL DEFAULT '{}'`);
      await q.query(`ALTER TABLE "${t}" ALTER COLUMN "betreft" DROP DEFAULT`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABELLEN) await q.query(`ALTER TABLE "${t}" DROP COLUMN "betreft"`);
  }
}

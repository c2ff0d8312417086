import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who does an onderzoek, so that it confirms only that professional's registration; older rows stay null and confirm no one. */
export class Onderzoeker1796210000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "onderzoek" ADD "onderzoeker" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "onderzoek" DROP COLUMN "onderzoeker"`);
  }
}

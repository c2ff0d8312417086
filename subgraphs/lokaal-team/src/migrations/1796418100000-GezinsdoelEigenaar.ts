import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who carries each gezinsplan doel and by when: additive, existing doelen keep both empty. */
export class GezinsdoelEigenaar1796418100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gezinsdoel" ADD "eigenaar" text`);
    await q.query(`ALTER TABLE "gezinsdoel" ADD "streefdatum" date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gezinsdoel" DROP COLUMN "streefdatum"`);
    await q.query(`ALTER TABLE "gezinsdoel" DROP COLUMN "eigenaar"`);
  }
}

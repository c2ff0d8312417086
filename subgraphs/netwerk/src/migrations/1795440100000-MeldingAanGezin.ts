import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeldingAanGezin1795440100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" ADD "gemeld_aan_gezin" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "gemeld_aan_gezin"`);
  }
}

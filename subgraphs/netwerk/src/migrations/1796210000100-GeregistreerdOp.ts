import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a betrokkenheid was registered, for the list of what awaits confirmation; older rows get the moment of this migration. */
export class GeregistreerdOp1796210000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" ADD "geregistreerd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "geregistreerd_op"`);
  }
}

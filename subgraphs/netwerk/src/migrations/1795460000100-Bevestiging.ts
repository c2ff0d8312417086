import { MigrationInterface, QueryRunner } from 'typeorm';

export class Bevestiging1795460000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" ADD "bevestigd_door" text`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD "bevestigd_met" text`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD "bevestigd_op" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "betrokkenheid" ADD CONSTRAINT "CHK_betrokkenheid_bevestiging" CHECK (("bevestigd_door" IS NULL) = ("bevestigd_met" IS NULL) AND ("bevestigd_door" IS NULL) = ("bevestigd_op" IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "betrokkenheid" DROP CONSTRAINT "CHK_betrokkenheid_bevestiging"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "bevestigd_op"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "bevestigd_met"`);
    await q.query(`ALTER TABLE "betrokkenheid" DROP COLUMN "bevestigd_door"`);
  }
}

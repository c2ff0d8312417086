import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who registered a consent, so that they (and not any other professional) may revoke it; older rows stay null. */
export class GeregistreerdDoor1796202762094 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "toestemming" ADD "geregistreerd_door" text`);
    await q.query(`ALTER TABLE "toestemming" ADD "geregistreerd_door_organisatie" text`);
    await q.query(`ALTER TABLE "toestemming" ADD CONSTRAINT "CHK_toestemming_geregistreerd_door" CHECK (("geregistreerd_door" IS NULL) = ("geregistreerd_door_organisatie" IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "toestemming" DROP CONSTRAINT "CHK_toestemming_geregistreerd_door"`);
    await q.query(`ALTER TABLE "toestemming" DROP COLUMN "geregistreerd_door_organisatie"`);
    await q.query(`ALTER TABLE "toestemming" DROP COLUMN "geregistreerd_door"`);
  }
}

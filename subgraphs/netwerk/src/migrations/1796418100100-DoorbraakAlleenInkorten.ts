import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A doorbraak may be ended early (beeindigDoorbraak), never lengthened or otherwise changed: the service's
 * role may UPDATE the table for that one step only, enforced by the database, so whoever holds that role
 * cannot extend a doorbraak's reach past what was registered (and logged) when it began.
 */
export class DoorbraakAlleenInkorten1796418100100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "doorbraak_alleen_inkorten"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (to_jsonb(NEW) - 'eindigt_op') IS DISTINCT FROM (to_jsonb(OLD) - 'eindigt_op') OR NEW.eindigt_op > OLD.eindigt_op OR NEW.eindigt_op > clock_timestamp() THEN
          RAISE EXCEPTION 'een doorbraak kan alleen eerder beëindigd worden: % geweigerd', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "doorbraak_alleen_inkorten" BEFORE UPDATE ON "doorbraak" FOR EACH ROW EXECUTE FUNCTION "doorbraak_alleen_inkorten"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "doorbraak_alleen_inkorten" ON "doorbraak"`);
    await q.query(`DROP FUNCTION "doorbraak_alleen_inkorten"()`);
  }
}

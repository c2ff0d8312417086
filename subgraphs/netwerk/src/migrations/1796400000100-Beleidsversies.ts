import { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel on which netwerk's database says that a policy version was approved (payload: its volgnummer). */
export const BELEID_KANAAL = 'beleid';

/**
 * The policy's versions in the registry: each proposal with its author, reason and the organisations whose
 * privacy officer must approve it; each approval or refusal with its reason; and, once approved, from when
 * it is in force. The service may only add rows (SELECT and INSERT, see verleenDienstrechten), so a version
 * or a decision is never changed afterwards. The triggers hold the four-eyes rule against the service role
 * too: no approval by the proposer, and no version in force without a second privacy officer and every
 * organisation concerned (the proposer's own said so by proposing; the first version, taken from policies/ at
 * installation, needs none).
 */
export class Beleidsversies1796400000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "beleidsversie" (
      "volgnummer" integer PRIMARY KEY,
      "versie" text NOT NULL,
      "bestanden" jsonb NOT NULL,
      "reden" text NOT NULL,
      "voorgesteld_door" text NOT NULL,
      "organisatie" text,
      "voorgesteld_op" timestamptz NOT NULL DEFAULT clock_timestamp(),
      "gewenst_vanaf" timestamptz,
      "basis" integer REFERENCES "beleidsversie",
      "terug_naar" integer REFERENCES "beleidsversie",
      "organisaties" text[] NOT NULL
    )`);
    await q.query(`CREATE TABLE "beleidsbesluit" (
      "id" serial PRIMARY KEY,
      "volgnummer" integer NOT NULL REFERENCES "beleidsversie",
      "oordeel" text NOT NULL CHECK ("oordeel" IN ('goedgekeurd', 'afgewezen')),
      "door" text NOT NULL,
      "organisatie" text,
      "reden" text NOT NULL,
      "tijdstip" timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query(`CREATE TABLE "beleid_in_werking" (
      "volgnummer" integer PRIMARY KEY REFERENCES "beleidsversie",
      "vanaf" timestamptz NOT NULL,
      "goedgekeurd_op" timestamptz NOT NULL DEFAULT clock_timestamp(),
      "volgorde" serial UNIQUE
    )`);
    await q.query(`CREATE FUNCTION "beleidsbesluit_vier_ogen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.oordeel = 'goedgekeurd' AND EXISTS (SELECT 1 FROM beleidsversie WHERE volgnummer = NEW.volgnummer AND voorgesteld_door = NEW.door) THEN
          RAISE EXCEPTION 'vier ogen: wie een beleidsversie voorstelt, keurt haar niet zelf goed';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "beleidsbesluit_vier_ogen" BEFORE INSERT ON "beleidsbesluit" FOR EACH ROW EXECUTE FUNCTION "beleidsbesluit_vier_ogen"()`);
    await q.query(`CREATE FUNCTION "beleid_in_werking_goedgekeurd"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v beleidsversie;
      BEGIN
        SELECT * INTO v FROM beleidsversie WHERE volgnummer = NEW.volgnummer;
        IF NOT EXISTS (SELECT 1 FROM beleid_in_werking) THEN RETURN NEW; END IF;
        IF NOT EXISTS (SELECT 1 FROM beleidsbesluit b WHERE b.volgnummer = v.volgnummer AND b.oordeel = 'goedgekeurd' AND b.door <> v.voorgesteld_door) THEN
          RAISE EXCEPTION 'vier ogen: beleidsversie % is niet goedgekeurd door een tweede privacyfunctionaris', v.volgnummer;
        END IF;
        IF EXISTS (SELECT 1 FROM unnest(v.organisaties) o WHERE o IS DISTINCT FROM v.organisatie AND NOT EXISTS (SELECT 1 FROM beleidsbesluit b WHERE b.volgnummer = v.volgnummer AND b.oordeel = 'goedgekeurd' AND b.organisatie = o)) THEN
          RAISE EXCEPTION 'beleidsversie % mist de goedkeuring van een organisatie waarvan zij het delen wijzigt', v.volgnummer;
        END IF;
        IF EXISTS (SELECT 1 FROM beleidsbesluit b WHERE b.volgnummer = v.volgnummer AND b.oordeel = 'afgewezen') THEN
          RAISE EXCEPTION 'beleidsversie % is afgewezen', v.volgnummer;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "beleid_in_werking_goedgekeurd" BEFORE INSERT ON "beleid_in_werking" FOR EACH ROW EXECUTE FUNCTION "beleid_in_werking_goedgekeurd"()`);
    // delivered at commit, to every listening netwerk replica, which tells its gateways
    await q.query(`CREATE FUNCTION "beleid_in_werking_melden"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('${BELEID_KANAAL}', NEW.volgnummer::text); RETURN NEW; END $$`);
    await q.query(`CREATE TRIGGER "beleid_in_werking_melden" AFTER INSERT ON "beleid_in_werking" FOR EACH ROW EXECUTE FUNCTION "beleid_in_werking_melden"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "beleid_in_werking"');
    await q.query('DROP TABLE "beleidsbesluit"');
    await q.query('DROP TABLE "beleidsversie"');
    await q.query('DROP FUNCTION "beleid_in_werking_melden"()');
    await q.query('DROP FUNCTION "beleid_in_werking_goedgekeurd"()');
    await q.query('DROP FUNCTION "beleidsbesluit_vier_ogen"()');
  }
}

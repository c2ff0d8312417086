import { DataSource, QueryRunner } from 'typeorm';

/**
 * The database role of the retention job: only its members may remove expired log content (a superuser
 * does not count as one: see BEWAARTAAK_SQL). A service's own role is not a member, so it can only append to its logs.
 */
export const BEWAARROL = 'netwerkdossier_bewaartermijn';

/** Creates the retention role once per server (roles are server-wide; tests migrate in parallel). */
export async function maakBewaarrol(q: QueryRunner): Promise<void> {
  await q.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${BEWAARROL}') THEN CREATE ROLE "${BEWAARROL}" NOLOGIN; END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END $$`);
}

/**
 * The triggers' test for the retention job (a function in each database, made by `BewaartaakGeenSuperuser`):
 * a member of BEWAARROL, logged in as such; `pg_has_role` alone is true for every superuser, and a
 * superuser's session that switched to a member's role is still the superuser's.
 */
export const BEWAARTAAK_SQL = 'netwerkdossier_bewaartaak()';

/** Makes the retention job's test (BEWAARTAAK_SQL) in this database. */
export async function maakBewaartaakTest(q: QueryRunner): Promise<void> {
  await q.query(`CREATE OR REPLACE FUNCTION ${BEWAARTAAK_SQL} RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, '${BEWAARROL}', 'MEMBER')
      AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolsuper AND rolname IN (current_user, session_user))
  $$`);
}

/**
 * `n` calendar months after `t`, in UTC, as PostgreSQL adds `make_interval(months => n)` in a UTC
 * session: the day is kept, or the month's last day where it is shorter (31 January + 1 = 28 February).
 */
export function plusMaanden(t: Date, n: number): Date {
  const maand = t.getUTCMonth() + n;
  const laatsteDag = new Date(Date.UTC(t.getUTCFullYear(), maand + 1, 0)).getUTCDate();
  const uit = new Date(t.getTime());
  uit.setUTCFullYear(t.getUTCFullYear(), maand, Math.min(t.getUTCDate(), laatsteDag));
  return uit;
}

/** Removes a partner's verstrekkingenlog entries older than `maanden`, in batches; returns how many. */
export async function verwijderVerlopenVerstrekkingen(dataSource: DataSource, maanden: number, voortgang?: (verwijderd: number) => void): Promise<number> {
  let verwijderd = 0;
  for (;;) {
    const n = await dataSource.transaction(async (m) => {
      await m.query("SET LOCAL TIME ZONE 'UTC'");
      const [, aantal] = (await m.query(
        `DELETE FROM verstrekking WHERE "grant" IN (SELECT "grant" FROM verstrekking WHERE tijdstip + make_interval(months => $1) <= clock_timestamp() ORDER BY tijdstip LIMIT 5000)`,
        [maanden],
      )) as [unknown, number];
      return aantal;
    });
    if (n === 0) return verwijderd;
    verwijderd += n;
    voortgang?.(verwijderd);
  }
}

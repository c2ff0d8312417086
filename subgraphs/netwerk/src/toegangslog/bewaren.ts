import { Beleid, Recordsoort } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { INHOUDVELDEN } from './keten';
import { voegToe } from './logboek';

/**
 * The kind of record an action is, for its retention term: the part before a slash (`registratie/<what>`
 * is a registratie, `inzien/niet-vrijgegeven` belongs to its inzien).
 */
export function soortVanActie(actie: string): string {
  return actie.split('/')[0];
}

/** soortVanActie in SQL, for the selection of expired records. */
const SOORT_SQL = "split_part(actie, '/', 1)";

/** Volgnummers as ranges [from, to], so a run's record stays small. */
export function bereiken(volgnummers: number[]): Array<[number, number]> {
  const uit: Array<[number, number]> = [];
  for (const v of volgnummers) {
    const laatste = uit[uit.length - 1];
    if (laatste && v === laatste[1] + 1) laatste[1] = v;
    else uit.push([v, v]);
  }
  return uit;
}

/** What one run of the retention job recorded about itself in the toegangslog (actie `bewaartermijn`). */
export interface Bewaarrun {
  termijnen: Record<Recordsoort, number>;
  vervallen: Array<[number, number]>;
}

const PARTIJ = 1000;

/**
 * The retention job for the toegangslog: removes the content of every record whose term (policy
 * `bewaartermijnen.yaml`, in calendar months, UTC) has passed, in batches. Each batch is one
 * transaction: first a record of the run itself (terms, policy version, which records), then the
 * content of those records set to null — head and hashes stay, so `audit:verify` still verifies the
 * chain and can check that every removal was due. Needs the database role BEWAARROL (or a superuser).
 * Records from before retention existed (no content hash) are left whole and counted.
 */
export async function pasBewaartermijnenToe(dataSource: DataSource, beleid: Beleid, voortgang?: (vervallen: number) => void): Promise<{ vervallen: number; oudeVorm: number }> {
  const termijnen = beleid.bewaartermijnen.toegangslog;
  const verloopt = `tijdstip + make_interval(months => (($1::jsonb) ->> (${SOORT_SQL}))::int) <= clock_timestamp()`;
  let vervallen = 0;
  for (;;) {
    const n = await dataSource.transaction(async (m) => {
      await m.query("SET LOCAL TIME ZONE 'UTC'");
      // the chain's lock first: a second run at the same time waits, then finds these records done
      await m.query("SELECT pg_advisory_xact_lock(hashtext('toegangslog'))");
      const rijen = (await m.query(`SELECT volgnummer FROM toegangslog WHERE vervallen_op IS NULL AND inhoud_hash IS NOT NULL AND ${verloopt} ORDER BY volgnummer LIMIT ${PARTIJ}`, [JSON.stringify(termijnen)])) as Array<{ volgnummer: string }>;
      if (rijen.length === 0) return 0;
      const volgnummers = rijen.map((r) => Number(r.volgnummer));
      const run: Bewaarrun = { termijnen, vervallen: bereiken(volgnummers) };
      await voegToe(m, [{ actie: 'bewaartermijn', auditId: null, sub: 'bewaartaak', organisatie: null, rol: 'systeem', team: null, namens: null, doel: null, beleidsversie: beleid.versie, huishoudens: [], personen: [], inhoud: run }]);
      await m.query(
        `UPDATE toegangslog SET ${INHOUDVELDEN.map((k) => `${k} = NULL`).join(', ')}, vervallen_op = clock_timestamp() WHERE volgnummer = ANY($1)`,
        [volgnummers],
      );
      return volgnummers.length;
    });
    if (n === 0) break;
    vervallen += n;
    voortgang?.(vervallen);
  }
  const [{ aantal }] = (await dataSource.query('SELECT count(*)::int AS aantal FROM toegangslog WHERE inhoud_hash IS NULL AND vervallen_op IS NULL')) as Array<{ aantal: number }>;
  return { vervallen, oudeVorm: aantal };
}

import { Groepscommit, NieuweLogregel, Routehulp, Vastgelegd } from '@netwerkdossier/shared';
import { DataSource, EntityManager } from 'typeorm';

import { BEGIN_HASH, hashVan, inhoudHashVan, Ketenvelden } from './keten';

const KOLOMMEN_EN_TYPEN: Array<[string, string]> = [
  ['volgnummer', 'bigint'], ['tijdstip', 'timestamptz'], ['actie', 'text'], ['audit_id', 'uuid'], ['sub', 'text'], ['organisatie', 'text'], ['rol', 'text'], ['team', 'text'],
  ['namens', 'text'], ['doel', 'text'], ['beleidsversie', 'text'], ['huishoudens', 'uuid[]'], ['personen', 'uuid[]'], ['inhoud', 'jsonb'], ['inhoud_hash', 'text'], ['vorige_hash', 'text'], ['hash', 'text'],
];
const KOLOMMEN = KOLOMMEN_EN_TYPEN.map(([k]) => k).join(', ');
const TYPEN = KOLOMMEN_EN_TYPEN.map(([k, t]) => `${k} ${t}`).join(', ');

/** A chained record as the columns of its row. */
function alsRij(r: Ketenvelden & { hash: string }): Record<string, unknown> {
  return {
    volgnummer: r.volgnummer, tijdstip: r.tijdstip.toISOString(), actie: r.actie, audit_id: r.auditId, sub: r.sub, organisatie: r.organisatie, rol: r.rol, team: r.team,
    namens: r.namens, doel: r.doel, beleidsversie: r.beleidsversie, huishoudens: r.huishoudens, personen: r.personen, inhoud: r.inhoud, inhoud_hash: r.inhoudHash, vorige_hash: r.vorigeHash, hash: r.hash,
  };
}

/**
 * Appends records to the chain inside the caller's transaction: one writer at a time (transaction-level
 * advisory lock), numbers without gaps, each record hashing its predecessor's hash. The time is the
 * database's clock once the lock is held, so it never runs backwards along the chain, whichever replica
 * writes; `tijdstip` overrides it (for importing or testing an old log).
 */
export async function voegToe(m: EntityManager, regels: NieuweLogregel[], tijdstip?: Date): Promise<Vastgelegd[]> {
  if (regels.length === 0) return [];
  await m.query("SELECT pg_advisory_xact_lock(hashtext('toegangslog'))");
  // never before the head, even if the database's clock steps back
  const [kop] = (await m.query('SELECT greatest(clock_timestamp(), l.tijdstip) AS nu, l.volgnummer, l.hash FROM (SELECT 1) x LEFT JOIN (SELECT volgnummer, hash, tijdstip FROM toegangslog ORDER BY volgnummer DESC LIMIT 1) l ON true')) as Array<{ nu: Date; volgnummer: string | null; hash: string | null }>;
  let volgnummer = Number(kop.volgnummer ?? 0);
  let vorigeHash = kop.hash ?? BEGIN_HASH;
  // milliseconds, as stored and hashed
  const wanneer = new Date((tijdstip ?? kop.nu).getTime());
  const rijen = regels.map((r) => {
    const rij = { ...r, volgnummer: ++volgnummer, tijdstip: wanneer, vorigeHash, inhoudHash: inhoudHashVan(r) };
    vorigeHash = hashVan(rij);
    return { ...rij, hash: vorigeHash };
  });
  // one statement for the whole group
  await m.query(`INSERT INTO toegangslog (${KOLOMMEN}) SELECT ${KOLOMMEN} FROM jsonb_to_recordset($1::jsonb) AS r(${TYPEN})`, [JSON.stringify(rijen.map(alsRij))]);
  return rijen.map(({ volgnummer: v, hash }) => ({ volgnummer: v, hash }));
}

/** One request's records; `grant`: whose first use is recorded in the same transaction (see Toegangslogboek). */
interface Aanvraag {
  regels: NieuweLogregel[];
  grant: { jti: string; exp: number } | null;
}

/**
 * The log's writer (one per database: the group commit and the chain need a single queue): one group commit, so under load many requests share one transaction;
 * each promise resolves only once its records are committed (durable: PostgreSQL's synchronous_commit).
 * A request that brings its grant has that grant's first use recorded in the same transaction
 * (`eersteGebruikIn`): under a grant used before (another replica, before a restart) its records are not
 * written and it gets null.
 */
export class Toegangslogboek {
  private readonly groep: Groepscommit<Aanvraag, Vastgelegd[] | null>;

  constructor(dataSource: DataSource, eersteGebruikIn: Routehulp['eersteGebruikIn']) {
    this.groep = new Groepscommit((aanvragen) => dataSource.transaction(async (m) => {
      const nieuw = await eersteGebruikIn(m, aanvragen.flatMap((a) => (a.grant ? [a.grant] : [])));
      // each jti once, for the first request that brings it
      const toegelaten = aanvragen.map((a) => !a.grant || nieuw.delete(a.grant.jti));
      const vastgelegd = await voegToe(m, aanvragen.flatMap((a, i) => (toegelaten[i] ? a.regels : [])));
      let j = 0;
      return aanvragen.map((a, i) => (toegelaten[i] ? vastgelegd.slice(j, (j += a.regels.length)) : null));
    }));
  }

  /** Appends these records; with `grant`, only if this is its first use (else null, nothing written). */
  async schrijf(regels: NieuweLogregel[], grant: { jti: string; exp: number } | null = null): Promise<Vastgelegd[] | null> {
    return (await this.groep.voegToe([{ regels, grant }]))[0];
  }
}

import { Groepscommit } from '@netwerkdossier/shared';
import { DataSource, EntityManager } from 'typeorm';

import { BEGIN_HASH, hashVan, inhoudHashVan, Ketenvelden } from './keten';
import { Logregel } from './logregel';

/** A record as its writer offers it; number, time and chain are the log's own. */
export type NieuweLogregel = Omit<Ketenvelden, 'volgnummer' | 'tijdstip' | 'vorigeHash' | 'inhoudHash'>;

/** Where a record landed in the chain. */
export interface Vastgelegd {
  volgnummer: number;
  hash: string;
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
  const [kop] = (await m.query('SELECT clock_timestamp() AS nu, l.volgnummer, l.hash FROM (SELECT 1) x LEFT JOIN (SELECT volgnummer, hash FROM toegangslog ORDER BY volgnummer DESC LIMIT 1) l ON true')) as Array<{ nu: Date; volgnummer: string | null; hash: string | null }>;
  let volgnummer = Number(kop.volgnummer ?? 0);
  let vorigeHash = kop.hash ?? BEGIN_HASH;
  // milliseconds, as stored and hashed
  const wanneer = new Date((tijdstip ?? kop.nu).getTime());
  const rijen = regels.map((r) => {
    const rij = { ...r, volgnummer: ++volgnummer, tijdstip: wanneer, vorigeHash, inhoudHash: inhoudHashVan(r), vervallenOp: null };
    vorigeHash = hashVan(rij);
    return { ...rij, hash: vorigeHash };
  });
  await m.getRepository(Logregel).insert(rijen as Array<Omit<Logregel, 'inhoud'> & { inhoud: object }>);
  return rijen.map(({ volgnummer: v, hash }) => ({ volgnummer: v, hash }));
}

/**
 * The log's writer: one group commit per database, so under load many requests share one transaction;
 * each promise resolves only once its records are committed (durable: PostgreSQL's synchronous_commit).
 */
export class Toegangslogboek {
  private readonly groep: Groepscommit<NieuweLogregel, Vastgelegd>;

  constructor(dataSource: DataSource) {
    this.groep = new Groepscommit((regels) => dataSource.transaction((m) => voegToe(m, regels)));
  }

  schrijf(regels: NieuweLogregel[]): Promise<Vastgelegd[]> {
    return this.groep.voegToe(regels);
  }
}

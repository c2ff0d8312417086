import { DataSource, EntityManager } from 'typeorm';

import { BEGIN_HASH, hashVan, Ketenvelden } from './keten';
import { Logregel } from './logregel';

/** A record as its writer offers it; number, time and chain are the log's own. */
export type NieuweLogregel = Omit<Ketenvelden, 'volgnummer' | 'tijdstip' | 'vorigeHash'>;

/** Where a record landed in the chain. */
export interface Vastgelegd {
  volgnummer: number;
  hash: string;
}

/**
 * Appends records to the chain inside the caller's transaction: one writer at a time (transaction-level
 * advisory lock), numbers without gaps, each record hashing its predecessor's hash.
 */
export async function voegToe(m: EntityManager, regels: NieuweLogregel[]): Promise<Vastgelegd[]> {
  if (regels.length === 0) return [];
  await m.query("SELECT pg_advisory_xact_lock(hashtext('toegangslog'))");
  const [laatste] = (await m.query('SELECT volgnummer, hash FROM toegangslog ORDER BY volgnummer DESC LIMIT 1')) as Array<{ volgnummer: string; hash: string }>;
  let volgnummer = laatste ? Number(laatste.volgnummer) : 0;
  let vorigeHash = laatste?.hash ?? BEGIN_HASH;
  const tijdstip = new Date();
  const rijen = regels.map((r) => {
    const rij = { ...r, volgnummer: ++volgnummer, tijdstip, vorigeHash };
    vorigeHash = hashVan(rij);
    return { ...rij, hash: vorigeHash };
  });
  await m.getRepository(Logregel).insert(rijen as Array<Omit<Logregel, 'inhoud'> & { inhoud: object }>);
  return rijen.map(({ volgnummer: v, hash }) => ({ volgnummer: v, hash }));
}

interface Wachtend {
  regels: NieuweLogregel[];
  klaar(v: Vastgelegd[]): void;
  fout(e: unknown): void;
}

/**
 * Group commit: whatever arrives while a transaction is being written goes into the next one, so under
 * load many requests share one commit; each promise resolves only once its records are committed
 * (durable: PostgreSQL's synchronous_commit), and fails if they are not.
 */
export class Toegangslogboek {
  private wachtrij: Wachtend[] = [];
  private bezig = false;

  constructor(private readonly dataSource: DataSource) {}

  schrijf(regels: NieuweLogregel[]): Promise<Vastgelegd[]> {
    return new Promise((klaar, fout) => {
      this.wachtrij.push({ regels, klaar, fout });
      void this.verwerk();
    });
  }

  private async verwerk(): Promise<void> {
    if (this.bezig) return;
    this.bezig = true;
    try {
      while (this.wachtrij.length) {
        const groep = this.wachtrij.splice(0);
        try {
          const vastgelegd = await this.dataSource.transaction((m) => voegToe(m, groep.flatMap((w) => w.regels)));
          let i = 0;
          for (const w of groep) w.klaar(vastgelegd.slice(i, (i += w.regels.length)));
        } catch (fout) {
          for (const w of groep) w.fout(fout);
        }
      }
    } finally {
      this.bezig = false;
    }
  }
}

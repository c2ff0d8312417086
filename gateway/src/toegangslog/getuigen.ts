import { appendFile } from 'node:fs/promises';

import { Checkpoint, GETUIGE, grantSleutel, maakLogger } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import type { Vrager } from '../beslissing';
import { postMetGrant } from '../netwerk';

const logger = maakLogger('gateway');

/** Checkpoints a witness may owe at most: beyond, the oldest go (the newest covers everything before it). */
const MAX_WACHTEND = 1000;
const OPNIEUW_MS = 1000;

/** Who witnesses the toegangslog's checkpoints: every partner (by URL) and, if configured, a write-once file. */
export interface Getuigenopties {
  /** Partner name → its subgraph URL (`POST /getuige`). */
  partners: Record<string, string>;
  /** A file the checkpoints are appended to as JSON lines (meant for write-once storage); absent: none. */
  bestand?: string;
}

/**
 * Hands every signed checkpoint to each witness, off the request's path: one call in flight per partner,
 * what comes meanwhile goes together in its next call, and a partner that did not answer gets it again
 * (every second, until it does). A request never waits for a witness.
 */
export class Getuigen {
  private readonly wachtend = new Map<string, string[]>();
  private readonly bezig = new Set<string>();
  private readonly opnieuw = new Map<string, NodeJS.Timeout>();
  private bestand: Promise<void> = Promise.resolve();

  constructor(private readonly grantSleutel: JWK, private readonly opties: Getuigenopties) {}

  meld(namens: Vrager, c: Checkpoint): void {
    for (const naam of Object.keys(this.opties.partners)) {
      const wachtend = this.wachtend.get(naam) ?? [];
      wachtend.push(c.handtekening);
      this.wachtend.set(naam, wachtend.slice(-MAX_WACHTEND));
      void this.verstuur(naam, namens);
    }
    const { bestand } = this.opties;
    if (bestand) {
      const regel = `${JSON.stringify({ volgnummer: c.volgnummer, hash: c.hash, tijdstip: c.tijdstip.toISOString(), kid: c.kid, handtekening: c.handtekening })}\n`;
      // one append after the other, so lines never interleave
      this.bestand = this.bestand.then(() => appendFile(bestand, regel, { flag: 'a' })).catch((fout: unknown) => logger.error({ err: fout }, `toegangslog: checkpoint niet aan ${bestand} toegevoegd`));
    }
  }

  stop(): void {
    for (const t of this.opnieuw.values()) clearTimeout(t);
    this.opnieuw.clear();
  }

  private async verstuur(naam: string, namens: Vrager): Promise<void> {
    if (this.bezig.has(naam)) return;
    this.bezig.add(naam);
    try {
      for (;;) {
        const partij = this.wachtend.get(naam) ?? [];
        if (partij.length === 0) return;
        this.wachtend.set(naam, []);
        try {
          const verzoek = { pad: `/${GETUIGE}`, body: { handtekeningen: partij } };
          const res = await postMetGrant(this.opties.partners[naam], verzoek, await grantSleutel(this.grantSleutel), { subgraph: naam, ...namens, doel: 'toegangslog', intern: GETUIGE });
          if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${(res.body as { fout?: string } | null)?.fout ?? ''}`);
        } catch (fout) {
          this.wachtend.set(naam, [...partij, ...(this.wachtend.get(naam) ?? [])].slice(-MAX_WACHTEND));
          logger.warn({ err: fout }, `toegangslog: getuige ${naam} kreeg ${partij.length} checkpoint(s) niet; opnieuw over ${OPNIEUW_MS} ms`);
          if (!this.opnieuw.has(naam)) {
            const t = setTimeout(() => {
              this.opnieuw.delete(naam);
              void this.verstuur(naam, namens);
            }, OPNIEUW_MS);
            t.unref();
            this.opnieuw.set(naam, t);
          }
          return;
        }
      }
    } finally {
      this.bezig.delete(naam);
    }
  }
}

import { appendFile } from 'node:fs/promises';

import { Checkpoint, GETUIGE, grantSleutel, maakLogger } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import type { Vrager } from '../beslissing';
import { postMetGrant } from '../netwerk';

const logger = maakLogger('gateway');

/** Checkpoints a witness may owe at most: beyond, the oldest go (the newest covers everything before it). */
const MAX_WACHTEND = 1000;
/** How long a checkpoint no witness holds yet waits for a fetch to carry it, before it goes by a call of its own. */
const UITSTEL_MS = 250;
/**
 * Once one witness holds a checkpoint, a cut of what it covers is seen: the other witnesses get it with their
 * next fetch, or by a call of their own within this time (a partner rarely asked then gets one call for
 * several checkpoints, not one for each).
 */
const NAZENDEN_MS = 3000;
/** After a call of its own failed: the next try. */
const OPNIEUW_MS = 1000;
/** The most checkpoints one grant carries (each about 330 bytes of its header). */
const MAX_MEE = 8;

/** Who witnesses the toegangslog's checkpoints: every partner (by URL) and, if configured, a write-once file. */
export interface Getuigenopties {
  /** Partner name → its subgraph URL (`POST /getuige`). */
  partners: Record<string, string>;
  /** A file the checkpoints are appended to as JSON lines (meant for write-once storage); absent: none. */
  bestand?: string;
}

/**
 * Hands every signed checkpoint to each witness, off the request's path. Mostly a checkpoint rides along:
 * the next audited query fetch to that partner carries it in its grant (Grant.getuigd), the partner keeps it
 * in the commit of that fetch's verstrekking and says so in its answer (`afgegeven`), so witnessing costs no
 * call, signature or commit of its own (`npm run bench:toegangslog`). A partner not asked within UITSTEL_MS
 * gets its checkpoints by a call of its own (`POST /getuige`), and again every OPNIEUW_MS until it answers.
 * A request never waits for a witness.
 */
export class Getuigen {
  /** Per partner, the checkpoints (JWS) it has not yet confirmed keeping, oldest first. */
  private readonly wachtend = new Map<string, string[]>();
  /** When each checkpoint still waited for by some witness was signed (Date.now()), and whether a witness holds it. */
  private readonly checkpoints = new Map<string, { sinds: number; gehouden: boolean }>();
  private readonly namens = new Map<string, Vrager>();
  private readonly bezig = new Set<string>();
  private readonly gepland = new Map<string, NodeJS.Timeout>();
  private bestand: Promise<void> = Promise.resolve();

  constructor(private readonly grantSleutel: JWK, private readonly opties: Getuigenopties) {}

  meld(namens: Vrager, c: Checkpoint): void {
    this.checkpoints.set(c.handtekening, { sinds: Date.now(), gehouden: false });
    for (const naam of Object.keys(this.opties.partners)) {
      this.wachtend.set(naam, [...(this.wachtend.get(naam) ?? []), c.handtekening].slice(-MAX_WACHTEND));
      this.namens.set(naam, namens);
      this.plan(naam, UITSTEL_MS);
    }
    // beyond MAX_WACHTEND the oldest went
    this.vergeet();
    const { bestand } = this.opties;
    if (bestand) {
      const regel = `${JSON.stringify({ volgnummer: c.volgnummer, hash: c.hash, tijdstip: c.tijdstip.toISOString(), kid: c.kid, handtekening: c.handtekening })}\n`;
      // one append after the other, so lines never interleave
      this.bestand = this.bestand.then(() => appendFile(bestand, regel, { flag: 'a' })).catch((fout: unknown) => logger.error({ err: fout }, `toegangslog: checkpoint niet aan ${bestand} toegevoegd`));
    }
  }

  /** The checkpoints a grant to this partner carries now (none for a partner that witnesses nothing). */
  meeTeGeven(naam: string): string[] {
    return (this.wachtend.get(naam) ?? []).slice(0, MAX_MEE);
  }

  /** The partner confirmed keeping these: they no longer wait. */
  afgegeven(naam: string, handtekeningen: string[]): void {
    const weg = new Set(handtekeningen);
    for (const h of weg) {
      const c = this.checkpoints.get(h);
      if (c) c.gehouden = true;
    }
    const over = (this.wachtend.get(naam) ?? []).filter((h) => !weg.has(h));
    this.wachtend.set(naam, over);
    if (over.length === 0) {
      clearTimeout(this.gepland.get(naam));
      this.gepland.delete(naam);
    }
    this.vergeet();
  }

  /** Forgets the checkpoints no witness waits for any more. */
  private vergeet(): void {
    const nogNodig = new Set([...this.wachtend.values()].flat());
    for (const h of this.checkpoints.keys()) if (!nogNodig.has(h)) this.checkpoints.delete(h);
  }

  stop(): void {
    for (const t of this.gepland.values()) clearTimeout(t);
    this.gepland.clear();
  }

  /** A call of its own to this partner in `ms`, unless one is planned already. */
  private plan(naam: string, ms: number): void {
    if (this.gepland.has(naam)) return;
    const t = setTimeout(() => {
      this.gepland.delete(naam);
      void this.verstuur(naam);
    }, ms);
    t.unref();
    this.gepland.set(naam, t);
  }

  private async verstuur(naam: string): Promise<void> {
    const partij = this.wachtend.get(naam) ?? [];
    const namens = this.namens.get(naam);
    if (this.bezig.has(naam) || partij.length === 0 || !namens) return;
    // every one of them held by another witness already: this one may wait for a fetch a little longer
    const oudste = Math.min(...partij.map((h) => this.checkpoints.get(h)?.sinds ?? 0));
    const wachtTot = oudste + NAZENDEN_MS;
    if (partij.every((h) => this.checkpoints.get(h)?.gehouden) && wachtTot > Date.now()) return this.plan(naam, wachtTot - Date.now());
    this.bezig.add(naam);
    try {
      const verzoek = { pad: `/${GETUIGE}`, body: { handtekeningen: partij } };
      const res = await postMetGrant(this.opties.partners[naam], verzoek, await grantSleutel(this.grantSleutel), { subgraph: naam, ...namens, doel: 'toegangslog', intern: GETUIGE });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${(res.body as { fout?: string } | null)?.fout ?? ''}`);
      this.afgegeven(naam, partij);
    } catch (fout) {
      logger.warn({ err: fout }, `toegangslog: getuige ${naam} kreeg ${partij.length} checkpoint(s) niet; opnieuw over ${OPNIEUW_MS} ms`);
      this.plan(naam, OPNIEUW_MS);
      return;
    } finally {
      this.bezig.delete(naam);
    }
    // what came meanwhile waits for a fetch again
    if (this.wachtend.get(naam)?.length) this.plan(naam, UITSTEL_MS);
  }
}

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
  /**
   * Each checkpoint some witness still waits for: when it was signed (Date.now()), whether a witness holds it,
   * and how many witnesses still wait for it (at 0 it is forgotten).
   */
  private readonly checkpoints = new Map<string, { sinds: number; gehouden: boolean; wachtenden: number }>();
  private readonly namens = new Map<string, Vrager>();
  private readonly bezig = new Set<string>();
  private readonly gepland = new Map<string, NodeJS.Timeout>();
  private bestand: Promise<void> = Promise.resolve();

  constructor(private readonly grantSleutel: JWK, private readonly opties: Getuigenopties) {}

  meld(namens: Vrager, c: Checkpoint): void {
    const partners = Object.keys(this.opties.partners);
    if (partners.length) this.checkpoints.set(c.handtekening, { sinds: Date.now(), gehouden: false, wachtenden: partners.length });
    for (const naam of partners) {
      const wachtend = [...(this.wachtend.get(naam) ?? []), c.handtekening];
      // beyond MAX_WACHTEND the oldest go
      this.vergeet(wachtend.slice(0, -MAX_WACHTEND));
      this.wachtend.set(naam, wachtend.slice(-MAX_WACHTEND));
      this.namens.set(naam, namens);
      this.plan(naam, UITSTEL_MS);
    }
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
    const wachtend = this.wachtend.get(naam) ?? [];
    const over = wachtend.filter((h) => !weg.has(h));
    this.vergeet(wachtend.filter((h) => weg.has(h)));
    this.wachtend.set(naam, over);
    if (over.length === 0) {
      clearTimeout(this.gepland.get(naam));
      this.gepland.delete(naam);
    }
  }

  /** One witness waits no longer for these (each taken off its list); what no witness waits for is forgotten. */
  private vergeet(handtekeningen: string[]): void {
    for (const h of handtekeningen) {
      const c = this.checkpoints.get(h);
      if (c && --c.wachtenden <= 0) this.checkpoints.delete(h);
    }
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

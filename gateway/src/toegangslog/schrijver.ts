import { GATEWAY_ACTIES, GRANT_ALGORITME, Groepscommit, maakLogger, metingenVan, NieuweLogregel, tekenCheckpoint, Vastgelegd } from '@netwerkdossier/shared';
import { importJWK, JWK } from 'jose';

import { GATEWAY_ZELF, Vrager } from '../beslissing';
import { postMetGrant } from '../netwerk';
import { Getuigen, Getuigenopties } from './getuigen';

const logger = maakLogger('gateway');
const metingen = metingenVan('gateway');

/** A record as the gateway offers it to netwerk's toegangslog (see subgraphs/netwerk/src/toegangslog). */
export type Logregel = Omit<NieuweLogregel, 'actie'> & { actie: (typeof GATEWAY_ACTIES)[number] };

/** How often a "not released" record is offered again while netwerk does not take it. */
const OPNIEUW_MS = 2000;

/** No record, no data: the client gets this and nothing else. */
export class ToegangslogMislukt extends Error {}

/** How the gateway signs the toegangslog's checkpoints, and who witnesses them. */
export interface Checkpointopties extends Getuigenopties {
  /** The newest private checkpoint key (JWK with kid); not the grant key. */
  sleutel: JWK;
}

/**
 * Writes access records to netwerk's toegangslog and returns only once they are durable. After at most
 * `elke` records, or `seconden` after the oldest record not yet covered (whichever comes first), it signs
 * a checkpoint of the chain's head with the checkpoint key, stores it in netwerk and hands it to every
 * witness (the partners, the file): cutting off the end of the log, with its checkpoints, is then seen
 * by them. Both happen after the response's record is durable, never on its path.
 */
export class Toegangslogschrijver {
  /**
   * The newest record a checkpoint of this writer covers. Counted by volgnummer, not by this writer's own
   * records: netwerk's own records (policy steps) and other replicas' records lengthen the chain too.
   */
  private getekendTot = 0;
  /** Since when records wait for a checkpoint (the oldest not yet covered). */
  private ongedektSinds = 0;
  private laatste?: { namens: Vrager; kop: Vastgelegd };
  private readonly sleutel: ReturnType<typeof importJWK>;
  /** Who witnesses the checkpoints; fetches to partners carry them (GrantDataSource). */
  readonly getuigen: Getuigen;

  constructor(private readonly netwerkUrl: string, grantSleutel: JWK, private readonly checkpoints: Checkpointopties, private readonly opties = { elke: 10, seconden: 5 }) {
    this.sleutel = importJWK(grantSleutel, GRANT_ALGORITME);
    this.getuigen = new Getuigen(grantSleutel, checkpoints);
    // records this writer did not write (netwerk's own: policy steps, registrations; another replica's) lengthen
    // the chain too: every `seconden` the head is asked and signed when nothing covers it yet
    this.kopwacht = setInterval(() => void this.tekenVreemdeKop(), Math.min(opties.seconden * 1000, 2 ** 31 - 1));
    this.kopwacht.unref();
  }

  private readonly kopwacht: NodeJS.Timeout;

  /** Signs the chain's head when records this writer did not write wait for a checkpoint (see the constructor). */
  private async tekenVreemdeKop(): Promise<void> {
    try {
      const { kop } = await this.post<{ kop: Vastgelegd | null }>(GATEWAY_ZELF, '/toegangslog/kop', {});
      if (!kop || kop.volgnummer <= this.getekendTot || (this.laatste && kop.volgnummer <= this.laatste.kop.volgnummer)) return;
      this.laatste = { namens: GATEWAY_ZELF, kop };
      this.tekenKop();
    } catch (fout) {
      // netwerk away: the next round asks again, and records written meanwhile are signed as usual
      logger.debug({ err: fout }, 'toegangslog: kop niet opgevraagd');
    }
  }

  /** One call for all records waiting; its grant names one of their requesters (each record names its own). */
  private readonly groep = new Groepscommit<{ namens: Vrager; regel: Logregel }, Vastgelegd>(async (items) =>
    (await this.post<{ vastgelegd: Vastgelegd[] }>(items[0].namens, '/toegangslog', { regels: items.map((i) => i.regel) })).vastgelegd);

  /**
   * Resolves once these records are durable. Records offered while a write is under way go together in
   * the next one (one HTTP call, one commit), so under load requests share the cost; none waits longer
   * than the write before it.
   */
  async legVast(namens: Vrager, regels: Logregel[]): Promise<Vastgelegd[]> {
    let vastgelegd: Vastgelegd[];
    try {
      vastgelegd = await this.groep.voegToe(regels.map((regel) => ({ namens, regel })));
    } catch (fout) {
      metingen.toegangslog.inc({ uitkomst: 'mislukt' });
      logger.error({ err: fout }, 'toegangslog: vastleggen mislukt; geen gegevens vrijgegeven');
      throw new ToegangslogMislukt('Het toegangslog kon niet worden bijgewerkt');
    }
    metingen.toegangslog.inc({ uitkomst: 'vastgelegd' }, vastgelegd.length);
    if (!this.ongedekt()) this.ongedektSinds = Date.now();
    // netwerk is back: what waits is written now
    if (this.nogTeMelden.length) void this.meldNietVrijgegeven();
    const kop = vastgelegd[vastgelegd.length - 1];
    // concurrent writes may resolve out of order: sign the highest head
    if (!this.laatste || kop.volgnummer > this.laatste.kop.volgnummer) this.laatste = { namens, kop };
    if (this.laatste.kop.volgnummer - this.getekendTot >= this.opties.elke || Date.now() - this.ongedektSinds >= this.opties.seconden * 1000) this.tekenKop();
    else if (!this.naloop) {
      // a quiet gateway still signs its tail: no record waits longer than `seconden` for a checkpoint
      this.naloop = setTimeout(() => this.tekenKop(), this.ongedektSinds + this.opties.seconden * 1000 - Date.now());
      this.naloop.unref();
    }
    return vastgelegd;
  }

  private naloop?: NodeJS.Timeout;

  /** Whether records this writer wrote wait for a checkpoint. */
  private ongedekt(): boolean {
    return !!this.laatste && this.laatste.kop.volgnummer > this.getekendTot;
  }

  /** Records "disclosed, not released" that could not be written yet (netwerk down): kept, and retried. */
  private readonly nogTeMelden: Array<{ namens: Vrager; regel: Logregel }> = [];
  private opnieuw?: NodeJS.Timeout;

  /**
   * Records that partners may have disclosed under this audit id what was never released (the request
   * failed after they were asked, or a partner's part did not arrive). Never throws: when netwerk cannot
   * take it now, it is kept and written once netwerk is back (retried every OPNIEUW_MS, and after the
   * next record that succeeds). Lost only if this process ends first: then
   * `audit:kruiscontrole --vastleggen` records it from the partners' logs.
   */
  legNietVrijgegevenVast(namens: Vrager, regel: Logregel): void {
    this.nogTeMelden.push({ namens, regel });
    void this.meldNietVrijgegeven();
  }

  private bezig = false;

  private async meldNietVrijgegeven(): Promise<void> {
    if (this.bezig || this.nogTeMelden.length === 0) return;
    this.bezig = true;
    clearTimeout(this.opnieuw);
    const items = this.nogTeMelden.slice();
    let gelukt = false;
    try {
      await this.groep.voegToe(items);
      this.nogTeMelden.splice(0, items.length);
      metingen.toegangslog.inc({ uitkomst: 'vastgelegd' }, items.length);
      logger.warn({ auditIds: items.map((i) => i.regel.auditId) }, 'toegangslog: verstrekt maar niet vrijgegeven, vastgelegd');
      gelukt = true;
    } catch (fout) {
      logger.error({ err: fout, wachtend: this.nogTeMelden.length }, 'toegangslog: "niet vrijgegeven" nog niet vastgelegd; opnieuw zodra netwerk er is');
      this.opnieuw = setTimeout(() => void this.meldNietVrijgegeven(), OPNIEUW_MS);
      this.opnieuw.unref();
    } finally {
      this.bezig = false;
    }
    // offered while this write was under way
    if (gelukt) void this.meldNietVrijgegeven();
  }

  /** Stops the pending tail checkpoint and the retries, to witnesses and of "not released" (on shutdown the next start signs on its first records). */
  stop(): void {
    clearInterval(this.kopwacht);
    clearTimeout(this.naloop);
    clearTimeout(this.opnieuw);
    this.getuigen.stop();
  }

  private tekenKop(): void {
    clearTimeout(this.naloop);
    this.naloop = undefined;
    if (!this.laatste || !this.ongedekt()) return;
    const { namens, kop } = this.laatste;
    this.getekendTot = Math.max(this.getekendTot, kop.volgnummer);
    // a failed checkpoint is logged, the next one covers it
    void this.checkpoint(namens, kop).catch((fout: unknown) => logger.error({ err: fout }, 'toegangslog: checkpoint mislukt'));
  }

  /** Signs a checkpoint of this head now, hands it to the witnesses and stores it in netwerk. */
  async checkpoint(namens: Vrager, kop: Vastgelegd): Promise<void> {
    const c = await tekenCheckpoint(this.checkpoints.sleutel, kop);
    this.getuigen.meld(namens, c);
    await this.post(namens, '/toegangslog/checkpoint', { volgnummer: c.volgnummer, hash: c.hash, handtekening: c.handtekening });
  }

  /** netwerk's toegangslog door (plain JSON, see subgraphs/netwerk/src/toegangslog/eindpunt.ts), with a grant of the gateway's own. */
  private async post<T>(namens: Vrager, pad: string, body: object): Promise<T> {
    const res = await postMetGrant(this.netwerkUrl, { pad, body }, await this.sleutel, { subgraph: 'netwerk', ...namens, doel: 'toegangslog', intern: 'toegangslog' });
    if (res.status !== 200) throw new Error(`netwerk: ${(res.body as { fout?: string } | null)?.fout ?? `HTTP ${res.status}`}`);
    return res.body as T;
  }
}

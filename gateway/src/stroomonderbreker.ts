import { maakLogger, metingenVan } from '@netwerkdossier/shared';

const logger = maakLogger('gateway');

/** Failures in a row (time-outs, refused or broken connections, answers that are no GraphQL) that open the breaker. */
export const FOUTEN_OP_RIJ = 3;
/** How long an open breaker answers for its partner before it probes whether the partner is back. */
export const AFKOELEN_MS = 5_000;

/** The partner is not asked: its breaker is open. */
export class StroomonderbrekerOpen extends Error {
  constructor(partner: string) {
    super(`${partner} is onbereikbaar (stroomonderbreker open); niet gevraagd`);
  }
}

/**
 * A circuit breaker for one partner. Closed, every fetch goes to the partner; after FOUTEN_OP_RIJ failures in
 * a row it opens: the partner is then answered as unreachable at once, without being asked, and after each
 * cool-down one probe (its readiness endpoint, within its time limit) decides whether it closes again.
 *
 * Our own, not opossum's or cockatiel's: both probe with a caller's request after the cool-down (cockatiel
 * holds every other caller until that probe's outcome), so a professional's view would wait the partner's
 * whole time limit each time. Here the probe runs beside the traffic and no view waits on a partner known
 * to be down; what remains is a counter and a timer.
 */
export class Stroomonderbreker {
  private opRij = 0;
  private wekker: NodeJS.Timeout | undefined;

  constructor(private readonly partner: string, private readonly proef: () => Promise<boolean>, private readonly afkoelenMs = AFKOELEN_MS) {
    metingenVan('gateway').stroomonderbreker.set({ partner }, 0);
  }

  get open(): boolean {
    return this.wekker !== undefined;
  }

  /** Runs `fetch` unless the breaker is open (then StroomonderbrekerOpen); counts its failures. */
  async voer<T>(fetch: () => Promise<T>): Promise<T> {
    if (this.open) throw new StroomonderbrekerOpen(this.partner);
    try {
      const uitkomst = await fetch();
      this.opRij = 0;
      return uitkomst;
    } catch (fout) {
      if (++this.opRij >= FOUTEN_OP_RIJ && !this.open) this.openen();
      throw fout;
    }
  }

  stop(): void {
    clearTimeout(this.wekker);
    this.wekker = undefined;
  }

  private openen(): void {
    logger.warn({ partner: this.partner }, `${this.partner}: ${FOUTEN_OP_RIJ} keer op rij onbereikbaar; stroomonderbreker open, elke ${this.afkoelenMs} ms een proef`);
    metingenVan('gateway').stroomonderbreker.set({ partner: this.partner }, 1);
    this.wachtEnProbeer();
  }

  private wachtEnProbeer(): void {
    this.wekker = setTimeout(() => {
      void this.proef().catch(() => false).then((terug) => {
        if (!this.wekker) return;
        if (!terug) return this.wachtEnProbeer();
        this.stop();
        this.opRij = 0;
        metingenVan('gateway').stroomonderbreker.set({ partner: this.partner }, 0);
        logger.info({ partner: this.partner }, `${this.partner} is weer bereikbaar; stroomonderbreker gesloten`);
      });
    }, this.afkoelenMs);
    this.wekker.unref();
  }
}

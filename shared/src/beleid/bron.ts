import { FSWatcher, watch } from 'node:fs';

import { Beleid } from './beleid';
import { BeleidOngeldig, laadBeleid } from './laden';

/** What a policy source reports: a new version in force, or a change that was refused. */
export type Beleidsmelding = (gebeurtenis: { versie: string } | { fout: BeleidOngeldig | Error }) => void;

/**
 * The current policy, reloaded when a file in the folder changes. A broken change never replaces a
 * working policy: the previous one stays in force and the errors are reported.
 */
export class BeleidBron {
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private laden: Promise<void> = Promise.resolve();

  private constructor(
    readonly map: string,
    private beleid: Beleid,
    private readonly meld: Beleidsmelding,
  ) {}

  /** Loads the folder (a broken policy at start-up is fatal: no policy, no data) and watches it. */
  static async start(map: string, meld: Beleidsmelding = () => undefined): Promise<BeleidBron> {
    const bron = new BeleidBron(map, await laadBeleid(map), meld);
    bron.watcher = watch(map, () => bron.plan());
    return bron;
  }

  get huidig(): Beleid {
    return this.beleid;
  }

  /** Reloads now; resolves when done (also used by tests instead of waiting for the watcher). */
  herlaad(): Promise<void> {
    this.laden = this.laden.then(async () => {
      try {
        const nieuw = await laadBeleid(this.map);
        if (nieuw.versie !== this.beleid.versie) {
          this.beleid = nieuw;
          this.meld({ versie: nieuw.versie });
        }
      } catch (fout) {
        this.meld({ fout: fout as Error });
      }
    });
    return this.laden;
  }

  private plan(): void {
    // editors write a file in several steps; reload once they are done
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.herlaad(), 150);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}

import { Beleid } from './beleid';
import { BeleidOngeldig, beleidUitBestanden } from './laden';
import { inWerkingOp, Roosterregel, volgendeWissel } from './rooster';

/** Why nothing is decided while no policy is in force yet (`huidig` throws it; a service answers "not ready" with it). */
export const GEEN_BELEID = 'Er is nog geen beleid van netwerk ontvangen; er wordt niets beslist';

/** What a policy source reports: a new version in force, or a version that could not be put in force. */
export type Beleidsmelding = (gebeurtenis: { versie: string; volgnummer: number | null } | { fout: BeleidOngeldig | Error }) => void;

// setTimeout takes at most 2^31-1 ms; a moment further away is looked at again after that long
const LANGSTE_WACHT_MS = 2 ** 31 - 1;

/**
 * The policy in force: netwerk's approved versions (see Roosterregel), each switched to at its own moment
 * by a timer, so every replica changes at the same time without being told again. A request takes
 * `huidig` once and is decided entirely under it. A version that does not load (it never should: netwerk
 * validates it before it is stored) never replaces a working one; the error is reported.
 */
export class BeleidBron {
  private rooster: Roosterregel[] = [];
  private readonly geladen = new Map<number, Beleid>();
  private timer?: NodeJS.Timeout;
  private klaar: () => void = () => undefined;
  /** Resolves once a policy is in force here. */
  readonly gereed = new Promise<void>((resolve) => (this.klaar = resolve));

  private constructor(
    private beleid: Beleid | undefined,
    private nummer: number | null,
    private readonly meld: Beleidsmelding,
    private readonly bijStop: () => void = () => undefined,
  ) {
    if (beleid) this.klaar();
  }

  /** A policy that never changes: for tools and tests that decide without netwerk's versions. */
  static vast(beleid: Beleid): BeleidBron {
    return new BeleidBron(beleid, null, () => undefined);
  }

  /**
   * The source of netwerk's approved versions, without a policy until the first schedule (zetRooster) puts one
   * in force: until then `huidig` throws, so nothing is decided and no data leaves. `bijStop` ends whatever
   * feeds it new schedules.
   */
  static wachtend(meld: Beleidsmelding = () => undefined, bijStop?: () => void): BeleidBron {
    return new BeleidBron(undefined, null, meld, bijStop);
  }

  /** The policy in force; throws while there is none yet (fail closed). */
  get huidig(): Beleid {
    if (!this.beleid) throw new Error(GEEN_BELEID);
    return this.beleid;
  }

  /** The policy in force, or undefined while there is none yet. */
  get huidigOfNiets(): Beleid | undefined {
    return this.beleid;
  }

  /** netwerk's number of the version in force (null for a fixed policy). */
  get volgnummer(): number | null {
    return this.nummer;
  }

  /** Takes netwerk's latest schedule: switches now if another version is in force, and plans the next switch. */
  zetRooster(rooster: Roosterregel[]): void {
    this.rooster = rooster;
    this.wissel();
  }

  private wissel(): void {
    clearTimeout(this.timer);
    const nu = Date.now();
    const regel = inWerkingOp(this.rooster, nu);
    if (regel && regel.volgnummer !== this.nummer) {
      try {
        const beleid = this.geladen.get(regel.volgnummer) ?? beleidUitBestanden(regel.bestanden);
        this.geladen.set(regel.volgnummer, beleid);
        this.beleid = beleid;
        this.nummer = regel.volgnummer;
        this.klaar();
        this.meld({ versie: beleid.versie, volgnummer: regel.volgnummer });
      } catch (fout) {
        this.meld({ fout: fout as Error });
      }
    }
    const volgende = volgendeWissel(this.rooster, nu);
    if (volgende !== undefined) this.timer = setTimeout(() => this.wissel(), Math.min(LANGSTE_WACHT_MS, Math.max(0, volgende - Date.now()))).unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.bijStop();
  }
}

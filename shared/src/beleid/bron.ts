import { Beleid } from './beleid';
import { controleerKeten, inhoudHash, Ketencontrole } from './besluitbewijs';
import { BeleidOngeldig, beleidUitBestanden } from './laden';
import { inWerkingOp, Roosterregel, volgendeWissel } from './rooster';

/** Why nothing is decided while no policy is in force yet (`huidig` throws it; a service answers "not ready" with it). */
export const GEEN_BELEID = 'Er is nog geen beleid van netwerk ontvangen; er wordt niets beslist';

/** Thrown by `huidig` while no policy is in force: nothing may be decided (a service answers 503 with its message). */
export class GeenBeleid extends Error {}

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
  /** Per volgnummer, why it is not proven (undefined: proven); absent without a Ketencontrole. */
  private bewezen?: Map<number, string | undefined>;
  /** Why no policy is in force, when a version whose moment has come is not proven. */
  private niet?: string;
  /** The version in force here: its number and texts. */
  private sleutel?: string;
  /** Every version proven here so far, with the hash of its files: netwerk may not drop or change one later. */
  private readonly eerderBewezen = new Map<number, string>();
  // schedules are checked one after the other, so an older one never replaces a newer one
  private volgende: Promise<void> = Promise.resolve();
  private readonly geladen = new Map<string, Beleid>();
  private timer?: NodeJS.Timeout;
  private klaar: () => void = () => undefined;
  /** Resolves once a policy is in force here. */
  readonly gereed = new Promise<void>((resolve) => (this.klaar = resolve));
  private eerste: () => void = () => undefined;
  /** Resolves once the first schedule has been taken (checked), whether or not it put a version in force. */
  readonly eersteRooster = new Promise<void>((resolve) => (this.eerste = resolve));

  private constructor(
    private beleid: Beleid | undefined,
    private nummer: number | null,
    private readonly meld: Beleidsmelding,
    private readonly bijStop: () => void = () => undefined,
    private readonly controle?: Ketencontrole,
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
   * feeds it new schedules. With `controle` (every gateway) a version is put in force only when the chain of
   * evidence up to it holds (controleerKeten); when the version whose moment has come is not proven, there is no
   * policy at all (fail closed) until one is.
   */
  static wachtend(meld: Beleidsmelding = () => undefined, bijStop?: () => void, controle?: Ketencontrole): BeleidBron {
    return new BeleidBron(undefined, null, meld, bijStop, controle);
  }

  /** The policy in force; throws while there is none (fail closed). */
  get huidig(): Beleid {
    if (!this.beleid) throw new GeenBeleid(this.waaromGeen);
    return this.beleid;
  }

  /** Why there is no policy in force (GEEN_BELEID before the first schedule). */
  get waaromGeen(): string {
    return this.niet ?? GEEN_BELEID;
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
    if (!this.controle) {
      this.rooster = rooster;
      this.wissel();
      return this.eerste();
    }
    const controle = this.controle;
    this.volgende = this.volgende
      .then(async () => {
        const bewezen = await controleerKeten(rooster, controle);
        this.onthoud(rooster, bewezen);
        this.rooster = rooster;
        this.bewezen = bewezen;
        this.wissel();
      })
      // a schedule that cannot even be checked proves nothing: no policy until one can (and the next one is taken)
      .catch((fout: Error) => this.legStil(`het rooster van netwerk is niet te controleren (${fout.message})`))
      .finally(() => this.eerste());
  }

  /** No policy in force, for this reason (fail closed); reported once per reason. */
  private legStil(waarom: string): void {
    const niet = `Er is geen bewezen beleidsversie: ${waarom}; er wordt niets beslist`;
    if (niet !== this.niet) this.meld({ fout: new Error(niet) });
    clearTimeout(this.timer);
    this.rooster = [];
    this.bewezen = new Map();
    this.beleid = undefined;
    this.nummer = null;
    this.sleutel = undefined;
    this.niet = niet;
  }

  /**
   * Remembers what is proven; a schedule that lacks a version proven before, or has other files for it, proves
   * nothing: a version approved after a wider one cannot be taken away by deleting its row (which would put the wider
   * one in force again). Only within this process: after a restart the toegangslog's witnessed record of each version
   * put in force is what shows such a deletion (`npm run audit:beleid`).
   */
  private onthoud(rooster: readonly Roosterregel[], bewezen: Map<number, string | undefined>): void {
    const nu = new Map(rooster.map((r) => [r.volgnummer, r]));
    const kwijt = [...this.eerderBewezen].find(([nr, hash]) => !nu.has(nr) || inhoudHash(nu.get(nr)!.bestanden) !== hash)?.[0];
    if (kwijt !== undefined) {
      for (const r of rooster) bewezen.set(r.volgnummer, `versie ${kwijt}, die hier al in werking was of gepland stond, ${nu.has(kwijt) ? 'heeft nu andere bestanden' : 'ontbreekt in het rooster van netwerk'}`);
      return;
    }
    for (const r of rooster) if (bewezen.has(r.volgnummer) && bewezen.get(r.volgnummer) === undefined) this.eerderBewezen.set(r.volgnummer, inhoudHash(r.bestanden));
  }

  /**
   * What this gateway found of a version's evidence: 'bewezen', why not, or undefined (not in netwerk's schedule,
   * or a policy checked without evidence).
   */
  bewijsstaat(volgnummer: number): string | undefined {
    if (!this.bewezen?.has(volgnummer)) return undefined;
    return this.bewezen.get(volgnummer) ?? 'bewezen';
  }

  /** Resolves once every schedule given so far has been checked and taken (for tests and tools). */
  bijgewerkt(): Promise<void> {
    return this.volgende;
  }

  private wissel(): void {
    clearTimeout(this.timer);
    const nu = Date.now();
    const regel = inWerkingOp(this.rooster, nu);
    const waarom = regel && this.bewezen ? (this.bewezen.has(regel.volgnummer) ? this.bewezen.get(regel.volgnummer) : 'netwerk stuurde haar zonder de versies ervoor') : undefined;
    if (regel && waarom !== undefined) {
      const niet = `Beleidsversie ${regel.volgnummer} is niet bewezen goedgekeurd (${waarom}); er wordt niets beslist`;
      if (niet !== this.niet) this.meld({ fout: new Error(niet) });
      this.beleid = undefined;
      this.nummer = null;
      this.sleutel = undefined;
      this.niet = niet;
    } else if (regel && inhoudSleutel(regel) !== this.sleutel) {
      try {
        const sleutel = inhoudSleutel(regel);
        const beleid = this.geladen.get(sleutel) ?? beleidUitBestanden(regel.bestanden);
        this.geladen.set(sleutel, beleid);
        this.beleid = beleid;
        this.nummer = regel.volgnummer;
        this.sleutel = sleutel;
        this.niet = undefined;
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

// a version's texts never change once approved; one changed afterwards is another policy, built anew (by the hash of its files, as a grant names it)
const inhoudSleutel = (r: Roosterregel) => `${r.volgnummer}:${inhoudHash(r.bestanden)}`;

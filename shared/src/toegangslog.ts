/**
 * The contract of netwerk's toegangslog endpoint, shared by its writer (the gateway) and netwerk itself,
 * so that neither imports the other.
 */

/** What the gateway records; registrations and retention runs are netwerk's own, and never come in through its door. */
export const GATEWAY_ACTIES = ['inzien', 'uitleg', 'beleid', 'toezicht', 'inzage', 'weigering', 'overtreding', 'inzien/niet-vrijgegeven'] as const;

/**
 * The actie of a record that says partners disclosed under this audit id what was never released: the
 * gateway (or netwerk) failed mid-request, or a partner's part did not arrive. A kind of `inzien` (its
 * retention term), never listed in the household's inzage as seen.
 */
export const NIET_VRIJGEGEVEN = 'inzien/niet-vrijgegeven' satisfies (typeof GATEWAY_ACTIES)[number];

/** The content of a NIET_VRIJGEGEVEN record. */
export interface NietVrijgegeven {
  /** Why nothing (or these partners' part) was released, in one sentence. */
  reden: string;
  /** Whose part was not released; null: nothing of the request was. */
  partners: string[] | null;
  /** What the request would have disclosed (the gateway's items, as in its `inzien` record), when the gateway knew. */
  verstrekt?: unknown[];
  /** The partners' verstrekkingen it accounts for (grant ids), when `audit:kruiscontrole --vastleggen` wrote it. */
  verstrekkingen?: Array<{ partner: string; grant: string; tijdstip: string }>;
}

/** Who, about whom, what and on what grondslag: removed once the record's retention term has passed. */
export interface Inhoudvelden {
  sub: string;
  organisatie: string | null;
  rol: string;
  team: string | null;
  namens: string | null;
  doel: string | null;
  beleidsversie: string | null;
  huishoudens: string[];
  personen: string[];
  inhoud: unknown;
}

/** A record as its writer offers it; number, time and chain are the log's own. */
export type NieuweLogregel = Inhoudvelden & { actie: string; auditId: string | null };

/** Where a record landed in the chain. */
export interface Vastgelegd {
  volgnummer: number;
  hash: string;
}

/**
 * Per household in scope of an access, the betrokkenheid the caller acted under and its vorm ('geen' and
 * null when none, as for a household member).
 */
export interface AlsBetrokkene {
  huishouden: string;
  vorm: string;
  betrokkenheid: string | null;
}

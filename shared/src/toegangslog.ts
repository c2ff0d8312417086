/**
 * The contract of netwerk's toegangslog endpoint, shared by its writer (the gateway) and netwerk itself,
 * so that neither imports the other.
 */

/** What the gateway records; registrations and retention runs are netwerk's own, and never come in through its door. */
export const GATEWAY_ACTIES = ['inzien', 'uitleg', 'beleid', 'toezicht', 'inzage', 'weigering', 'overtreding'] as const;

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

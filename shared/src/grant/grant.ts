import type { Besluiten } from '../besluiten';

/** The header in which the gateway sends its grant to a subgraph. */
export const GRANT_HEADER = 'x-netwerkdossier-grant';
export const GRANT_ISSUER = 'netwerkdossier-gateway';
export const GRANT_ALGORITME = 'ES256';
/**
 * Room a subgraph gives its request headers: a grant for a page of 50 households with all their members
 * stays well under it (measured in test/grant). Node's default of 16 KiB would be too tight.
 */
export const GRANT_MAX_BYTES = 64 * 1024;
/**
 * The largest page of households one request may cover: its grants then stay under GRANT_MAX_BYTES
 * (about 27 KB in the worst case, every subject with its own decisions).
 */
export const MAX_HUISHOUDENS_PER_VERZOEK = 50;
/** A grant lives at most this long; subgraphs refuse longer-lived ones. */
export const GRANT_MAX_SECONDEN = 60;

/** What a subgraph knows about the request it answers, from the gateway's signed grant. */
export interface Grant {
  jti: string;
  /** The professional or household member on whose behalf the gateway asks. */
  sub: string;
  organisatie: string | null;
  team: string | null;
  rol: string;
  doel: string;
  /** The betrokkenheid-vormen the policy allows for this doel: a caller acts only in those. */
  vormen: string[];
  /**
   * The households this request was decided for; a subgraph returns nothing about any other.
   * Null only on the gateway's own calls and on registrations, which are not about dossier content.
   */
  reikwijdte: string[] | null;
  /**
   * What may be shown, per household and per person this fetch can reach, per category (see besluiten.ts).
   * Null on the gateway's own calls and on registrations: then no dossier content is answered at all.
   */
  besluiten: Besluiten | null;
  /** Set only on the gateway's own calls (e.g. 'beslissingscontext'); never on a client's operation. */
  intern: string | null;
  /** The audit id of the client's request this fetch serves; what the subgraph discloses is recorded under it. */
  audit: string | null;
  /**
   * On a registration only: the records the caller's own organisation's dossier said it holds for these
   * households (asked by the gateway under its own grant), which confirm a statutory betrokkenheid.
   */
  dossierbevestigingen: Dossierbevestiging[];
  /**
   * The toegangslog's newest signed checkpoints (JWS) this partner has not yet witnessed, carried with an
   * audited query fetch: the partner keeps them with that fetch's verstrekking, in the same commit, and says
   * so in its answer (`extensions.getuigd`). Empty on most grants (see gateway/src/toegangslog/getuigen.ts).
   */
  getuigd: string[];
  /**
   * The policy version the gateway decided the request under (the SHA-256 of its files, besluitbewijs.ts inhoudHash):
   * a subgraph that applies policy rules itself (netwerk) applies that version's, so that one request is decided
   * under one version everywhere. Null on the gateway's own calls.
   */
  beleid: string | null;
  exp: number;
}

/** A partner's answer to the gateway: its dossier on this household holds the matching record, with this kenmerk. */
export interface Dossierbevestiging {
  huishouden: string;
  kenmerk: string;
}


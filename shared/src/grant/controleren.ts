import { GraphQLError } from 'graphql';
import { errors, importJWK, JWK, JWTPayload, jwtVerify } from 'jose';

import { Besluiten, decodeerBesluiten } from '../besluiten';
import { Dossierbevestiging, Grant, GRANT_ALGORITME, GRANT_ISSUER, GRANT_MAX_SECONDEN } from './grant';
import { Verzoek, verzoekHash } from './verzoek';

function alsDossierbevestigingen(waarde: unknown): Dossierbevestiging[] {
  if (!Array.isArray(waarde)) return [];
  return waarde.filter((d): d is Dossierbevestiging => typeof d?.huishouden === 'string' && typeof d?.kenmerk === 'string').map(({ huishouden, kenmerk }) => ({ huishouden, kenmerk }));
}

function geweigerd(reden: string): GraphQLError {
  return new GraphQLError(`Geen geldige grant van de gateway: ${reden}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Seconds of clock difference between gateway and subgraph that a grant's exp, nbf and iat are given. */
export const SPELING = 5;

/**
 * Forgets the jtis of grants that can no longer be accepted, oldest first, stopping at the first one that
 * still can. The map is in order of arrival, not strictly of expiry (lifetimes differ, fetches overtake each
 * other), so an expired entry may wait behind a live one: never one forgotten too early, and since every
 * exp was at most GRANT_MAX_SECONDEN ahead on arrival, none stays much longer than that.
 */
function vergeetVerlopen(gezien: Map<string, number>, nu: number): void {
  for (const [jti, exp] of gezien) {
    if (exp + SPELING >= nu) return;
    gezien.delete(jti);
  }
}

/** Checks the grant in `header` for the request it came with (see Verzoek), before anything is executed. */
export type GrantVerifier = (header: string | string[] | undefined, verzoek: Verzoek) => Promise<Grant>;

/**
 * The durable memory of used grants, shared by every process of one service (see gebruikte-grants.ts):
 * true when this jti is used for the first time; rejects when that cannot be recorded.
 */
export type EersteGebruik = (jti: string, exp: number) => Promise<boolean>;

/**
 * A verified grant whose first use is not yet in the durable memory: `eersteGebruik()` records it (the first
 * call starts the write, later calls return the same promise), resolving once it is recorded and rejecting
 * (401 replay, 503 not recorded) otherwise. Nothing may be written or answered before it resolved; reading may
 * overlap it. Whoever records the first use another way (the subgraph's verstrekking does, in the same
 * statement) does not call it, and refuses with `alEerderGebruikt()` when that write finds the jti taken.
 */
export interface GecontroleerdeGrant {
  grant: Grant;
  eersteGebruik(): Promise<void>;
}

/** As GrantVerifier, but the durable record of the first use is left to finish beside the request's own work. */
export type GrantControle = (header: string | string[] | undefined, verzoek: Verzoek) => Promise<GecontroleerdeGrant>;

/**
 * Verifies the gateway's grant for this subgraph (`audience` = the subgraph's name): signature with
 * the gateway's public key, issuer, audience, expiry at most GRANT_MAX_SECONDEN away, bound to this very
 * request, and each jti once: first in this process's memory (refused at once), then in `eersteGebruik`, which
 * survives a restart and serves the service's other replicas (see GecontroleerdeGrant).
 */
export function maakGrantControle(publiekeSleutel: JWK, audience: string, eersteGebruik: EersteGebruik): GrantControle {
  const sleutel = importJWK(publiekeSleutel, GRANT_ALGORITME);
  const gezien = new Map<string, number>();
  return async (header, verzoek) => {
    if (typeof header !== 'string' || header.length === 0) throw geweigerd('geen grant meegestuurd');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(header, await sleutel, {
        issuer: GRANT_ISSUER,
        audience,
        algorithms: [GRANT_ALGORITME],
        requiredClaims: ['jti', 'sub', 'exp', 'iat', 'doel'],
        clockTolerance: SPELING,
        // also refuses an iat in the future, which jose checks only with a maximum age
        maxTokenAge: GRANT_MAX_SECONDEN,
      }));
    } catch (fout) {
      if (fout instanceof errors.JWTExpired) throw geweigerd('verlopen');
      if (fout instanceof errors.JWTClaimValidationFailed) throw geweigerd(`claim ${fout.claim} is ongeldig`);
      if (fout instanceof errors.JOSEAlgNotAllowed) throw geweigerd('niet toegestaan algoritme');
      throw geweigerd('handtekening of vorm klopt niet');
    }
    const nu = Math.floor(Date.now() / 1000);
    if (payload.exp! - nu > GRANT_MAX_SECONDEN) throw geweigerd(`geldig langer dan ${GRANT_MAX_SECONDEN} seconden`);
    // a grant taken off the wire is worth nothing for any other query, variables or route; refused without
    // being marked used, so the request it was made for still goes through
    if (typeof payload.verzoek !== 'string') throw geweigerd('niet gebonden aan een verzoek');
    if (payload.verzoek !== verzoekHash(verzoek)) throw geweigerd('gegeven voor een ander verzoek (document, variabelen of route)');
    vergeetVerlopen(gezien, nu);
    if (gezien.has(payload.jti!)) throw alEerderGebruikt();
    let besluiten: Besluiten | null = null;
    try {
      if (payload.besluiten !== undefined) besluiten = decodeerBesluiten(payload.besluiten);
    } catch {
      throw geweigerd('claim besluiten is ongeldig');
    }
    gezien.set(payload.jti!, payload.exp!);
    let vastgelegd: Promise<void> | undefined;
    const legVast = () => {
      if (vastgelegd) return vastgelegd;
      vastgelegd = eersteGebruik(payload.jti!, payload.exp!).then(
        (eerste) => {
          if (!eerste) throw alEerderGebruikt();
        },
        () => {
          throw grantNietVastgelegd();
        },
      );
      // a write started beside the request's work is awaited later; until then a refusal is not an unhandled rejection
      vastgelegd.catch(() => undefined);
      return vastgelegd;
    };
    const grant: Grant = {
      jti: payload.jti!,
      sub: payload.sub!,
      organisatie: typeof payload.organisatie === 'string' ? payload.organisatie : null,
      team: typeof payload.team === 'string' ? payload.team : null,
      rol: String(payload.rol),
      doel: String(payload.doel),
      vormen: Array.isArray(payload.vormen) ? payload.vormen.map(String) : [],
      intern: typeof payload.intern === 'string' ? payload.intern : null,
      reikwijdte: Array.isArray(payload.reikwijdte) ? payload.reikwijdte.map(String) : null,
      besluiten,
      audit: typeof payload.audit === 'string' ? payload.audit : null,
      dossierbevestigingen: alsDossierbevestigingen(payload.dossierbevestigingen),
      getuigd: Array.isArray(payload.getuigd) ? payload.getuigd.filter((h): h is string => typeof h === 'string') : [],
      beleid: typeof payload.beleid === 'string' ? payload.beleid : null,
      exp: payload.exp!,
    };
    return { grant, eersteGebruik: legVast };
  };
}

/** The refusal of a grant whose jti was used before (here, by another replica of the service, or before a restart). */
export function alEerderGebruikt(): GraphQLError {
  return geweigerd('al eerder gebruikt (replay)');
}

/** The refusal when a grant's first use could not be recorded: nothing is given (503). */
export function grantNietVastgelegd(): GraphQLError {
  return new GraphQLError('Het gebruik van de grant kon niet worden vastgelegd; er wordt niets gegeven', { extensions: { code: 'GRANT_NIET_VASTGELEGD', http: { status: 503 } } });
}

/** The grant checked as `controle` does, returned only once its first use is durably recorded. */
export function naEersteGebruik(controle: GrantControle): GrantVerifier {
  return async (header, verzoek) => {
    const { grant, eersteGebruik } = await controle(header, verzoek);
    await eersteGebruik();
    return grant;
  };
}

/** The grant checked as GrantControle does, returned only once its first use is durably recorded. */
export function maakGrantVerifier(publiekeSleutel: JWK, audience: string, eersteGebruik: EersteGebruik): GrantVerifier {
  return naEersteGebruik(maakGrantControle(publiekeSleutel, audience, eersteGebruik));
}

/** True when the grant's decisions cover this household; without a scope, nothing is covered. */
export function binnenReikwijdte(grant: Grant, huishoudenId: string): boolean {
  return grant.reikwijdte?.includes(huishoudenId) ?? false;
}

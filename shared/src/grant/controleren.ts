import { GraphQLError } from 'graphql';
import { errors, importJWK, JWK, JWTPayload, jwtVerify } from 'jose';

import { Besluiten, decodeerBesluiten } from '../besluiten';
import { Dossierbevestiging, Grant, GRANT_ALGORITME, GRANT_ISSUER, GRANT_MAX_SECONDEN } from './grant';

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
const SPELING = 5;

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

export type GrantVerifier = (header: string | string[] | undefined) => Promise<Grant>;

/**
 * Verifies the gateway's grant for this subgraph (`audience` = the subgraph's name): signature with
 * the gateway's public key, issuer, audience, expiry at most GRANT_MAX_SECONDEN away, and each jti once.
 */
export function maakGrantVerifier(publiekeSleutel: JWK, audience: string): GrantVerifier {
  const sleutel = importJWK(publiekeSleutel, GRANT_ALGORITME);
  const gezien = new Map<string, number>();
  return async (header) => {
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
    vergeetVerlopen(gezien, nu);
    if (gezien.has(payload.jti!)) throw geweigerd('al eerder gebruikt (replay)');
    let besluiten: Besluiten | null = null;
    try {
      if (payload.besluiten !== undefined) besluiten = decodeerBesluiten(payload.besluiten);
    } catch {
      throw geweigerd('claim besluiten is ongeldig');
    }
    gezien.set(payload.jti!, payload.exp!);
    return {
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
      exp: payload.exp!,
    };
  };
}

/** True when the grant's decisions cover this household; without a scope, nothing is covered. */
export function binnenReikwijdte(grant: Grant, huishoudenId: string): boolean {
  return grant.reikwijdte?.includes(huishoudenId) ?? false;
}

import { GraphQLError } from 'graphql';
import { decodeJwt, errors, JWTPayload, jwtVerify } from 'jose';

import { uitgeverSleutels } from './uitgever-sleutels';

export const ROLLEN = ['professional', 'gedragswetenschapper', 'teamleider', 'privacyfunctionaris', 'client'] as const;
export type Rol = (typeof ROLLEN)[number];

/** An issuer the gateway trusts; the issuer, not the token, fixes the organisation. */
export interface VertrouwdeUitgever {
  issuer: string;
  jwksUri: string;
  /** The organisation whose professionals this issuer vouches for; null for household members (rol client). */
  organisatie: string | null;
  /** Pinned signing algorithms, e.g. ["ES256"]. */
  algoritmen: string[];
}

/** Who is asking, as established from a verified token. */
export interface Identiteit {
  sub: string;
  organisatie: string | null;
  team: string | null;
  rol: Rol;
  issuer: string;
}

/** 401-style GraphQL error: no token, a bad token, or claims the gateway cannot accept. */
export function nietGeauthenticeerd(reden: string): GraphQLError {
  return new GraphQLError(`Niet geauthenticeerd: ${reden}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * No token issued longer ago than this is accepted, whatever its exp: a professional signs in at least once
 * a working day. It also makes jose refuse an iat in the future, which it checks only with a maximum age.
 */
const MAX_TOKENLEEFTIJD = '12h';

export type Verifier = (authorization: string | undefined) => Promise<Identiteit>;

/** Verifies bearer JWTs against the JWKS of the trusted issuers, with pinned algorithms and audience. */
export function maakVerifier(uitgevers: VertrouwdeUitgever[], audience: string): Verifier {
  const perIssuer = new Map(uitgevers.map((u) => [u.issuer, { uitgever: u, jwks: uitgeverSleutels(u.issuer, u.jwksUri) }]));
  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw nietGeauthenticeerd('geen bearer-token meegestuurd');
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw nietGeauthenticeerd('het token is geen leesbare JWT');
    }
    const vertrouwd = issuer ? perIssuer.get(issuer) : undefined;
    if (!vertrouwd) throw nietGeauthenticeerd('het token komt van een onbekende uitgever');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, vertrouwd.jwks, {
        issuer: vertrouwd.uitgever.issuer,
        audience,
        algorithms: vertrouwd.uitgever.algoritmen,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 30,
        maxTokenAge: MAX_TOKENLEEFTIJD,
      }));
    } catch (fout) {
      if (fout instanceof GraphQLError) throw fout;
      throw nietGeauthenticeerd(redenVan(fout));
    }
    return leesClaims(payload, vertrouwd.uitgever);
  };
}

function leesClaims(payload: JWTPayload, uitgever: VertrouwdeUitgever): Identiteit {
  const rol = payload.rol;
  if (!ROLLEN.includes(rol as Rol)) throw nietGeauthenticeerd(`onbekende rol "${String(rol)}"`);
  if ((rol === 'client') !== (uitgever.organisatie === null)) {
    throw nietGeauthenticeerd(`deze uitgever mag geen tokens voor de rol ${String(rol)} uitgeven`);
  }
  if (payload.organisatie !== undefined && payload.organisatie !== uitgever.organisatie) {
    throw nietGeauthenticeerd('de organisatie in het token hoort niet bij de uitgever');
  }
  const team = typeof payload.team === 'string' && payload.team.length > 0 ? payload.team : null;
  if (rol !== 'client' && !team) throw nietGeauthenticeerd('het token noemt geen team');
  return { sub: payload.sub!, organisatie: uitgever.organisatie, team, rol: rol as Rol, issuer: uitgever.issuer };
}

function redenVan(fout: unknown): string {
  if (fout instanceof errors.JWTExpired) return fout.claim === 'iat' ? 'het token is te oud' : 'het token is verlopen';
  if (fout instanceof errors.JWSSignatureVerificationFailed) return 'de handtekening van het token klopt niet';
  if (fout instanceof errors.JWTClaimValidationFailed) return `claim ${fout.claim} is ongeldig`;
  if (fout instanceof errors.JOSEAlgNotAllowed) return 'het token is met een niet toegestaan algoritme ondertekend';
  if (fout instanceof errors.JWKSNoMatchingKey) return 'geen sleutel van de uitgever past bij het token';
  if (fout instanceof errors.JOSEError) return `het token is ongeldig (${fout.code})`;
  return 'het token kon niet worden gecontroleerd';
}

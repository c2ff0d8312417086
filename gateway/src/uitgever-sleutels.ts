import { maakLogger } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, JWTVerifyGetKey, RemoteJWKSetOptions } from 'jose';

/**
 * How the gateway fetches an issuer's JWKS. The timeout is short because a client waits for it; the
 * cooldown keeps tokens with made-up kids from making the gateway hammer the issuer; after the cache
 * age a key the issuer withdrew stops being accepted. A failed fetch is not cached (jose keeps no
 * failure state), so the first request after the issuer returns succeeds.
 */
export const JWKS_OPTIES: RemoteJWKSetOptions = { timeoutDuration: 3000, cooldownDuration: 30_000, cacheMaxAge: 600_000 };

const logger = maakLogger('gateway');

/**
 * 503-style GraphQL error: the issuer's keys could not be fetched, so the token could not be checked.
 * The client's token is not at fault (401 would send it to sign in again, which cannot help).
 */
export function uitgeverOnbereikbaar(reden: string): GraphQLError {
  return new GraphQLError(`Uitgever niet bereikbaar: ${reden}; het token kon niet worden gecontroleerd, probeer het later opnieuw`, {
    extensions: { code: 'UITGEVER_ONBEREIKBAAR', http: { status: 503 } },
  });
}

/** An issuer's signing keys from its JWKS; a failed fetch fails closed with `uitgeverOnbereikbaar`. */
export function uitgeverSleutels(issuer: string, jwksUri: string): JWTVerifyGetKey {
  const jwks = createRemoteJWKSet(new URL(jwksUri), JWKS_OPTIES);
  return async (kop, token) => {
    try {
      return await jwks(kop, token);
    } catch (fout) {
      const reden = ophaalfout(fout);
      if (!reden) throw fout;
      logger.warn({ issuer, fout: fout instanceof Error ? fout.message : String(fout) }, 'JWKS van de uitgever niet op te halen');
      throw uitgeverOnbereikbaar(reden);
    }
  };
}

/** Why fetching the JWKS failed, or undefined when the keys were there and the token picked none (its fault). */
function ophaalfout(fout: unknown): string | undefined {
  if (fout instanceof errors.JWKSTimeout) return `de sleutelset kwam niet binnen ${JWKS_OPTIES.timeoutDuration! / 1000} seconden`;
  // jose's generic error here is a status other than 200 or a body that is not JSON
  if (fout instanceof errors.JWKSInvalid || (fout instanceof errors.JOSEError && fout.code === errors.JOSEError.code)) return 'de uitgever gaf geen geldige sleutelset';
  if (fout instanceof errors.JOSEError) return undefined;
  return 'de sleutelset van de uitgever kon niet worden opgehaald';
}

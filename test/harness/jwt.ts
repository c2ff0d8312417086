import { createPublicKey } from 'node:crypto';
import http from 'node:http';

import { decodeJwt, decodeProtectedHeader, JWK, JWTPayload, SignJWT } from 'jose';

const deel = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Now, in the seconds of a JWT's exp, nbf and iat. */
export const nu = () => Math.floor(Date.now() / 1000);

/** A token with the same claims and header as `token`, changed as given and signed again with `sleutel`. */
export async function herteken(token: string, sleutel: Parameters<SignJWT['sign']>[0], wijziging: { kop?: Record<string, unknown>; claims?: JWTPayload } = {}): Promise<string> {
  const kop = { ...decodeProtectedHeader(token), ...wijziging.kop } as { alg: string };
  return new SignJWT({ ...decodeJwt(token), ...wijziging.claims }).setProtectedHeader(kop).sign(sleutel);
}

/** The token's claims changed after signing: the old signature with the new content. */
export function vervalsClaims(token: string, claims: JWTPayload): string {
  const [kop, , handtekening] = token.split('.');
  return `${kop}.${deel({ ...decodeJwt(token), ...claims })}.${handtekening}`;
}

/** The token's header changed after signing: the old signature under the new header. */
export function vervalsKop(token: string, kop: Record<string, unknown>): string {
  const [, inhoud, handtekening] = token.split('.');
  return `${deel({ ...decodeProtectedHeader(token), ...kop })}.${inhoud}.${handtekening}`;
}

/** The token's claims with `alg: none` and no signature. */
export function ongetekend(token: string): string {
  return `${deel({ alg: 'none', typ: 'JWT' })}.${deel(decodeJwt(token))}.`;
}

/**
 * The forms in which a verifier that lets the token pick its algorithm might use a public key as HMAC
 * secret (the HS/ES confusion): its PEM, as most libraries load it, and its JWK as JSON.
 */
export function publiekeSleutelAlsGeheim(jwk: JWK): Uint8Array[] {
  const { d: _d, ...publiek } = jwk;
  const pem = createPublicKey({ key: publiek, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  return [new TextEncoder().encode(pem), new TextEncoder().encode(JSON.stringify(publiek))];
}

/**
 * A server an attacker would point a token's `jku` or `x5u` at: it serves `jwks` and counts the requests,
 * so a test can show nobody followed the pointer.
 */
export async function startLokaas(jwks: { keys: JWK[] }): Promise<{ url: string; verzoeken: () => number; stop(): Promise<void> }> {
  let verzoeken = 0;
  const server = http.createServer((_req, res) => {
    verzoeken++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks.json`,
    verzoeken: () => verzoeken,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { randomUUID } from 'node:crypto';

import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, JWK, jwtVerify, SignJWT } from 'jose';

/** Checkpoints are signed with a key of their own (not the grant key), ES256, named by its `kid`. */
export const CHECKPOINT_ALGORITME = 'ES256';
export const CHECKPOINT_TYP = 'toegangslog-checkpoint';

/** A signed statement by the gateway: "the toegangslog up to volgnummer ends in this hash", as a witness keeps it. */
export interface Checkpoint {
  volgnummer: number;
  hash: string;
  /** When the gateway signed it (the JWS's iat). */
  tijdstip: Date;
  kid: string;
  /** The JWS itself: what audit:verify checks with the checkpoint public keys. */
  handtekening: string;
}

/** A new checkpoint key pair; both halves carry the kid by which verifiers pick the public key. */
export async function maakCheckpointSleutelpaar(kid = `checkpoint-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`): Promise<{ prive: JWK; publiek: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(CHECKPOINT_ALGORITME, { extractable: true });
  const extra = { alg: CHECKPOINT_ALGORITME, kid, use: 'sig' };
  return { prive: { ...(await exportJWK(privateKey)), ...extra }, publiek: { ...(await exportJWK(publicKey)), ...extra } };
}

/** The private checkpoint key from configuration: an EC JWK with `d` and a `kid`; refuses anything else. */
export function leesCheckpointSleutel(json: string | undefined, naam: string): JWK {
  if (!json) throw new Error(`${naam} ontbreekt: zonder checkpoint-sleutel ondertekent de gateway geen checkpoints van het toegangslog`);
  try {
    const jwk = JSON.parse(json) as JWK;
    if (jwk.kty === 'EC' && typeof jwk.d === 'string' && typeof jwk.kid === 'string' && jwk.kid.length > 0) return jwk;
  } catch {
    // falls through to the error below
  }
  throw new Error(`${naam} moet een private EC-sleutel (P-256) als JWK met een kid zijn`);
}

/** The accepted checkpoint public keys: a JSON array of JWKs or a JWKS ({ keys: [...] }), each with its own kid. */
export function leesCheckpointPubliekeSleutels(json: string, naam: string): JWK[] {
  let waarde: unknown;
  try {
    waarde = JSON.parse(json);
  } catch {
    throw new Error(`${naam} is geen JSON`);
  }
  const sleutels = Array.isArray(waarde) ? waarde : (waarde as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(sleutels) || sleutels.length === 0) throw new Error(`${naam} moet een lijst van publieke JWK's (of een JWKS) zijn`);
  const kids = new Set<string>();
  for (const [i, s] of sleutels.entries()) {
    const jwk = s as JWK;
    if (jwk?.kty !== 'EC' || typeof jwk.kid !== 'string' || jwk.kid.length === 0 || 'd' in jwk) throw new Error(`${naam}[${i}] moet een publieke EC-sleutel met een kid zijn`);
    if (kids.has(jwk.kid)) throw new Error(`${naam}: kid ${jwk.kid} staat er twee keer in`);
    kids.add(jwk.kid);
  }
  return sleutels as JWK[];
}

/** Keys imported once per JWK object (as the grant key is: an import costs about as much as a signature). */
const GEIMPORTEERD = new WeakMap<JWK, ReturnType<typeof importJWK>>();

function geimporteerd(jwk: JWK): ReturnType<typeof importJWK> {
  let sleutel = GEIMPORTEERD.get(jwk);
  if (!sleutel) GEIMPORTEERD.set(jwk, (sleutel = importJWK(jwk, CHECKPOINT_ALGORITME)));
  return sleutel;
}

/** Signs a checkpoint of this head with the (newest) private checkpoint key. */
export async function tekenCheckpoint(prive: JWK, kop: { volgnummer: number; hash: string }): Promise<Checkpoint> {
  const { kid } = prive;
  // verifiers pick the public key by it: a checkpoint without one could never be checked
  if (!kid) throw new Error('de checkpoint-sleutel heeft geen kid');
  const tijdstip = new Date(Math.floor(Date.now() / 1000) * 1000);
  const handtekening = await new SignJWT({ volgnummer: kop.volgnummer, hash: kop.hash })
    .setProtectedHeader({ alg: CHECKPOINT_ALGORITME, typ: CHECKPOINT_TYP, kid })
    .setIssuedAt(tijdstip.getTime() / 1000)
    .sign(await geimporteerd(prive));
  return { volgnummer: kop.volgnummer, hash: kop.hash, tijdstip, kid, handtekening };
}

/**
 * What a JWS says it is, unverified: a witness keeps what the gateway sent (the gateway's grant let it in);
 * audit:verify checks the signature. Null when it is not a checkpoint at all.
 */
export function leesCheckpoint(handtekening: string): Checkpoint | null {
  try {
    const kop = decodeProtectedHeader(handtekening);
    const { volgnummer, hash, iat } = decodeJwt(handtekening);
    if (kop.typ !== CHECKPOINT_TYP || typeof kop.kid !== 'string' || !Number.isSafeInteger(volgnummer) || (volgnummer as number) < 1) return null;
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash) || typeof iat !== 'number') return null;
    return { volgnummer: volgnummer as number, hash, tijdstip: new Date(iat * 1000), kid: kop.kid, handtekening };
  } catch {
    return null;
  }
}

/** Signatures already checked: every witness holds the same JWS, and an audit checks each once. */
const GECONTROLEERD = new WeakMap<JWK[], Map<string, Promise<boolean>>>();

/** Whether the checkpoint was signed by one of these keys (by its kid) and says what its fields say. */
export async function checkpointKlopt(c: Pick<Checkpoint, 'volgnummer' | 'hash' | 'handtekening'>, publiek: JWK[]): Promise<boolean> {
  let gecontroleerd = GECONTROLEERD.get(publiek);
  if (!gecontroleerd) GECONTROLEERD.set(publiek, (gecontroleerd = new Map()));
  let handtekeningKlopt = gecontroleerd.get(c.handtekening);
  if (!handtekeningKlopt) gecontroleerd.set(c.handtekening, (handtekeningKlopt = handtekeningVan(c.handtekening, publiek)));
  const gelezen = leesCheckpoint(c.handtekening);
  return (await handtekeningKlopt) && gelezen?.volgnummer === c.volgnummer && gelezen.hash === c.hash;
}

async function handtekeningVan(handtekening: string, publiek: JWK[]): Promise<boolean> {
  try {
    const { kid } = decodeProtectedHeader(handtekening);
    const sleutel = publiek.find((s) => s.kid === kid);
    if (!sleutel) return false;
    const { protectedHeader } = await jwtVerify(handtekening, await geimporteerd(sleutel), { algorithms: [CHECKPOINT_ALGORITME] });
    return protectedHeader.typ === CHECKPOINT_TYP;
  } catch {
    return false;
  }
}

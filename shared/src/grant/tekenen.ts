import { randomUUID } from 'node:crypto';

import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

import { Besluiten, codeerBesluiten } from '../besluiten';
import { Dossierbevestiging, GRANT_ALGORITME, GRANT_ISSUER } from './grant';
import { Verzoek, verzoekHash } from './verzoek';

/** The gateway's grant key pair: the private half signs, subgraphs get the public half. */
export async function maakGrantSleutelpaar(): Promise<{ prive: JWK; publiek: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(GRANT_ALGORITME, { extractable: true });
  return { prive: { ...(await exportJWK(privateKey)), alg: GRANT_ALGORITME }, publiek: { ...(await exportJWK(publicKey)), alg: GRANT_ALGORITME } };
}

const GELDIGHEID = 30;

/** A grant signing key, imported. */
export type GrantSleutel = Awaited<ReturnType<typeof importJWK>>;

/** What the gateway puts in one grant (see Grant for what a subgraph reads from it). */
export interface GrantInhoud {
  subgraph: string;
  /** The one request this grant is for; the subgraph refuses it for any other (see verzoek.ts). */
  verzoek: Verzoek;
  sub: string;
  organisatie: string | null;
  team: string | null;
  rol: string;
  /** The request's doel; subgraphs record it with what they disclose. */
  doel: string;
  /** The vormen the policy allows for the doel (default none). */
  vormen?: string[];
  /** The households the request was decided for (see Grant). */
  reikwijdte?: string[];
  /** What this fetch may return, per household and person (see shared/src/besluiten.ts); absent: no dossier content. */
  besluiten?: Besluiten;
  /** Marks the gateway's own calls (e.g. 'beslissingscontext'); client operations never carry it. */
  intern?: string;
  /** The audit id of the client request this fetch serves. */
  audit?: string;
  /** On a registration: what the registrant's own organisation's dossier confirmed (see Grant). */
  dossierbevestigingen?: Dossierbevestiging[];
  /** Signed checkpoints for this partner to witness with the fetch (see Grant). */
  getuigd?: string[];
  /** inhoudHash of the policy version the request is decided under (besluitbewijs.ts): the subgraph applies no other. */
  beleid?: string;
  /** Seconds; default 30. Only tests make other ones (expired, too long). */
  geldigheid?: number;
  jti?: string;
}

/** Keys imported once per JWK object: each import showed in the CPU profile under load (ecImportKey). */
const GEIMPORTEERD = new WeakMap<JWK, Promise<GrantSleutel>>();

/** The private key, imported once per JWK object. */
export function grantSleutel(jwk: JWK): Promise<GrantSleutel> {
  let sleutel = GEIMPORTEERD.get(jwk);
  if (!sleutel) GEIMPORTEERD.set(jwk, (sleutel = importJWK(jwk, GRANT_ALGORITME)));
  return sleutel;
}

/** Signs one grant for one subgraph fetch. */
export async function tekenGrant(priveSleutel: JWK | GrantSleutel, inhoud: GrantInhoud): Promise<string> {
  const sleutel = 'kty' in priveSleutel ? await grantSleutel(priveSleutel as JWK) : priveSleutel;
  const nu = Math.floor(Date.now() / 1000);
  const geldigheid = inhoud.geldigheid ?? GELDIGHEID;
  return new SignJWT({ verzoek: verzoekHash(inhoud.verzoek), organisatie: inhoud.organisatie, team: inhoud.team, rol: inhoud.rol, doel: inhoud.doel, vormen: inhoud.vormen ?? [], ...(inhoud.reikwijdte ? { reikwijdte: inhoud.reikwijdte } : {}), ...(inhoud.besluiten ? { besluiten: codeerBesluiten(inhoud.besluiten) } : {}), ...(inhoud.intern ? { intern: inhoud.intern } : {}), ...(inhoud.audit ? { audit: inhoud.audit } : {}), ...(inhoud.dossierbevestigingen?.length ? { dossierbevestigingen: inhoud.dossierbevestigingen } : {}), ...(inhoud.getuigd?.length ? { getuigd: inhoud.getuigd } : {}), ...(inhoud.beleid ? { beleid: inhoud.beleid } : {}) })
    .setProtectedHeader({ alg: GRANT_ALGORITME, typ: 'JWT' })
    .setIssuer(GRANT_ISSUER)
    .setAudience(inhoud.subgraph)
    .setSubject(inhoud.sub)
    .setJti(inhoud.jti ?? randomUUID())
    .setIssuedAt(Math.min(nu, nu + geldigheid - 60))
    .setExpirationTime(nu + geldigheid)
    .sign(sleutel);
}

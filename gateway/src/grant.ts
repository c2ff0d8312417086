import { randomUUID } from 'node:crypto';

import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLSchema } from 'graphql';
import { Besluiten, codeerBesluiten, Dossierbevestiging, GRANT_ALGORITME, GRANT_HEADER, GRANT_ISSUER, maakLogger, metingenVan } from '@netwerkdossier/shared';
import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

import type { Partner } from './beslissing';
import { leegAntwoord } from './handhaving/leeg';
import { nodeFetcher, postJson } from './http';
import type { GatewayContext } from './server';

/** The gateway's grant key pair: the private half signs, subgraphs get the public half. */
export async function maakGrantSleutelpaar(): Promise<{ prive: JWK; publiek: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(GRANT_ALGORITME, { extractable: true });
  return { prive: { ...(await exportJWK(privateKey)), alg: GRANT_ALGORITME }, publiek: { ...(await exportJWK(publicKey)), alg: GRANT_ALGORITME } };
}

const GELDIGHEID = 30;

const logger = maakLogger('gateway');

type Sleutel = Awaited<ReturnType<typeof importJWK>>;

export interface GrantInhoud {
  subgraph: string;
  sub: string;
  organisatie: string | null;
  team: string | null;
  rol: string;
  /** The request's doel; subgraphs record it with what they disclose. */
  doel: string;
  /** The vormen the policy allows for the doel (default none). */
  vormen?: string[];
  /** The households the request was decided for (see shared/src/grant.ts). */
  reikwijdte?: string[];
  /** What this fetch may return, per household and person (see shared/src/besluiten.ts); absent: no dossier content. */
  besluiten?: Besluiten;
  /** Marks the gateway's own calls (e.g. 'beslissingscontext'); client operations never carry it. */
  intern?: string;
  /** The audit id of the client request this fetch serves. */
  audit?: string;
  /** On a registration: what the registrant's own organisation's dossier confirmed (see shared/src/grant.ts). */
  dossierbevestigingen?: Dossierbevestiging[];
  /** Seconds; default 30. Only tests make other ones (expired, too long). */
  geldigheid?: number;
  jti?: string;
}

/** Keys imported once per JWK object: each import showed in the CPU profile under load (ecImportKey). */
const GEIMPORTEERD = new WeakMap<JWK, Promise<Sleutel>>();

function geimporteerd(jwk: JWK): Promise<Sleutel> {
  let sleutel = GEIMPORTEERD.get(jwk);
  if (!sleutel) GEIMPORTEERD.set(jwk, (sleutel = importJWK(jwk, GRANT_ALGORITME)));
  return sleutel;
}

/** Signs one grant for one subgraph fetch. */
export async function tekenGrant(priveSleutel: JWK | Sleutel, inhoud: GrantInhoud): Promise<string> {
  const sleutel = 'kty' in priveSleutel ? await geimporteerd(priveSleutel as JWK) : priveSleutel;
  const nu = Math.floor(Date.now() / 1000);
  const geldigheid = inhoud.geldigheid ?? GELDIGHEID;
  return new SignJWT({ organisatie: inhoud.organisatie, team: inhoud.team, rol: inhoud.rol, doel: inhoud.doel, vormen: inhoud.vormen ?? [], ...(inhoud.reikwijdte ? { reikwijdte: inhoud.reikwijdte } : {}), ...(inhoud.besluiten ? { besluiten: codeerBesluiten(inhoud.besluiten) } : {}), ...(inhoud.intern ? { intern: inhoud.intern } : {}), ...(inhoud.audit ? { audit: inhoud.audit } : {}), ...(inhoud.dossierbevestigingen?.length ? { dossierbevestigingen: inhoud.dossierbevestigingen } : {}) })
    .setProtectedHeader({ alg: GRANT_ALGORITME, typ: 'JWT' })
    .setIssuer(GRANT_ISSUER)
    .setAudience(inhoud.subgraph)
    .setSubject(inhoud.sub)
    .setJti(inhoud.jti ?? randomUUID())
    .setIssuedAt(Math.min(nu, nu + geldigheid - 60))
    .setExpirationTime(nu + geldigheid)
    .sign(sleutel);
}

/**
 * A data source that signs a fresh, short-lived grant for every subgraph fetch: audience = that
 * subgraph, a unique jti, and who the gateway asks for. Subgraphs answer nothing without one. It waits
 * `tijdslimietMs` for each answer.
 */
export class GrantDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly sleutel: Promise<Sleutel>;

  constructor(url: string, private readonly subgraph: string, priveSleutel: JWK, tijdslimietMs: number, private readonly schema?: GraphQLSchema) {
    super({ url, fetcher: nodeFetcher(tijdslimietMs) });
    this.sleutel = geimporteerd(priveSleutel);
  }

  /**
   * A partner that cannot be reached (down, refusing, answering garbage) leaves its part of the answer
   * empty, as if withheld, and is named in the response (`extensions.onbereikbaar`): the rest of the
   * netwerkdossier still shows. Without netwerk (the registry under every decision) nothing is shown.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      const antwoord = await super.process(options);
      if (!isGraphQLAntwoord(antwoord, options.request.variables?.representations)) throw new Error('het antwoord is geen GraphQL-antwoord op deze vraag');
      return antwoord;
    } catch (fout) {
      if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION || !this.schema) throw fout;
      if (this.subgraph === 'netwerk') {
        // the enforcement then answers with nothing but that (see HandhavendeGateway)
        (options.context.onbereikbaar ??= new Set()).add('netwerk');
        throw fout;
      }
      const data = leegAntwoord(this.schema, options.request.query ?? '', options.request.variables);
      if (!data) throw fout;
      logger.warn({ subgraph: this.subgraph, fout: fout instanceof Error ? fout.message : String(fout) }, 'partner niet bereikbaar; zijn deel blijft leeg');
      (options.context.onbereikbaar ??= new Set()).add(this.subgraph);
      metingenVan('gateway').onbereikbaar.inc({ partner: this.subgraph });
      return { data };
    }
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identiteit = context.identiteit;
    if (!identiteit) throw new Error('Geen identiteit bij een subgraph-verzoek: de gateway vraagt niets zonder');
    const representaties = request.variables?.representations as unknown[] | undefined;
    const besluiten = context.besluiten?.voorFetch(this.subgraph as Partner, representaties);
    const grant = await tekenGrant(await this.sleutel, { subgraph: this.subgraph, ...identiteit, doel: context.doel, vormen: context.vormen, reikwijdte: context.reikwijdte, besluiten, audit: context.auditId, dossierbevestigingen: context.dossierbevestigingen });
    request.http?.headers.set(GRANT_HEADER, grant);
  }
}

/**
 * Whether a subgraph's JSON answer has the shape of an answer to the fetch: errors, or data with, for an
 * entity fetch, one entity per representation. Anything else (JSON from a proxy or a wrong service) would
 * otherwise compose into nulls that empty the whole view.
 */
function isGraphQLAntwoord(antwoord: GatewayGraphQLResponse, representaties: unknown): boolean {
  if (Array.isArray(antwoord.errors) && antwoord.errors.length > 0) return true;
  const data: unknown = antwoord.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  if (!Array.isArray(representaties)) return true;
  const entiteiten = (data as { _entities?: unknown })._entities;
  return Array.isArray(entiteiten) && entiteiten.length === representaties.length;
}

/** POSTs JSON to netwerk under a fresh grant of the gateway's own (`inhoud.intern` says which call it is). */
export async function postMetGrant(url: URL, sleutel: JWK | Sleutel, inhoud: Omit<GrantInhoud, 'subgraph'>, body: unknown): Promise<{ status: number; body: unknown }> {
  return postJson(url, { [GRANT_HEADER]: await tekenGrant(sleutel, { subgraph: 'netwerk', ...inhoud }) }, body);
}

/** netwerk could not be reached, or did not answer as a GraphQL service: the message says which call, and how. */
export class NetwerkOnbereikbaar extends Error {}

/**
 * The gateway's own call to netwerk (`inhoud.intern` says which): signs a grant, posts the operation and
 * returns its data; any error, HTTP status or missing data is an exception, prefixed with `wat` (a
 * NetwerkOnbereikbaar when netwerk gave no GraphQL answer at all).
 */
export async function vraagNetwerk<T>(netwerkUrl: string, sleutel: JWK | Sleutel, inhoud: Omit<GrantInhoud, 'subgraph'>, wat: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await postMetGrant(new URL(netwerkUrl), sleutel, inhoud, { query, variables }).catch((fout: unknown) => {
    throw new NetwerkOnbereikbaar(`${wat}: ${fout instanceof Error ? fout.message : String(fout)}`);
  });
  const body = (res.body ?? {}) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`${wat}: ${body.errors.map((e) => e.message).join('; ')}`);
  if (res.status !== 200 || typeof body.data !== 'object' || body.data === null) throw new NetwerkOnbereikbaar(`${wat}: HTTP ${res.status} zonder GraphQL-antwoord`);
  return body.data;
}

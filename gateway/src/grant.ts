import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLSchema } from 'graphql';
import { beleidInhoud, GETUIGD_EXTENSIE, GRANT_HEADER, grantSleutel, GrantSleutel, GRAPHQL_PAD, maakLogger, metingenVan, tekenGrant } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import type { Partner } from './beslissing';
import type { GatewayContext } from './context';
import { leegAntwoord } from './handhaving/leeg';
import { haalStatus, nodeFetcher } from './http';
import { Stroomonderbreker, StroomonderbrekerOpen } from './stroomonderbreker';
import type { Getuigen } from './toegangslog';

const logger = maakLogger('gateway');

/** The checkpoints each fetch's grant carried, until its answer says whether they were kept. */
const MEEGEGEVEN = new WeakMap<object, string[]>();
/** A query fetch (its verstrekking is written with the partner's answer); mutations record theirs otherwise. */
const ALS_QUERY = /^\s*(query\b|\{)/;

/**
 * A data source that signs a fresh, short-lived grant for every subgraph fetch: audience = that
 * subgraph, a unique jti, who the gateway asks for, and the hash of this very fetch's body. Subgraphs
 * answer nothing without one. It waits `tijdslimietMs` for each answer; a partner's fetches go through its
 * circuit breaker (not netwerk's: without the registry nothing is shown, breaker or not).
 */
export class GrantDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly sleutel: Promise<GrantSleutel>;
  private readonly onderbreker: Stroomonderbreker | undefined;

  /**
   * `getuigen`: who witnesses the toegangslog's checkpoints; an audited query fetch to a witness carries the
   * checkpoints it has not confirmed yet (see Getuigen), and its answer confirms them.
   */
  constructor(url: string, private readonly subgraph: string, priveSleutel: JWK, tijdslimietMs: number, private readonly schema?: GraphQLSchema, private readonly getuigen?: () => Getuigen | undefined) {
    super({ url, fetcher: nodeFetcher(tijdslimietMs) });
    this.sleutel = grantSleutel(priveSleutel);
    if (subgraph !== 'netwerk') this.onderbreker = new Stroomonderbreker(subgraph, async () => (await haalStatus(new URL('gereed', url), tijdslimietMs)) === 200);
  }

  /** Stops the breaker's probes (the gateway stops). */
  stop(): void {
    this.onderbreker?.stop();
  }

  /**
   * A partner that cannot be reached (down, refusing, answering garbage) leaves its part of the answer
   * empty, as if withheld, and is named in the response (`extensions.onbereikbaar`): the rest of the
   * netwerkdossier still shows. Without netwerk (the registry under every decision) nothing is shown.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const vraag = async () => {
      const antwoord = await super.process(options);
      if (!isGraphQLAntwoord(antwoord, options.request.variables?.representations)) throw new Error('het antwoord is geen GraphQL-antwoord op deze vraag');
      this.bevestigGetuigd(options.request, antwoord);
      return antwoord;
    };
    try {
      return await (this.onderbreker ? this.onderbreker.voer(vraag) : vraag());
    } catch (fout) {
      if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION || !this.schema) throw fout;
      if (this.subgraph === 'netwerk') {
        // the enforcement then answers with nothing but that (see HandhavendeGateway)
        (options.context.onbereikbaar ??= new Set()).add('netwerk');
        throw fout;
      }
      const data = leegAntwoord(this.schema, options.request.query ?? '', options.request.variables);
      if (!data) throw fout;
      // an open breaker said so once, when it opened
      if (!(fout instanceof StroomonderbrekerOpen)) logger.warn({ subgraph: this.subgraph, fout: fout instanceof Error ? fout.message : String(fout) }, 'partner niet bereikbaar; zijn deel blijft leeg');
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
    // the body RemoteGraphQLDataSource sends: the request without its http part
    const { http: _http, ...body } = request;
    const getuigd = context.auditId && ALS_QUERY.test(request.query ?? '') ? (this.getuigen?.()?.meeTeGeven(this.subgraph) ?? []) : [];
    if (getuigd.length) MEEGEGEVEN.set(request, getuigd);
    const grant = await tekenGrant(await this.sleutel, { subgraph: this.subgraph, verzoek: { pad: GRAPHQL_PAD, body }, ...identiteit, doel: context.doel, vormen: context.vormen, reikwijdte: context.reikwijdte, besluiten, audit: context.auditId, dossierbevestigingen: context.dossierbevestigingen, getuigd, beleid: beleidInhoud(context.beleid) });
    request.http?.headers.set(GRANT_HEADER, grant);
  }

  /** The partner kept the checkpoints this fetch carried when its answer says so; the extension goes no further. */
  private bevestigGetuigd(request: object, antwoord: GatewayGraphQLResponse): void {
    const getuigd = MEEGEGEVEN.get(request);
    const extensies = antwoord.extensions;
    if (extensies && GETUIGD_EXTENSIE in extensies) {
      if (getuigd && extensies[GETUIGD_EXTENSIE] === getuigd.length) this.getuigen?.()?.afgegeven(this.subgraph, getuigd);
      delete extensies[GETUIGD_EXTENSIE];
    }
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

import { randomUUID } from 'node:crypto';
import http from 'node:http';

import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { beheerRoutes, BeleidBron, DraaiendeService, houdersPerCategorie, maakLogger, metingenPlugin, metingenVan, SUBGRAPHS, TlsSleutels, traceerVerzoeken } from '@netwerkdossier/shared';
import express from 'express';
import { buildASTSchema, GraphQLError, parse } from 'graphql';
import { JWK } from 'jose';

import { BekendeOperaties } from './bekende-operaties';
import type { GatewayContext } from './context';
import { bodyFouten, verbergOnverwachteFouten } from './fouten';
import { limieten } from './limieten';
import { controleerSupergraph } from './supergraph';
import { controleerDoel } from './beslissing';
import { GrantDataSource } from './grant';
import { haalStatus, standaardTijdslimiet } from './http';
import { leesVeldkaart } from './handhaving';
import { HandhavendeGateway } from './handhavende-gateway';
import { Verifier } from './identiteit';
import { Checkpointopties, Toegangslogschrijver } from './toegangslog';
import { verbindMetSubgraphs } from './transport';
import { Sessieopslag } from './sessieopslag';
import { Sessies, WEB_MAP, webRoutes, WebOpties } from './web';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

/** The header in which every request declares its doel. */
export const DOEL_HEADER = 'doel';

export interface GatewayOpties {
  supergraphSdl: string;
  /** Where each subgraph listens, by name; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  verifier: Verifier;
  /** The privacy officer's policy, kept current; its version goes with every response. */
  beleid: BeleidBron;
  /** Private key (JWK) with which the gateway signs its grants to the subgraphs. */
  grantSleutel: JWK;
  /** How long the gateway waits for each subgraph's answer, in ms, by name (default standaardTijdslimiet). */
  tijdslimieten?: Partial<Record<string, number>>;
  host: string;
  port: number;
  /** The web app at `/` and its sign-in (absent: the gateway serves only /graphql). */
  web?: WebOpties;
  /** Private key (JWK with kid) with which the gateway signs the toegangslog's checkpoints; not the grant key. */
  checkpointSleutel: JWK;
  /** A file (meant for write-once storage) the checkpoints are appended to as JSON lines; absent: none. */
  checkpointBestand?: string;
  /** How the gateway writes its toegangslog (default: to netwerk's, durably); a benchmark passes one that measures. */
  toegangslog?: (netwerkUrl: string, grantSleutel: JWK, checkpoints: Checkpointopties) => Toegangslogschrijver;
  /** Production: no introspection, and an unexpected error reaches the client only as a reference into the log. */
  productie: boolean;
  /** Run only the web app's operations registered when it was built (gateway/web/dist/bekende-operaties.json). */
  alleenBekendeOperaties: boolean;
  /**
   * Where the web app's sessions and sign-ins in progress are kept; default this process's memory, which
   * is enough for one gateway. Replicas behind a load balancer share one (PostgresOpslag). Stopped with the gateway.
   */
  sessieopslag?: Sessieopslag;
  /** Reach every subgraph over mutual TLS with this client certificate (its URLs must be https://); absent: as the URLs say. */
  tls?: TlsSleutels;
}

/** The largest request body /graphql reads. */
export const BODY_LIMIET = '100kb';

/** Starts the gateway: token check, then the composed supergraph over real HTTP to each subgraph. */
export async function startGateway(opties: GatewayOpties): Promise<DraaiendeService> {
  if (opties.productie && opties.web?.demo) throw new Error('aanmelden als demopersona is er alleen in ontwikkeling, niet met NODE_ENV=production');
  controleerSupergraph(opties.supergraphSdl);
  const losTls = verbindMetSubgraphs(opties.subgraphUrls, opties.tls);
  // every type and field the partners have, inaccessible ones too: the shape of an unreachable partner's empty part
  const typen = buildASTSchema(parse(opties.supergraphSdl), { assumeValidSDL: true });
  const bronnen: GrantDataSource[] = [];
  // made below; the data sources are made when the gateway loads the supergraph, later
  let toegangslog: Toegangslogschrijver | undefined = undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: opties.supergraphSdl,
    buildService: ({ name }) => {
      const url = opties.subgraphUrls[name];
      if (!url) throw new Error(`Geen URL voor subgraph ${name}: de gateway start niet zonder alle partners te kennen`);
      const bron = new GrantDataSource(url, name, opties.grantSleutel, opties.tijdslimieten?.[name] ?? standaardTijdslimiet(name), typen, () => toegangslog?.getuigen);
      bronnen.push(bron);
      return bron;
    },
    // its spans name the operation, never its document or error messages (they can carry personal data)
    telemetry: { includeDocument: false, recordExceptions: false },
  });
  const metingen = metingenVan('gateway');
  const app = express();
  // no `X-Powered-By: Express`: what runs behind the gateway is no one's business
  app.disable('x-powered-by');
  app.use(traceerVerzoeken('gateway'));
  const httpServer = http.createServer(app);
  const { plugins, validationRules, parseOptions } = limieten();
  const bekende = opties.alleenBekendeOperaties ? BekendeOperaties.lees(opties.web?.map ?? WEB_MAP) : undefined;
  const netwerkUrl = opties.subgraphUrls.netwerk;
  if (!netwerkUrl) throw new Error('Geen URL voor netwerk: zonder register geen beslissingen');
  const veldkaart = leesVeldkaart(opties.supergraphSdl);
  toegangslog = (opties.toegangslog ?? ((url, sleutel, checkpoints) => new Toegangslogschrijver(url, sleutel, checkpoints)))(netwerkUrl, opties.grantSleutel, {
    sleutel: opties.checkpointSleutel,
    // every partner witnesses; netwerk, whose log it is, does not
    partners: Object.fromEntries(Object.entries(opties.subgraphUrls).filter(([naam]) => naam !== 'netwerk')),
    bestand: opties.checkpointBestand,
  });
  const handhavend = new HandhavendeGateway(gateway, { veldkaart, netwerkUrl, grantSleutel: opties.grantSleutel, toegangslog, subgraphUrls: opties.subgraphUrls });
  const server = new ApolloServer<GatewayContext>({
    gateway: handhavend,
    validationRules,
    parseOptions,
    introspection: !opties.productie,
    includeStacktraceInErrorResponses: false,
    formatError: opties.productie ? verbergOnverwachteFouten(maakLogger('gateway')) : undefined,
    // pinned, though these are Apollo's defaults: one operation per request, and no GET or form post
    // that a browser would send cross-site without a preflight
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    persistedQueries: bekende ? { cache: bekende.cache } : undefined,
    plugins: [
      ...plugins,
      verantwoordingPlugin(opties.beleid),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing pages, production and local alike, load Apollo's sandbox from its CDN
      ApolloServerPluginLandingPageDisabled(),
      metingenPlugin(metingen),
    ],
    // the process owner (main, npm start) decides how to stop on a signal
    stopOnTerminationSignals: false,
  });
  await server.start();
  beheerRoutes(app, 'gateway', metingen, {
    beleid: async () => opties.beleid.huidig.versie,
    netwerk: async () => {
      const code = await haalStatus(new URL('gereed', netwerkUrl), 2000);
      if (code !== 200) throw new Error(`netwerk is niet gereed (HTTP ${code})`);
    },
  });
  const sessies = new Sessies(opties.sessieopslag);
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIET }),
    bodyFouten,
    ...(bekende ? [bekende.alleenBekend()] : []),
    expressMiddleware(server, {
      context: async ({ req }) => {
        // taken once: a version that comes into force meanwhile applies from the next request on. Before netwerk
        // has sent any policy, or while the version in force is not proven, nothing is decided: the gateway is not
        // ready, and says why (as its /gereed does)
        const beleid = opties.beleid.huidigOfNiets;
        if (!beleid) throw new GraphQLError(opties.beleid.waaromGeen, { extensions: { code: 'NIET_GEREED', http: { status: 503 } } });
        // a bearer token from the client, or the one of the web app's session (its cookie is SameSite=Strict)
        const sessie = opties.web && !req.headers.authorization ? await sessies.token(req.headers.cookie) : undefined;
        const identiteit = await opties.verifier(sessie ? `Bearer ${sessie}` : req.headers.authorization);
        const kop = req.headers[DOEL_HEADER];
        const doel = typeof kop === 'string' ? kop : undefined;
        const auditId = randomUUID();
        try {
          return { identiteit, doel: doel as string, beleid, vormen: controleerDoel(beleid, identiteit, doel).vormen, auditId };
        } catch (fout) {
          // a known caller refused for this doel: recorded, then refused
          if (fout instanceof GraphQLError) await handhavend.weiger({ identiteit, doel: doel ?? null, auditId, beleid }, fout);
          throw fout;
        }
      },
    }),
  );
  if (opties.web) webRoutes(app, opties.web, sessies, opties.verifier, opties.beleid, { netwerkUrl, grantSleutel: opties.grantSleutel, houders: houdersPerCategorie(veldkaart), houdersMetRegister: houdersPerCategorie(veldkaart, SUBGRAPHS), toegangslog });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opties.port, opties.host, resolve);
  });
  const adres = httpServer.address();
  const port = typeof adres === 'object' && adres ? adres.port : opties.port;
  return {
    naam: 'gateway',
    url: `http://${opties.host}:${port}/graphql`,
    stop: async () => {
      await server.stop();
      for (const bron of bronnen) bron.stop();
      opties.beleid.stop();
      await opties.sessieopslag?.stop();
      losTls();
    },
  };
}

/** Every response names the policy version it was decided under (`extensions.beleidsversie`) and, once known, its audit id. */
function verantwoordingPlugin(beleid: BeleidBron): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            const audit = contextValue?.auditId ? { auditId: contextValue.auditId } : {};
            // no version before netwerk has sent one (the request was then refused as not ready)
            const geldend = contextValue?.beleid ?? beleid.huidigOfNiets;
            const versie = geldend ? { beleidsversie: geldend.versie } : {};
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...versie, ...audit };
          }
        },
      };
    },
  };
}

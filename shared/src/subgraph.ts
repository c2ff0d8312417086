import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { NonEmptyArray } from 'type-graphql';
import { JWK } from 'jose';
import { DataSource, EntityManager } from 'typeorm';

import { Anonimiseerder, maakAnonimiseerder } from './anonimiseren';
import { beheerRoutes, metingenPlugin, metingenVan, traceerVerzoeken } from './beheer';
import { schermAf } from './afscherming';
import { openDatabase } from './database';
import { buildFederatedSchema } from './federated-schema';
import { DemoOpties } from './demo/wereld';
import { Dossierbevestiger, dossiervraagRoute } from './dossiervraag';
import { alEerderGebruikt, eersteGebruikIn, GebruikteGrants1796300000400, gebruikteGrants, Grant, GrantControle, GRANT_HEADER, GRANT_MAX_BYTES, GRAPHQL_PAD, grantNietVastgelegd, GrantVerifier, maakGrantControle, naEersteGebruik } from './grant';
import { ServiceNaam } from './services';
import { verleenDienstrechten, Wijzigingen } from './rollen';
import { maakServer, TlsSleutels } from './tls';
import { VerstrektItem } from './verstrekking';
import { TeSchrijven, verstrekkingenschrijver } from './verstrekkingenschrijver';
import { Checkpoint, GETUIGD_EXTENSIE, GetuigdCheckpoint, leesCheckpoint } from './getuige';

/** What every service changes besides appending: it purges its own expired used grants (gebruikte-grants.ts). */
const RECHTEN_VAN_ELKE_DIENST: Wijzigingen = { gebruikte_grant: ['DELETE'] };

/** How long a subgraph keeps an idle connection open: longer than its clients keep it. */
export const STIL_MS = 65_000;

/** What every resolver of a subgraph receives. */
export interface SubgraphContext {
  dataSource: DataSource;
  /** The gateway's verified grant: without one, the subgraph answers nothing. */
  grant: Grant;
  /**
   * Records the grant's first use durably; resolves once it is (rejects on a replay or when it cannot be
   * recorded). A mutation waits for it before it runs; a query's resolvers read before it is recorded, and its
   * answer waits for it (an audited query's verstrekking, keyed by the jti, is its record). So a Query resolver
   * must never write.
   */
  eersteGebruik(): Promise<void>;
  /** What this request disclosed, per subject and category; recorded in the verstrekkingenlog before the response. */
  verstrekt: Map<string, VerstrektItem>;
  /** The scrubber for free text shown anonymised, for the households of this grant (built once per request). */
  anonimiseerder(): Promise<Anonimiseerder>;
}

/** Everything that makes one subgraph; all five are described the same way. */
export interface SubgraphDefinitie {
  naam: ServiceNaam;
  entities: Function[];
  /** Its migrations, GebruikteGrants1796300000400 among them (the replay memory every service keeps). */
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  /** The federated entity types this subgraph resolves (a partner has no Query that reaches them). */
  entiteitTypen: Function[];
  referenceResolvers: GraphQLResolverMap<SubgraphContext>;
  /** Writes this service's part of the synthetic demo world into an empty database. */
  seed(dataSource: DataSource, opties: DemoOpties): Promise<void>;
  /**
   * The names this partner knows for these households (members, their network, addresses), scrubbed
   * from free text shown anonymised. Partners without any need not say; fixed patterns apply anyway.
   */
  namenVan?(dataSource: DataSource, huishoudenIds: string[]): Promise<string[]>;
  /**
   * What the service does beyond SELECT and INSERT, per table (UPDATE also covers SELECT … FOR UPDATE);
   * its database role gets nothing more (see verleenDienstrechten). Most partners: nothing.
   */
  wijzigt?: Wijzigingen;
  /** True when the database holds no demo data yet. */
  isLeeg(dataSource: DataSource): Promise<boolean>;
  /**
   * A statutory partner (Veilig Thuis, GI, Raad): whether its own dossier holds the record a registration
   * by one of its professionals rests on, which confirms that betrokkenheid (see dossiervraag.ts).
   */
  bevestigt?: Dossierbevestiger;
  /**
   * Plain HTTP routes beside the GraphQL endpoint, for the gateway's own calls (each checks the grant itself);
   * what they keep running (a listening connection, open streams) is stopped before the server.
   */
  routes?(app: express.Express, hulp: Routehulp): void | Promise<{ stop(): Promise<void> } | void>;
}

/** What a subgraph's plain routes get to check the gateway's grants. */
export interface Routehulp {
  dataSource: DataSource;
  /** The gateway's public grant key: for evidence the gateway signs besides grants (a policy step's, besluitbewijs.ts). */
  grantSleutel: JWK;
  /** The grant checked, returned once its first use is durably recorded. */
  verifieerGrant: GrantVerifier;
  /**
   * The grant checked, its first use not yet recorded: for a route that records it in its own transaction
   * (`eersteGebruikIn`), committing nothing under a grant used before.
   */
  controleerGrant: GrantControle;
  /** As eersteGebruikIn, but every grant counts as new while the bench measures without the durable memory (SubgraphOpties.geheugenAlleen). */
  eersteGebruikIn(m: EntityManager, grants: Array<{ jti: string; exp: number }>): Promise<Set<string>>;
}

export interface DraaiendeService {
  naam: string;
  url: string;
  stop(): Promise<void>;
}

export interface SubgraphOpties {
  /** The service's own connection at runtime. */
  databaseUrl: string;
  /**
   * The owner's connection: migrations (and the demo seed) run with it, then the owner grants the role of
   * `databaseUrl` what the service needs. Without it, `databaseUrl` migrates (nothing to do once migrated).
   */
  migratieUrl?: string;
  host: string;
  port: number;
  /** The gateway's public key (JWK) for verifying grants. */
  grantSleutel: JWK;
  /** Seed the demo world when the database is empty. */
  demo?: DemoOpties;
  /** Serve HTTPS to clients with a certificate of this CA only (mutual TLS); absent: plain HTTP. */
  tls?: TlsSleutels;
  /**
   * For measurement only (`npm run bench:grant`): while it returns true, a used grant is remembered in this
   * process alone and nothing is written to gebruikte_grant (the baseline the durable memory is compared with).
   */
  geheugenAlleen?: () => boolean;
}

/**
 * Writes what a request disclosed to the partner's own verstrekkingenlog before the response leaves;
 * if it cannot be written, the response carries an error and no data (fail closed). No change is made and
 * no answer given under a grant whose first use is not durably recorded (see GecontroleerdeGrant).
 */
function verstrekkingenPlugin(vastleggen: (item: TeSchrijven) => Promise<boolean>, getuige: boolean): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          // nothing is changed under a grant that may be a replay
          if (operation?.operation !== 'query') await contextValue.eersteGebruik();
        },
        async willSendResponse({ contextValue, response, operation }) {
          const verstrekt = contextValue?.verstrekt;
          if (!verstrekt || response.body.kind !== 'single') return;
          const body = response.body;
          const weiger = (weigering: GraphQLError) => {
            const { http, ...extensions } = weigering.extensions;
            body.singleResult = { errors: [new GraphQLError(weigering.message, { extensions })] };
            response.http.status = (http as { status?: number } | undefined)?.status ?? 503;
          };
          const { grant } = contextValue;
          // a query fetch the gateway makes for a request is recorded even when it disclosed nothing: the
          // toegangslog names the partners it asked, and audit:kruiscontrole finds each one's record; keyed by
          // the grant's jti, that record is the durable record of its first use too (verstrekkingenschrijver)
          const samen = operation?.operation === 'query' && !grant.intern && !!grant.audit;
          if (!samen) {
            try {
              await contextValue.eersteGebruik();
            } catch (fout) {
              // a replay, or a first use that could not be recorded: what was read is not released, nor recorded as given
              weiger(fout instanceof GraphQLError ? fout : grantNietVastgelegd());
              return;
            }
            if (!verstrekt.size) return;
          }
          // a witness keeps the checkpoints its grant carries with this record (see Grant.getuigd); one that is
          // not a checkpoint is not kept, and not acknowledged: the gateway then hands them over by a call of its own
          const checkpoints = samen && getuige ? grant.getuigd.map(leesCheckpoint) : [];
          const getuigd = checkpoints.every((c) => c !== null) ? (checkpoints as Checkpoint[]) : [];
          let vastgelegd: boolean;
          try {
            vastgelegd = await vastleggen({ verstrekking: { grant: grant.jti, auditId: grant.audit, tijdstip: new Date(), sub: grant.sub, organisatie: grant.organisatie, doel: grant.doel, items: [...verstrekt.values()] }, checkpoints: getuigd });
          } catch {
            body.singleResult = { errors: [new GraphQLError('De verstrekking kon niet worden vastgelegd; er worden geen gegevens gegeven', { extensions: { code: 'VERSTREKKING_MISLUKT' } })] };
            return;
          }
          // the grant was used before (another replica, before a restart): nothing released, nothing recorded
          if (!vastgelegd) weiger(alEerderGebruikt());
          else if (getuigd.length) body.singleResult.extensions = { ...body.singleResult.extensions, [GETUIGD_EXTENSIE]: getuigd.length };
        },
      };
    },
  };
}

/** Builds the federated schema of a subgraph definition. */
export async function subgraphSchema(definitie: SubgraphDefinitie): Promise<GraphQLSchema> {
  return schermAf(await buildFederatedSchema({ resolvers: definitie.resolvers, orphanedTypes: definitie.entiteitTypen }, definitie.referenceResolvers as GraphQLResolverMap<unknown>));
}

/**
 * Migrates as the owner (`migratieUrl`), seeds the demo world when asked and the database is empty, and grants
 * the role of `databaseUrl` what the service needs (verleenDienstrechten).
 */
export async function migreer(definitie: SubgraphDefinitie, opties: Pick<SubgraphOpties, 'databaseUrl' | 'demo'> & { migratieUrl: string }): Promise<void> {
  const { migratieUrl } = opties;
  const eigenaar = await openDatabase({ url: migratieUrl, entities: definitie.entities, migrations: definitie.migrations });
  try {
    if (opties.demo && (await definitie.isLeeg(eigenaar))) await definitie.seed(eigenaar, opties.demo);
    const dienstrol = decodeURIComponent(new URL(opties.databaseUrl).username);
    if (dienstrol !== decodeURIComponent(new URL(migratieUrl).username)) await verleenDienstrechten(eigenaar, dienstrol, { ...RECHTEN_VAN_ELKE_DIENST, ...definitie.wijzigt });
  } finally {
    await eigenaar.destroy();
  }
}

/** Opens the subgraph's own database (migrations, optional demo seed) and serves it over HTTP. */
export async function startSubgraph(definitie: SubgraphDefinitie, opties: SubgraphOpties): Promise<DraaiendeService> {
  if (!definitie.migrations.includes(GebruikteGrants1796300000400)) throw new Error(`${definitie.naam}: de migratie van de gebruikte grants (GebruikteGrants1796300000400) ontbreekt; zonder kan een grant na een herstart opnieuw gebruikt worden`);
  if (opties.migratieUrl) await migreer(definitie, { ...opties, migratieUrl: opties.migratieUrl });
  const dataSource = await openDatabase({ url: opties.databaseUrl, entities: definitie.entities, migrations: definitie.migrations });
  const gebruikt = gebruikteGrants(dataSource, definitie.naam);
  let routes: { stop(): Promise<void> } | undefined;
  try {
    if (!opties.migratieUrl && opties.demo && (await definitie.isLeeg(dataSource))) await definitie.seed(dataSource, opties.demo);
    const geheugenAlleen = opties.geheugenAlleen ?? (() => false);
    const controleerGrant = maakGrantControle(opties.grantSleutel, definitie.naam, (jti, exp) => (geheugenAlleen() ? Promise.resolve(true) : gebruikt.eersteGebruik(jti, exp)));
    // the plain routes write or answer at once: they wait for the grant's first use to be recorded
    const verifieerGrant = naEersteGebruik(controleerGrant);
    const metingen = metingenVan(definitie.naam);
    const app = express();
    // no `X-Powered-By: Express`, as at the gateway
    app.disable('x-powered-by');
    app.use(traceerVerzoeken(definitie.naam));
    // a grant lists the decisions for every household and person a fetch can reach: allow it room
    // idle connections are closed by the gateway first (after 4 s; Apollo's default fetcher does the same):
    // a server that closes them first races the gateway's next request on them ("socket hang up")
    const httpServer = maakServer({ maxHeaderSize: GRANT_MAX_BYTES, keepAliveTimeout: STIL_MS, headersTimeout: STIL_MS + 1_000 }, app, opties.tls);
    const server = new ApolloServer<SubgraphContext>({
      schema: await subgraphSchema(definitie),
      plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), verstrekkingenPlugin(verstrekkingenschrijver(dataSource), definitie.entities.includes(GetuigdCheckpoint)), metingenPlugin(metingen)],
      includeStacktraceInErrorResponses: false,
      // the process owner (startAlleen, npm start) decides how to stop on a signal
      stopOnTerminationSignals: false,
    });
    await server.start();
    // before the GraphQL endpoint at `/`, which would take every path
    beheerRoutes(app, definitie.naam, metingen, { database: () => dataSource.query('SELECT 1') });
    const routehulp: Routehulp = {
      dataSource, verifieerGrant, controleerGrant, grantSleutel: opties.grantSleutel,
      eersteGebruikIn: async (m, grants) => (geheugenAlleen() ? new Set(grants.map((g) => g.jti)) : eersteGebruikIn(m, grants)),
    };
    routes = (await definitie.routes?.(app, routehulp)) ?? undefined;
    if (definitie.bevestigt) dossiervraagRoute(app, definitie.naam, definitie.bevestigt, { dataSource, verifieerGrant });
    app.use(
      '/',
      express.json({ limit: '1mb' }),
      expressMiddleware(server, {
        context: async ({ req }): Promise<SubgraphContext> => {
          // bound to the body as posted; a GET (query in the URL) counts as no body, which no grant is for
          const { grant, eersteGebruik } = await controleerGrant(req.headers[GRANT_HEADER], { pad: GRAPHQL_PAD, body: req.method === 'POST' ? req.body : null });
          // an audited fetch records the first use with its verstrekking (verstrekkingenPlugin); any other starts
          // the write now, beside the execution; either way the plugin holds back any change and the answer until it is
          if (grant.intern || !grant.audit) void eersteGebruik();
          let anonimiseerder: Promise<Anonimiseerder> | undefined;
          const namen = async () => (definitie.namenVan ? definitie.namenVan(dataSource, [...(grant.besluiten?.huishoudens.keys() ?? [])]) : []);
          return { dataSource, grant, eersteGebruik, verstrekt: new Map(), anonimiseerder: () => (anonimiseerder ??= namen().then(maakAnonimiseerder)) };
        },
      }),
    );
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(opties.port, opties.host, resolve);
    });
    const adres = httpServer.address();
    const url = `${opties.tls ? 'https' : 'http'}://${opties.host}:${typeof adres === 'object' && adres ? adres.port : opties.port}/`;
    return {
      naam: definitie.naam,
      url,
      stop: async () => {
        await routes?.stop();
        await server.stop();
        await gebruikt.stop();
        await dataSource.destroy();
      },
    };
  } catch (fout) {
    await routes?.stop();
    await gebruikt.stop();
    await dataSource.destroy();
    throw fout;
  }
}

import http from 'node:http';

import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { leesSupergraph } from '@netwerkdossier/gateway';
import { buildFederatedSchema, envPrefix, Grant, openDatabase, ServiceNaam, STIL_MS, SUBGRAPHS, SubgraphContext } from '@netwerkdossier/shared';
import express from 'express';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

import { SUBGRAPH_DEFINITIES } from '../subgraphs';

/**
 * The baseline of `npm run bench`: the same subgraph resolvers on the same databases, and a bare
 * `@apollo/gateway` (same version, same supergraph), with no authentication, no authorisation, no grants,
 * no withholding and no audit. Development only: this file is never part of what `main` starts.
 *
 *   node tools/dist/bench/kaal.js subgraph <naam>   (env <NAAM>_DATABASE_URL)
 *   node tools/dist/bench/kaal.js gateway            (env <NAAM>_URL for each subgraph)
 *
 * Each prints one JSON line {"url": …} once it listens on 127.0.0.1.
 */

/**
 * Every household is in scope of the bare stack: the resolvers' scope check (`binnenReikwijdte`) passes for
 * any id, so the bare subgraphs fetch and answer everything asked, as a plain federation would. (An empty
 * scope would answer `huishouden: null` and make the baseline a stack that does nothing.)
 */
class AllesInReikwijdte extends Array<string> {
  override includes(): boolean {
    return true;
  }
}

/** What the resolvers read from a grant, for a caller the bare stack does not know: none of it is checked. */
const KALE_GRANT = { sub: 'kaal', organisatie: null, team: null, rol: 'professional', doel: 'kaal', vormen: [], reikwijdte: new AllesInReikwijdte(), besluiten: null, intern: null, jti: 'kaal', audit: 'kaal' } as unknown as Grant;

async function luister(app: express.Express): Promise<void> {
  // as our subgraphs: the client closes idle connections first (else the bare gateway's fetches race the close)
  const server = http.createServer({ keepAliveTimeout: STIL_MS, headersTimeout: STIL_MS + 1_000 }, app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }));
}

async function kaleSubgraph(naam: ServiceNaam): Promise<void> {
  const definitie = SUBGRAPH_DEFINITIES[naam];
  const dataSource = await openDatabase({ url: process.env[`${envPrefix(naam)}_DATABASE_URL`]!, entities: definitie.entities, migrations: definitie.migrations });
  // the federated schema without schermAf: every resolver as written, nothing withheld or logged
  const schema = await buildFederatedSchema({ resolvers: definitie.resolvers, orphanedTypes: definitie.entiteitTypen }, definitie.referenceResolvers as GraphQLResolverMap<unknown>);
  const server = new ApolloServer<SubgraphContext>({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const app = express();
  app.use('/', express.json({ limit: '1mb' }), expressMiddleware(server, {
    context: async () => ({ dataSource, grant: KALE_GRANT, eersteGebruik: () => Promise.resolve(), verstrekt: new Map(), anonimiseerder: () => Promise.reject(new Error('niet in de kale stapel')) }),
  }));
  await luister(app);
}

async function kaleGateway(): Promise<void> {
  const urls = Object.fromEntries(SUBGRAPHS.map((naam) => [naam, process.env[`${envPrefix(naam)}_URL`]!]));
  const gateway = new ApolloGateway({ supergraphSdl: leesSupergraph(), buildService: ({ name }) => new RemoteGraphQLDataSource({ url: urls[name] }) });
  const server = new ApolloServer({ gateway });
  await server.start();
  const app = express();
  app.use('/', express.json({ limit: '1mb' }), expressMiddleware(server));
  await luister(app);
}

// exit on SIGTERM rather than be killed, so that --cpu-prof writes its profile
process.on('SIGTERM', () => process.exit(0));
const [soort, naam] = process.argv.slice(2);
(soort === 'gateway' ? kaleGateway() : kaleSubgraph(naam as ServiceNaam)).catch((fout: unknown) => {
  console.error(fout);
  process.exit(1);
});

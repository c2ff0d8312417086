import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';

import { CATEGORIE_DIRECTIVE_SDL, CATEGORIE_SPEC_URL } from './categorie';

/** The federation link every subgraph uses: one version, one import list. */
const FEDERATIE_LINK = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@inaccessible", "@composeDirective"])
    @link(url: "${CATEGORIE_SPEC_URL}", import: ["@categorie"])
    @composeDirective(name: "@categorie")
`;

/**
 * Builds a federation subgraph schema from type-graphql resolvers, with the `@categorie`
 * directive composed into the supergraph.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<GraphQLSchema> {
  // skipCheck: a partner subgraph may have no Query of its own
  const schema = await buildSchema({ ...options, skipCheck: true });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, referenceResolver] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(referenceResolver as object) };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATIE_LINK}
      ${CATEGORIE_DIRECTIVE_SDL}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers,
  });
}

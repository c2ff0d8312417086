import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * The gateway's query limits (graphql-armor). The schema has cycles (Persoon.huishouden.leden…),
 * so depth, aliases and cost are bounded before any partner is asked anything.
 */
export const LIMIETEN = {
  maxDepth: { n: 8 },
  // graphql-armor leaves aliases of __typename out of the count by default: hundreds of them cost the same work
  maxAliases: { n: 10, allowList: [] as string[] },
  maxDirectives: { n: 10 },
  // graphql-armor's token limit throws from Apollo's parsing hook, which Apollo answers with HTTP 500;
  // graphql-js's own parser limit (Apollo's parseOptions) refuses the same document as a 400 parse error
  maxTokens: { enabled: false, n: 2000 },
  costLimit: { maxCost: 5000 },
  blockFieldSuggestion: { enabled: true },
} as const;

/** Plugins, validation rules and parse options that enforce LIMIETEN. */
export function limieten() {
  return { ...new ApolloArmor(LIMIETEN).protect(), parseOptions: { maxTokens: LIMIETEN.maxTokens.n } };
}

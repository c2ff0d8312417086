import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * The gateway's query limits (graphql-armor). The schema has cycles (Persoon.huishouden.leden…),
 * so depth, aliases and cost are bounded before any partner is asked anything.
 */
export const LIMIETEN = {
  maxDepth: { n: 8 },
  maxAliases: { n: 10 },
  maxDirectives: { n: 10 },
  maxTokens: { n: 2000 },
  costLimit: { maxCost: 5000 },
  blockFieldSuggestion: { enabled: true },
} as const;

/** Plugins and validation rules that enforce LIMIETEN. */
export function limieten() {
  return new ApolloArmor(LIMIETEN).protect();
}

import { createHash } from 'node:crypto';

import { canoniek } from '../canoniek';

/**
 * The one request a grant is for: the route on the service (relative to its base URL, '/' for GraphQL)
 * and the JSON body sent there (null when there is none, as on a GET). A GraphQL fetch's body is what
 * the gateway sends: `{query, variables, operationName}`, absent members left out.
 */
export interface Verzoek {
  pad: string;
  body: unknown;
}

/** The route of a service's GraphQL endpoint, as a grant names it. */
export const GRAPHQL_PAD = '/';

/**
 * The grant's `verzoek` claim: SHA-256, base64url, of the canonical JSON (RFC 8785) of `{body, pad}`. The
 * gateway hashes what it sends, the subgraph what it received: canonical, so key order and whitespace do
 * not matter, and any other document, variable, operationName, extra member or route does.
 */
export function verzoekHash(verzoek: Verzoek): string {
  return createHash('sha256').update(canoniek({ body: verzoek.body ?? null, pad: verzoek.pad })).digest('base64url');
}

/** Where a request for this route goes on the service at `basis`: GraphQL at `basis` itself, a route beside it. */
export function verzoekUrl(basis: string, pad: string): URL {
  return new URL(pad.replace(/^\//, ''), basis);
}

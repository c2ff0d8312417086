import { randomUUID } from 'node:crypto';

import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import express from 'express';
import type { Logger } from 'pino';

/** Codes Apollo gives what it did not expect: their message may name internals (a query, a host, a stack). */
const ONVERWACHT = new Set([undefined, 'INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * The error extensions a client is told in production; the rest stays in the gateway, such as Apollo
 * Gateway's `serviceName` (which subgraph answered) and `response` (its URL, status and body).
 */
const VOOR_DE_CLIENT = ['code', 'veld', 'bezwaren', 'validationErrorCode'];

/**
 * Apollo's `formatError` in production: an unexpected error reaches the client as a generic Dutch message
 * with a reference that the log names beside the real error; the gateway's own errors (UNAUTHENTICATED,
 * FORBIDDEN, BAD_USER_INPUT …) and GraphQL's client errors keep their message, and of their extensions only
 * VOOR_DE_CLIENT.
 */
export function verbergOnverwachteFouten(log: Logger): (opgemaakt: GraphQLFormattedError, fout: unknown) => GraphQLFormattedError {
  return (opgemaakt, fout) => {
    const code = opgemaakt.extensions?.code;
    if (!ONVERWACHT.has(typeof code === 'string' ? code : undefined)) {
      const extensions = Object.fromEntries(Object.entries(opgemaakt.extensions ?? {}).filter(([sleutel]) => VOOR_DE_CLIENT.includes(sleutel)));
      return { ...opgemaakt, extensions };
    }
    const referentie = randomUUID();
    log.error({ referentie, err: unwrapResolverError(fout) }, 'onverwachte fout; de client ziet alleen de referentie');
    return {
      message: `Er ging iets mis in de gateway; noem bij een melding referentie ${referentie}`,
      ...(opgemaakt.path ? { path: opgemaakt.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', referentie },
    };
  };
}

/** Body-parser's errors, by their `type`: what the client is told, in GraphQL's shape. */
const BODY_FOUTEN: Record<string, string> = {
  'entity.too.large': 'Het verzoek is te groot',
  'entity.parse.failed': 'Het verzoek is geen geldige JSON',
  'encoding.unsupported': 'De codering van het verzoek wordt niet ondersteund',
  'charset.unsupported': 'De tekenset van het verzoek wordt niet ondersteund; gebruik utf-8',
};

/** After express.json on /graphql: a body too large (413) or not JSON (400) is answered in JSON, not express's HTML page. */
export const bodyFouten: express.ErrorRequestHandler = (fout: { type?: unknown; status?: number; limit?: number }, _req, res, volgende) => {
  // body-parser marks each of its errors with a type
  if (typeof fout.type !== 'string') return volgende(fout);
  const bericht = BODY_FOUTEN[fout.type] ?? 'Het verzoek kon niet worden gelezen';
  const limiet = fout.type === 'entity.too.large' && fout.limit ? ` (hoogstens ${fout.limit / 1024} kB)` : '';
  res.status(fout.status ?? 400).json({ errors: [{ message: `${bericht}${limiet}`, extensions: { code: 'BAD_REQUEST' } }] });
};

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import express from 'express';
import { parse, print, visit } from 'graphql';

import { LIMIETEN } from './limieten';

/** The file, next to the built web app, that lists its operations: sha256 of the normalised document → document. */
export const BEKENDE_OPERATIES_BESTAND = 'bekende-operaties.json';

/**
 * The document as the gateway compares it: printed without whitespace or comments, and without the
 * unaliased `__typename` fields a client adds by itself (urql's cache does); undefined when it does not parse.
 */
export function normaliseer(document: string): string | undefined {
  try {
    const ast = parse(document, { noLocation: true, maxTokens: LIMIETEN.maxTokens.n });
    return print(visit(ast, { Field: (veld) => (veld.name.value === '__typename' && !veld.alias ? null : undefined) }));
  } catch {
    return undefined;
  }
}

/** The hash under which a document is known, as Apollo's `extensions.persistedQuery.sha256Hash`. */
export function hashVan(genormaliseerd: string): string {
  return createHash('sha256').update(genormaliseerd).digest('hex');
}

/** The web app's operations, registered when it was built: the only documents the gateway then runs. */
export class BekendeOperaties {
  private constructor(private readonly documenten: ReadonlyMap<string, string>) {}

  /** Reads the list the web app's build wrote into `map`; refuses to go on without it. */
  static lees(map: string): BekendeOperaties {
    const bestand = path.join(map, BEKENDE_OPERATIES_BESTAND);
    if (!existsSync(bestand)) throw new Error(`De lijst van bekende operaties ontbreekt (${bestand}): draai npm run build`);
    return new BekendeOperaties(new Map(Object.entries(JSON.parse(readFileSync(bestand, 'utf8')) as Record<string, string>)));
  }

  /** Whether a request's document (sent in full) or hash (sent alone) is one of the known operations. */
  bekend(query: unknown, hash: unknown): boolean {
    if (typeof query === 'string') {
      const genormaliseerd = normaliseer(query);
      return genormaliseerd !== undefined && this.documenten.get(hashVan(genormaliseerd)) === genormaliseerd;
    }
    return typeof hash === 'string' && this.documenten.has(hash);
  }

  /** Apollo's persisted-query cache, read-only: a hash sent alone resolves to a known document, nothing else is added. */
  get cache(): KeyValueCache<string> {
    return {
      // Apollo prefixes the hash with `apq:` (its APQ_CACHE_PREFIX); its way to opt out is tied to its own
      // copy of @apollo/utils.keyvaluecache, not the one the gateway resolves
      get: async (sleutel) => this.documenten.get(sleutel.replace(/^apq:/, '')),
      set: async () => undefined,
      delete: async () => undefined,
    };
  }

  /** Express middleware before Apollo: a document that is not known is refused before it is even parsed. */
  alleenBekend(): express.RequestHandler {
    return (req, res, volgende) => {
      const verzoek = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
      if (this.bekend(verzoek?.query, persistedQueryHash(verzoek?.extensions))) return volgende();
      res.status(400).json({
        errors: [{ message: 'Deze gateway voert alleen de bekende operaties van de webapp uit; deze operatie is onbekend', extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }],
      });
    };
  }
}

function persistedQueryHash(extensions: unknown): unknown {
  let waarde = extensions;
  if (typeof waarde === 'string') {
    // a GET request carries its extensions as JSON in the query string
    try {
      waarde = JSON.parse(waarde);
    } catch {
      return undefined;
    }
  }
  const pq = (waarde as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return typeof pq === 'object' && pq !== null ? pq.sha256Hash : undefined;
}

/** A document of the web app as its entry in the list of known operations: [hash, normalised document]. */
export function alsBekendeOperatie(document: string): [string, string] {
  const genormaliseerd = normaliseer(document);
  if (!genormaliseerd) throw new Error(`Geen geldige GraphQL-operatie: ${document.slice(0, 80)}`);
  return [hashVan(genormaliseerd), genormaliseerd];
}

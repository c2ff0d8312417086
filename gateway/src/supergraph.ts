import { readFileSync } from 'node:fs';
import path from 'node:path';

import { controleerClassificatie } from '@netwerkdossier/shared';
import { buildSchema } from 'graphql';

/** The composed supergraph, checked in beside the gateway so schema changes show in review. */
export const SUPERGRAPH_PAD = path.resolve(__dirname, '..', 'supergraph.graphql');

export function leesSupergraph(): string {
  return readFileSync(SUPERGRAPH_PAD, 'utf8');
}

/**
 * Refuses a supergraph with any unclassified field: the gateway's decisions depend on the
 * categories, so without one it does not start (fail closed).
 */
export function controleerSupergraph(sdl: string): void {
  const fouten = controleerClassificatie(buildSchema(sdl, { assumeValidSDL: true }));
  if (fouten.length) throw new Error(`Supergraph geweigerd: ${fouten.map((f) => `${f.coordinaat} ${f.reden}`).join('; ')}`);
}

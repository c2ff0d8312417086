import { Writable } from 'node:stream';

import pino from 'pino';

/**
 * Paths of a log object that can carry personal data or secrets: headers with tokens, grants and cookies,
 * request bodies and GraphQL variables. Logged anyway by mistake, they show as `[verwijderd]`.
 */
export const GEHEIME_LOGPADEN = [
  'authorization', 'cookie', 'token', 'grant', 'body', 'variables', 'query',
  '*.authorization', '*.cookie', '*.token', '*.grant', '*.body', '*.variables', '*.query',
  'headers["x-netwerkdossier-grant"]', '*.headers["x-netwerkdossier-grant"]', '*.headers.authorization', '*.headers.cookie',
];

// one output for every logger of the process, so that all of it can be followed at once (see volgLogs)
const uitvoer = pino.multistream([{ stream: pino.destination(1), level: 'trace' }]);
let standaardUitvoer = (uitvoer as unknown as { lastId: number }).lastId;

/** One structured logger per service; level from LOG_LEVEL. */
export function maakLogger(service: string): pino.Logger {
  return pino({ name: service, level: process.env.LOG_LEVEL ?? 'info', redact: { paths: GEHEIME_LOGPADEN, censor: '[verwijderd]' } }, uitvoer);
}

/** Also writes every log line of this process's services to `naar` (as logged, redacted) until the returned function is called. */
export function volgLogs(naar: Writable): () => void {
  uitvoer.add({ stream: naar, level: 'trace' });
  const id = (uitvoer as unknown as { lastId: number }).lastId;
  return () => void uitvoer.remove(id);
}

/** Sends every log line of this process's services to `naar` instead of stdout: the test harness keeps them for a failing test. */
export function logsNaar(naar: Writable): void {
  uitvoer.remove(standaardUitvoer);
  uitvoer.add({ stream: naar, level: 'trace' });
  standaardUitvoer = (uitvoer as unknown as { lastId: number }).lastId;
}

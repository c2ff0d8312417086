import pino from 'pino';

/** One structured logger per service; level from LOG_LEVEL. */
export function maakLogger(service: string): pino.Logger {
  return pino({ name: service, level: process.env.LOG_LEVEL ?? 'info' });
}

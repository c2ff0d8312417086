import type pino from 'pino';

import { Tracing } from './tracing';

/**
 * Stops the process on SIGTERM or SIGINT: `stoppen` lets requests in flight finish and closes what the
 * process holds, then the trace buffer and the log are flushed and the process exits (0; 1 if stopping failed).
 */
export function stopBijSignaal(log: pino.Logger, stoppen: () => Promise<void>, tracing?: Tracing): void {
  const stop = (signaal: string) => {
    log.info(`${signaal}: stopt na lopende verzoeken`);
    stoppen()
      .then(() => tracing?.stop())
      .then(
        () => {
          log.info('gestopt');
          log.flush();
          process.exit(0);
        },
        (fout: unknown) => {
          log.error({ err: fout }, 'stoppen mislukt');
          log.flush();
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

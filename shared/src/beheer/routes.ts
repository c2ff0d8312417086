import express from 'express';

import { maakLogger } from '../logger';
import { Metingen } from './metingen';

/** One readiness check: resolves when its part is usable, rejects (or takes too long) when not. */
export type Controle = () => Promise<unknown>;

const TIJDSLIMIET_MS = 2000;

function binnen(ms: number, werk: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const teLaat = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`geen antwoord binnen ${ms} ms`)), ms)));
  return Promise.race([werk, teLaat]).finally(() => clearTimeout(timer));
}

/**
 * The operational routes every service has: `GET /gezond` (liveness: the process answers), `GET /gereed`
 * (readiness: every check passes within two seconds; 503 naming the checks that failed) and `GET /metrics`
 * (Prometheus). Their bodies name checks, never data or the reason a check failed (that goes to the log).
 */
export function beheerRoutes(app: express.Express, service: string, metingen: Metingen, controles: Record<string, Controle>): void {
  const log = maakLogger(service);
  app.get('/gezond', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/gereed', async (_req, res) => {
    const uitkomsten = await Promise.all(
      Object.entries(controles).map(async ([naam, controle]) => {
        try {
          await binnen(TIJDSLIMIET_MS, controle());
          return [naam, 'ok'] as const;
        } catch (fout) {
          log.warn({ controle: naam, fout: fout instanceof Error ? fout.message : String(fout) }, 'niet gereed');
          return [naam, 'mislukt'] as const;
        }
      }),
    );
    const gereed = uitkomsten.every(([, uitkomst]) => uitkomst === 'ok');
    res.status(gereed ? 200 : 503).json({ status: gereed ? 'gereed' : 'niet gereed', controles: Object.fromEntries(uitkomsten) });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metingen.register.contentType).send(await metingen.register.metrics());
  });
}

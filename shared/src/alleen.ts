import { JWK } from 'jose';

import { startTracing, stopBijSignaal } from './beheer';
import { maakLogger } from './logger';
import { envPrefix, STANDAARD_POORTEN } from './services';
import { startSubgraph, SubgraphDefinitie } from './subgraph';

/**
 * Starts one subgraph on its own, configured from the environment:
 * `<NAAM>_DATABASE_URL` and `GATEWAY_GRANT_PUBLIEKE_SLEUTEL` (required), `<NAAM>_EIGENAAR_DATABASE_URL` (the owner,
 * who then migrates; see SubgraphOpties.migratieUrl), `<NAAM>_PORT`, `HOST` (default 127.0.0.1).
 */
export async function startAlleen(definitie: SubgraphDefinitie): Promise<void> {
  const log = maakLogger(definitie.naam);
  const prefix = envPrefix(definitie.naam);
  const databaseUrl = process.env[`${prefix}_DATABASE_URL`];
  if (!databaseUrl) {
    log.error(`${prefix}_DATABASE_URL ontbreekt: zonder eigen database start ${definitie.naam} niet`);
    process.exit(2);
  }
  const grantSleutel = process.env.GATEWAY_GRANT_PUBLIEKE_SLEUTEL;
  if (!grantSleutel) {
    log.error(`GATEWAY_GRANT_PUBLIEKE_SLEUTEL ontbreekt: zonder de sleutel van de gateway beantwoordt ${definitie.naam} niets`);
    process.exit(2);
  }
  const tracing = startTracing(definitie.naam);
  try {
    const service = await startSubgraph(definitie, {
      grantSleutel: JSON.parse(grantSleutel) as JWK,
      databaseUrl,
      migratieUrl: process.env[`${prefix}_EIGENAAR_DATABASE_URL`],
      host: process.env.HOST ?? '127.0.0.1',
      port: Number(process.env[`${prefix}_PORT`] ?? STANDAARD_POORTEN[definitie.naam]),
    });
    log.info({ url: service.url }, `${definitie.naam} luistert`);
    stopBijSignaal(log, () => service.stop(), tracing);
  } catch (fout) {
    log.error({ err: fout }, `${definitie.naam} kon niet starten`);
    process.exit(1);
  }
}

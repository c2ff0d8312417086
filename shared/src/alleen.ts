import { JWK } from 'jose';

import { startTracing, stopBijSignaal } from './beheer';
import { maakLogger } from './logger';
import { DatabaseRollen, richtRollenIn, Rolsoort } from './rollen';
import { envPrefix, STANDAARD_POORTEN } from './services';
import { migreer, startSubgraph, SubgraphDefinitie } from './subgraph';
import { leesTls, TlsSleutels } from './tls';

/**
 * Starts one subgraph on its own, configured from the environment:
 * `<NAAM>_DATABASE_URL` and `GATEWAY_GRANT_PUBLIEKE_SLEUTEL` (required), `<NAAM>_EIGENAAR_DATABASE_URL` (the owner,
 * who then migrates; see SubgraphOpties.migratieUrl), `<NAAM>_PORT`, `HOST` (default 127.0.0.1),
 * and for mutual TLS `<NAAM>_TLS_CERT`, `<NAAM>_TLS_KEY` and `TLS_CA`.
 */
export async function startAlleen(definitie: SubgraphDefinitie): Promise<void> {
  if (process.argv[2] === 'migreren') return migreerAlleen(definitie);
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
  let tls: TlsSleutels | undefined;
  try {
    tls = leesTls(prefix);
  } catch (fout) {
    log.error(`${fout instanceof Error ? fout.message : String(fout)}: ${definitie.naam} start niet`);
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
      tls,
    });
    log.info({ url: service.url }, `${definitie.naam} luistert`);
    stopBijSignaal(log, () => service.stop(), tracing);
  } catch (fout) {
    log.error({ err: fout }, `${definitie.naam} kon niet starten`);
    process.exit(1);
  }
}

/**
 * `main.js migreren`, the one-shot job before a service starts (docker-compose.yml): as the database's
 * superuser (`<NAAM>_BEHEER_DATABASE_URL`) it sets up the roles with the passwords `<NAAM>_DB_EIGENAAR_PASSWORD`,
 * `<NAAM>_DB_DIENST_PASSWORD` and `<NAAM>_DB_BEWAARTAAK_PASSWORD` (richtRollenIn), then migrates as the owner and
 * grants the service's role its rights. The service itself never gets the superuser's password.
 */
function migreerAlleen(definitie: SubgraphDefinitie): Promise<void> {
  return migreerVanuitOmgeving(definitie.naam, (rollen) => migreer(definitie, { migratieUrl: rollen.eigenaar, databaseUrl: rollen.dienst }));
}

/** The migration job of any service with a database of its own (the subgraphs, the gateway's sessions): roles from the environment, then `migreer`. */
export async function migreerVanuitOmgeving(naam: string, migreer: (rollen: DatabaseRollen) => Promise<void>): Promise<void> {
  const log = maakLogger(naam);
  const prefix = envPrefix(naam);
  const soorten: Rolsoort[] = ['eigenaar', 'dienst', 'bewaartaak'];
  const nodig = [`${prefix}_BEHEER_DATABASE_URL`, ...soorten.map((s) => `${prefix}_DB_${s.toUpperCase()}_PASSWORD`)];
  const ontbreekt = nodig.filter((n) => !process.env[n]);
  if (ontbreekt.length) {
    log.error(`${ontbreekt.join(', ')} ontbreekt: zonder kan ${naam} zijn database niet inrichten`);
    process.exit(2);
  }
  try {
    const beheer = new URL(process.env[`${prefix}_BEHEER_DATABASE_URL`]!);
    const database = decodeURIComponent(beheer.pathname.slice(1));
    const wachtwoorden = Object.fromEntries(soorten.map((s) => [s, process.env[`${prefix}_DB_${s.toUpperCase()}_PASSWORD`]!]));
    await migreer(await richtRollenIn(beheer.toString(), database, wachtwoorden));
    log.info(`${naam}: rollen ingericht en gemigreerd`);
  } catch (fout) {
    log.error({ err: fout }, `${naam}: inrichten of migreren mislukt`);
    process.exit(1);
  }
}

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { maakLogger, startEmbeddedPostgres } from '@netwerkdossier/shared';

import { vrijePoort } from './bench/kind';
import { DEMO_AANTAL, DEMO_SEED } from './omgeving';
import { aanmeldPad, startTopologie } from './topologie/topologie';

const log = maakLogger('topologie');

/**
 * `npm run topologie`: docker-compose.yml's production topology as processes on this machine (see
 * startTopologie), on a fresh embedded PostgreSQL that is gone when it stops. `NETWERKDOSSIER_PORT` is the
 * proxy's port (default 8080, as in docker-compose.yml).
 */
async function main(): Promise<void> {
  const map = mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-topologie-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(map, 'pg'), port: await vrijePoort(), tijdelijk: true });
  log.info(`PostgreSQL (embedded) gestart; logs en nginx in ${map}`);
  let topologie: Awaited<ReturnType<typeof startTopologie>> | undefined;
  const stop = async () => {
    await topologie?.stop();
    await pg.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  try {
    topologie = await startTopologie({ adminUrl: pg.adminUrl, demo: { seed: DEMO_SEED, aantal: DEMO_AANTAL }, map, poort: Number(process.env.NETWERKDOSSIER_PORT ?? 8080) });
  } catch (fout) {
    log.error({ err: fout }, `de topologie startte niet: ${fout instanceof Error ? fout.message : String(fout)}`);
    await pg.stop();
    process.exit(1);
  }
  console.log(
    [
      '',
      `Netwerkdossier draait als in docker-compose.yml: nginx op ${topologie.url}/`,
      `  gateway-replica's: ${topologie.gateways.map((g) => g.url).join(', ')} (sessies in hun eigen database)`,
      ...Object.entries(topologie.subgraphs).map(([naam, rs]) => `  ${naam}: ${rs.map((r) => r.url).join(', ')}`),
      '  aanmelden, via de OpenID provider van de eigen organisatie (login: een professional uit diens partner.json, bijv. rvt-eva of fg-otto; elk wachtwoord):',
      ...Object.entries(topologie.oidcIssuers).map(([organisatie, issuer]) => `    ${topologie.url}${aanmeldPad(organisatie)} (${issuer})`),
      `  logs: ${map}`,
      '',
      'Stoppen: Ctrl-C (stopt alles, ook PostgreSQL).',
    ].join('\n'),
  );
}

void main();

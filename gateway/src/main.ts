import { installatieAnker, maakLogger, migreerVanuitOmgeving, startTracing, stopBijSignaal } from '@netwerkdossier/shared';

import { volgBeleid } from './beleid/volgen';
import { leesGatewayConfig } from './config';
import { maakVerifier } from './identiteit';
import { startGateway } from './server';
import { migreerGatewayDatabase, PostgresOpslag } from './sessieopslag';
import { leesSupergraph } from './supergraph';
import { WEB_MAP } from './web';

const log = maakLogger('gateway');

/**
 * Starts the gateway alone (production): the checked-in supergraph, no introspection of subgraphs. With the
 * argument `migreren`, the one-shot job before it instead: its database's roles and migration (migreerVanuitOmgeving).
 */
async function main(): Promise<void> {
  if (process.argv[2] === 'migreren') return migreerVanuitOmgeving('gateway', migreerGatewayDatabase);
  const config = leesGatewayConfig();
  let sessieopslag: PostgresOpslag | undefined;
  if (config.databaseUrl) {
    sessieopslag = new PostgresOpslag(config.databaseUrl);
    await sessieopslag.controleer();
  } else if (config.oidc.length > 0) {
    log.warn('GATEWAY_DATABASE_URL ontbreekt: de websessies staan in het geheugen van dit proces; achter een load balancer met meer replica\'s breekt een sessie op een andere replica');
  }
  const tracing = startTracing('gateway');
  const netwerkUrl = config.subgraphUrls.netwerk;
  if (!netwerkUrl) throw new Error('Geen URL voor netwerk: zonder register geen beleid en geen beslissingen');
  // no policy until netwerk has sent the version in force: until then nothing is decided and /gereed says so
  const supergraphSdl = leesSupergraph(config.supergraphPad);
  // the installation's policy (POLICIES_DIR, else policies/) anchors the chain of approved versions
  const keten = { anker: await installatieAnker(), oudeGrantSleutels: config.oudeGrantSleutels };
  const beleid = volgBeleid(netwerkUrl, config.grantSleutel, keten, (m) =>
    'fout' in m ? log.error(m.fout.message) : log.info(`beleid ${m.versie} (versie ${m.volgnummer}) in werking`),
  );
  const gateway = await startGateway({
    beleid,
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    tijdslimieten: config.tijdslimieten,
    verifier: maakVerifier(config.uitgevers, config.audience),
    grantSleutel: config.grantSleutel,
    checkpointSleutel: config.checkpointSleutel,
    checkpointBestand: config.checkpointBestand,
    host: config.host,
    port: config.port,
    productie: config.productie,
    alleenBekendeOperaties: config.alleenBekendeOperaties,
    tls: config.tls,
    sessieopslag,
    // the web app only with a way to sign in to it
    web: config.oidc.length > 0 ? { map: WEB_MAP, oidc: config.oidc, cookieSecure: config.cookieSecure } : undefined,
  });
  log.info({ url: gateway.url }, 'gateway luistert');
  stopBijSignaal(log, () => gateway.stop(), tracing);
}

main().catch((fout: unknown) => {
  log.error({ err: fout }, `gateway kon niet starten: ${fout instanceof Error ? fout.message : String(fout)}`);
  process.exit(1);
});

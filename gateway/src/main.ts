import { maakLogger } from '@netwerkdossier/shared';

import { leesGatewayConfig } from './config';
import { maakVerifier } from './identiteit';
import { startGateway } from './server';
import { leesSupergraph } from './supergraph';

const log = maakLogger('gateway');

/** Starts the gateway alone (production): the checked-in supergraph, no introspection of subgraphs. */
async function main(): Promise<void> {
  const config = leesGatewayConfig();
  const gateway = await startGateway({
    supergraphSdl: leesSupergraph(),
    subgraphUrls: config.subgraphUrls,
    verifier: maakVerifier(config.uitgevers, config.audience),
    grantSleutel: config.grantSleutel,
    host: config.host,
    port: config.port,
  });
  log.info({ url: gateway.url }, 'gateway luistert');
  const stop = () => void gateway.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((fout: unknown) => {
  log.error({ err: fout }, 'gateway kon niet starten');
  process.exit(1);
});

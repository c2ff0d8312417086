import { DraaiendeService, ServiceNaam, startSubgraph } from '@netwerkdossier/shared';
import { SUBGRAPH_DEFINITIES } from '@netwerkdossier/tools';

import type { TestNetwerk } from './netwerk';

/**
 * Another instance of one of the test network's services on the same database, with a memory of its own:
 * as a second replica behind a load balancer, or as the service after a restart.
 */
export function startReplica(netwerk: TestNetwerk, naam: ServiceNaam): Promise<DraaiendeService> {
  return startSubgraph(SUBGRAPH_DEFINITIES[naam], { databaseUrl: netwerk.databaseUrls[naam], host: '127.0.0.1', port: 0, grantSleutel: netwerk.grantSleutels.publiek });
}

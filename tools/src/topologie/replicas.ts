import { PARTNER_NAMEN, ServiceNaam } from '@netwerkdossier/shared';

/**
 * How many of a service the production topology runs (docker-compose.yml and npm run topologie alike): the
 * gateway twice behind the proxy, and the first registered partner twice, its replicas sharing its database
 * (and so the grants it has seen used); every other service once.
 */
export function standaardReplicas(naam: ServiceNaam | 'gateway'): number {
  return naam === 'gateway' || naam === PARTNER_NAMEN[0] ? 2 : 1;
}

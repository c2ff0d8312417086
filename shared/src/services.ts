import { PARTNER_NAMEN, PARTNERS, VASTE_POORTEN } from './partners';

/** Every subgraph: the register (netwerk) and the registered partners, in the order they are started and composed. */
export const SUBGRAPHS: readonly string[] = ['netwerk', ...PARTNER_NAMEN];

/** Every service with a PostgreSQL database of its own: the gateway (its web sessions) and every subgraph. */
export const MET_DATABASE: readonly string[] = ['gateway', ...SUBGRAPHS];

/** A subgraph's name: `netwerk` or a registered partner's. */
export type ServiceNaam = string;

/** Default ports for `npm start`; every one can be overridden from the environment (`<NAAM>_PORT`). */
export const STANDAARD_POORTEN: Readonly<Record<string, number>> = {
  ...VASTE_POORTEN,
  ...Object.fromEntries(PARTNERS.map((p) => [p.naam, p.poort])),
};

/** `lokaal-team` → `LOKAAL_TEAM`, the prefix of a service's environment variables. */
export function envPrefix(naam: string): string {
  return naam.toUpperCase().replace(/-/g, '_');
}

/** `lokaal-team` → `lokaal_team`, the service's database name on a shared server. */
export function databaseNaam(naam: ServiceNaam): string {
  return naam.replace(/-/g, '_');
}

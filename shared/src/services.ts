/** The five subgraphs, in the order they are started and composed. */
export const SUBGRAPHS = ['netwerk', 'lokaal-team', 'veilig-thuis', 'gi', 'raad'] as const;

export type ServiceNaam = (typeof SUBGRAPHS)[number];

/** Default ports for `npm start`; every one can be overridden from the environment. */
export const STANDAARD_POORTEN: Record<ServiceNaam | 'gateway' | 'uitgever', number> = {
  gateway: 4000,
  netwerk: 4001,
  'lokaal-team': 4002,
  'veilig-thuis': 4003,
  gi: 4004,
  raad: 4005,
  uitgever: 4100,
};

/** `lokaal-team` → `LOKAAL_TEAM`, the prefix of a service's environment variables. */
export function envPrefix(naam: string): string {
  return naam.toUpperCase().replace(/-/g, '_');
}

/** `lokaal-team` → `lokaal_team`, the service's database name on a shared server. */
export function databaseNaam(naam: ServiceNaam): string {
  return naam.replace(/-/g, '_');
}

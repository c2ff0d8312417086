/**
 * The gateway's grant, both sides in one place: what it says and how it travels (grant.ts), the request it
 * is bound to (verzoek.ts), how the gateway signs one (tekenen.ts), how a subgraph checks one
 * (controleren.ts) and remembers it was used (gebruikte-grants.ts).
 */
export * from './grant';
export * from './tekenen';
export * from './controleren';
export * from './verzoek';
export * from './gebruikte-grants';

/**
 * The gateway's grant, both sides in one place: what it says and how it travels (grant.ts), how the
 * gateway signs one (tekenen.ts) and how a subgraph checks one (controleren.ts).
 */
export * from './grant';
export * from './tekenen';
export * from './controleren';

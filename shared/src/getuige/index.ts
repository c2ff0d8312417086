/**
 * Witnessed checkpoints of the toegangslog: the checkpoint key and what it signs (checkpoint.ts), and how a
 * partner keeps them in its own database (getuigd.ts).
 */
export * from './checkpoint';
export * from './getuigd';

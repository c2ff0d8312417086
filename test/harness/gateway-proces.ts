import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { envPrefix, SUBGRAPHS } from '@netwerkdossier/shared';
import { DEV_UITGEVERS } from '@netwerkdossier/tools';

import type { TestNetwerk } from './netwerk';

const ROOT = path.resolve(__dirname, '../..');

/** One log line of the process (pino JSON): `time` in ms since the epoch, `msg`, and the rest. */
export type Logregel = { time: number; msg: string } & Record<string, unknown>;

export interface GatewayProces {
  /** Its /graphql. */
  url: string;
  /** Every log line so far. */
  logregels: Logregel[];
  /** Resolves with the first log line (so far or to come) that `past` accepts. */
  wachtOp(past: (regel: Logregel) => boolean, ms?: number): Promise<Logregel>;
  stop(): Promise<void>;
}

/**
 * Another gateway replica as its own process (`gateway/dist/main.js`, as production starts it), on a free
 * port, in front of the test network's subgraphs (or, per subgraph, `subgraphUrls`), trusting the same issuers and
 * signing with the same grant key.
 */
export async function startGatewayProces(netwerk: TestNetwerk, opties: { subgraphUrls?: Partial<TestNetwerk['subgraphUrls']> } = {}): Promise<GatewayProces> {
  const subgraphUrls = { ...netwerk.subgraphUrls, ...opties.subgraphUrls };
  const uitgevers = DEV_UITGEVERS.map((naam) => ({ issuer: `${netwerk.uitgeverBase}/${naam}`, jwksUri: `${netwerk.uitgeverBase}/${naam}/jwks.json`, organisatie: naam === 'burger' ? null : naam, algoritmen: ['ES256'] }));
  const env = {
    PATH: process.env.PATH,
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    LOG_LEVEL: 'info',
    VERTROUWDE_UITGEVERS: JSON.stringify(uitgevers),
    GATEWAY_GRANT_SLEUTEL: JSON.stringify(netwerk.grantSleutels.prive),
    GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify(netwerk.checkpointSleutels.prive),
    ...Object.fromEntries(SUBGRAPHS.map((n) => [`${envPrefix(n)}_URL`, subgraphUrls[n]])),
  };
  const kind: ChildProcess = spawn(process.execPath, ['gateway/dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const logregels: Logregel[] = [];
  const wachtenden = new Set<{ past: (r: Logregel) => boolean; klaar: (r: Logregel) => void }>();
  let rest = '';
  kind.stdout!.setEncoding('utf8').on('data', (stuk: string) => {
    const regels = (rest + stuk).split('\n');
    rest = regels.pop() ?? '';
    for (const tekst of regels.filter((r) => r.startsWith('{'))) {
      const regel = JSON.parse(tekst) as Logregel;
      logregels.push(regel);
      for (const w of wachtenden) if (w.past(regel)) (wachtenden.delete(w), w.klaar(regel));
    }
  });
  const gestopt = new Promise<void>((resolve) => kind.once('exit', () => resolve()));
  const wachtOp = (past: (r: Logregel) => boolean, ms = 30_000) => {
    const al = logregels.find(past);
    if (al) return Promise.resolve(al);
    return new Promise<Logregel>((resolve, reject) => {
      const w = { past, klaar: (r: Logregel) => (clearTimeout(wekker), resolve(r)) };
      const wekker = setTimeout(() => (wachtenden.delete(w), reject(new Error(`geen logregel binnen ${ms} ms; wel: ${logregels.map((r) => r.msg).join(' | ')}`))), ms);
      wachtenden.add(w);
    });
  };
  const stop = async () => {
    kind.kill('SIGTERM');
    await gestopt;
  };
  try {
    const luistert = await Promise.race([wachtOp((r) => r.msg === 'gateway luistert'), gestopt.then(() => Promise.reject(new Error('de gateway stopte bij het starten')))]);
    return { url: luistert.url as string, logregels, wachtOp, stop };
  } catch (fout) {
    await stop();
    throw fout;
  }
}

import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startNginx } from '../topologie/nginx';
import { VLAGGEN, vrijePoort } from './kind';
import { wachtOpGereed } from '../gereed';

/** Our gateway as `aantal` replicas (processes) behind Debian's nginx with deploy/nginx.conf, as docker-compose.yml runs it. */
export interface OnzeReplicas {
  /** nginx's /graphql. */
  url: string;
  /** The parent of the replicas (replica-ouder.js): its CPU counters include theirs. */
  pid: number;
  stop(): Promise<void>;
}

export async function startOnzeReplicas(aantal: number, env: Record<string, string>): Promise<OnzeReplicas> {
  const poorten = await Promise.all(Array.from({ length: aantal }, () => vrijePoort()));
  const ouder: ChildProcess = spawn(process.execPath, [...VLAGGEN, path.join(__dirname, 'replica-ouder.js'), poorten.join(',')], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const stopOuder = async () => {
    if (ouder.exitCode !== null) return;
    const weg = new Promise((r) => ouder.once('exit', r));
    ouder.kill('SIGTERM');
    await weg;
  };
  try {
    // ready, not only alive: before netwerk's policy is in force a replica refuses every request
    for (const poort of poorten) await wachtOpGereed(poort, ouder, `gateway-replica op poort ${poort}`);
    const nginx = await startNginx(mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-')), await vrijePoort(), poorten.map((p) => `127.0.0.1:${p}`));
    return {
      url: `${nginx.url}/graphql`,
      pid: ouder.pid!,
      stop: async () => {
        await nginx.stop();
        await stopOuder();
      },
    };
  } catch (fout) {
    await stopOuder();
    throw fout;
  }
}

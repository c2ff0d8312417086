import cluster from 'node:cluster';

/**
 * Our gateway in N worker processes on one port (node:cluster, round-robin over connections), configured
 * by the environment exactly as `node gateway/dist/main.js`: `node tools/dist/bench/werkers.js N`.
 * GATEWAY_PORT must be a fixed port. Development only (the benchmark's 1 and 2 worker runs).
 */
const aantal = Number(process.argv[2] ?? 1);
if (cluster.isPrimary) {
  for (let i = 0; i < aantal; i++) cluster.fork();
  cluster.on('exit', (w, code) => code !== 0 && console.error(`werker ${w.process.pid} stopte (${code})`));
  const stop = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} else {
  require('@netwerkdossier/gateway/dist/main.js');
}

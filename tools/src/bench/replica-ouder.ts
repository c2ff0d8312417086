import { ChildProcess, spawn } from 'node:child_process';

/**
 * `node tools/dist/bench/replica-ouder.js <poort>[,<poort>…]`: our gateway as separate replicas, one
 * `gateway/dist/main.js` per port, configured by the environment as in production, all children of this
 * process so that the benchmark counts their CPU and memory together (procesTellers). Development only.
 */
const kinderen: ChildProcess[] = (process.argv[2] ?? '').split(',').filter(Boolean).map((poort) =>
  spawn(process.execPath, [...process.execArgv, require.resolve('@netwerkdossier/gateway/dist/main.js')], { env: { ...process.env, GATEWAY_PORT: poort }, stdio: 'inherit' }),
);
for (const k of kinderen) k.once('exit', (code) => code && console.error(`replica ${k.pid} stopte (${code})`));
const stop = () => {
  for (const k of kinderen) k.kill('SIGTERM');
  void Promise.all(kinderen.map((k) => (k.exitCode !== null ? undefined : new Promise((r) => k.once('exit', r))))).then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

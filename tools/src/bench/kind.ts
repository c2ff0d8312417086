import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import readline from 'node:readline';

/** Node's flags for every service the development tools start, e.g. `--cpu-prof` (BENCHMARKS.md); none by default. */
export const VLAGGEN = (process.env.BENCH_NODE_VLAGGEN ?? '').split(' ').filter(Boolean);

/** A free loopback port, for a process that must listen on a known one. */
export async function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A child process that prints {"url": …} once it listens. */
export async function startKind(args: string[], env: Record<string, string>): Promise<{ url: string; proces: ChildProcess }> {
  const proces = spawn(process.execPath, [...VLAGGEN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    proces.once('exit', (code) => reject(new Error(`${args.join(' ')} stopte (${code})`)));
    readline.createInterface({ input: proces.stdout! }).on('line', (regel) => {
      try {
        const log = JSON.parse(regel) as { url?: string };
        if (log.url) resolve(log.url);
      } catch {
        // not a JSON log line
      }
    });
  });
  return { url, proces };
}

import type { ChildProcess } from 'node:child_process';

/**
 * Waits until the gateway process on `poort` is ready (`/gereed`: netwerk reachable and a proven policy version in
 * force; before that it refuses every request, 503 NIET_GEREED), asking every 100 ms for at most a minute; throws
 * `wie startte niet` when it does not get there or the process ended.
 */
export async function wachtOpGereed(poort: number, proces: ChildProcess, wie: string): Promise<void> {
  for (let i = 0; !(await fetch(`http://127.0.0.1:${poort}/gereed`).then((r) => r.ok, () => false)); i++) {
    if (i > 600 || proces.exitCode !== null) throw new Error(`${wie} startte niet`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

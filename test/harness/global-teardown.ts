import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const kind = (globalThis as { __netwerkdossierPg?: ChildProcess }).__netwerkdossierPg;
  if (!kind || kind.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    kind.once('exit', () => resolve());
    kind.stdin?.end();
  });
}

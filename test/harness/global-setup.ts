import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Handed to the test files: the one PostgreSQL server of this test run. */
export const SERVER_ENV = 'NETWERKDOSSIER_TEST_SERVER';

export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const adres = s.address();
      s.close(() => (typeof adres === 'object' && adres ? resolve(adres.port) : reject(new Error('geen poort'))));
    });
  });
}

/**
 * The embedded test server is thrown away when the run ends, so it need not survive a crash of the machine:
 * PostgreSQL's own advice for such a cluster ("Non-Durable Settings" in its manual). Commits are as visible
 * and as ordered as with the defaults — what the tests check — only no longer forced to disk: every
 * CREATE DATABASE, migration and seed of the ~80 test networks stops waiting on fsync.
 */
const NIET_DUURZAAM = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];

/**
 * One PostgreSQL per test run: the external server in TEST_DATABASE_URL when set,
 * otherwise an embedded one in a child process that stops when the run ends.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env[SERVER_ENV] = process.env.TEST_DATABASE_URL;
    console.log(`\n[test] externe PostgreSQL: ${new URL(process.env.TEST_DATABASE_URL).host}`);
    return;
  }
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-test-')), 'pg');
  const kind = spawn(process.execPath, [path.resolve(__dirname, '../../shared/dist/embedded-postgres-cli.js'), dataDir, String(await vrijePoort()), ...NIET_DUURZAAM], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  (globalThis as { __netwerkdossierPg?: typeof kind }).__netwerkdossierPg = kind;
  const regel = await new Promise<string>((resolve, reject) => {
    createInterface({ input: kind.stdout }).once('line', resolve);
    kind.once('exit', (code) => reject(new Error(`embedded PostgreSQL stopte meteen (exit ${code})`)));
  });
  process.env[SERVER_ENV] = (JSON.parse(regel) as { adminUrl: string }).adminUrl;
  console.log('\n[test] embedded PostgreSQL gestart');
}

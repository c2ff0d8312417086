import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Runs the example test file in a Jest of its own, with this repository's quiet harness; its exit code and all it printed. */
function draaiVoorbeeld(): Promise<{ code: number | null; uitvoer: string }> {
  const eigen = require(path.join(ROOT, 'jest.config.js')) as Record<string, unknown>;
  const config = { ...eigen, rootDir: ROOT, roots: ['<rootDir>/test/stil/voorbeeld'], testMatch: ['**/*.voorbeeld.ts'], globalSetup: undefined, globalTeardown: undefined };
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/jest/bin/jest.js', '--config', JSON.stringify(config), '--ci'], { cwd: ROOT }, (fout, stdout, stderr) => {
      resolve({ code: fout ? ((fout as { code?: number }).code ?? null) : 0, uitvoer: stdout + stderr });
    });
  });
}

describe('stille tests', () => {
  test('een falende test toont zijn logregels en console, een geslaagde test niets', async () => {
    const { code, uitvoer } = await draaiVoorbeeld();
    expect(code).toBe(1);
    // as logged and as written, not as quoted in the failure's code frame
    expect(uitvoer).toMatch(/"name":"rood","msg":"regel van de rode test"/);
    expect(uitvoer).toMatch(/^console van de rode test$/m);
    expect(uitvoer).not.toMatch(/"msg":"regel van de groene test"/);
    expect(uitvoer).not.toMatch(/^console van de groene test$/m);
  });
});

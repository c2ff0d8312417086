import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');
const lees = (bestand: string) => readFileSync(path.join(ROOT, bestand), 'utf8');
const pakket = JSON.parse(lees('package.json')) as { engines: { node: string }; optionalDependencies: Record<string, string> };

/** The Node major the project runs on: that of Node itself from npm (package.json), one for every platform package. */
const majors = [...new Set(Object.entries(pakket.optionalDependencies).filter(([naam]) => /^node-(linux|darwin|win)-/.test(naam)).map(([, versie]) => /^\^?(\d+)\./.exec(versie)?.[1]))];

/** One runtime for every process: the services, the tests and the tools, here and in the image. */
describe('de runtime', () => {
  test('Node zelf komt uit npm, in één major versie, die engines ook noemt', () => {
    expect(majors).toEqual(['24']);
    expect(pakket.engines.node).toBe(`>=${majors[0]}`);
  });

  test('deze test, en wat hij start met process.execPath, draaien op die versie', async () => {
    expect(process.versions.node.split('.')[0]).toBe(majors[0]);
    const { stdout } = await promisify(execFile)(process.execPath, ['-p', 'process.versions.node']);
    expect(stdout.split('.')[0]).toBe(majors[0]);
  });

  test('een npm-script draait op die versie, ook waar npm zelf een oudere Node heeft', async () => {
    // the machine's own PATH, without the node_modules/.bin that `npm test` put in front
    const PATH = (process.env.PATH ?? '').split(path.delimiter).filter((map) => !map.includes('node_modules')).join(path.delimiter);
    const { stdout } = await promisify(execFile)('npm', ['exec', '-c', 'node -p process.versions.node'], { cwd: ROOT, env: { ...process.env, PATH } });
    expect(stdout.trim().split('.')[0]).toBe(majors[0]);
  });

  test('het image bouwt en draait op dezelfde major, zonder V8-vlaggen', () => {
    const dockerfile = lees('Dockerfile');
    expect([...dockerfile.matchAll(/^FROM node:(\d+)-/gm)].map((m) => m[1])).toEqual([majors[0], majors[0]]);
    expect(dockerfile).toContain('CMD ["node", "gateway/dist/main.js"]');
  });
});

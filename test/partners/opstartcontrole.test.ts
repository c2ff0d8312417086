import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { controleerSupergraph, subgraphsIn } from '@netwerkdossier/gateway';
import { maakCheckpointSleutelpaar, maakGrantSleutelpaar, STANDAARD_SUPERGRAPH, SUBGRAPHS } from '@netwerkdossier/shared';

const ROOT = path.resolve(__dirname, '../..');
const SUPERGRAPH = readFileSync(STANDAARD_SUPERGRAPH, 'utf8');
/** The checked-in supergraph with the GI's subgraph composed under a name no folder registers. */
const MET_ONBEKENDE = SUPERGRAPH.replace(/@join__graph\(name: "gi", url: "([^"]*)"\)/, '@join__graph(name: "opvanghuis", url: "$1")');

/** Runs the production gateway (`gateway/dist/main.js`) on a supergraph until it listens or exits; its log and exit code. */
async function startProductieGateway(supergraph: string): Promise<{ code: number | null; log: string }> {
  const map = mkdtempSync(path.join(tmpdir(), 'supergraph-'));
  const bestand = path.join(map, 'supergraph.graphql');
  writeFileSync(bestand, supergraph);
  const { prive } = await maakGrantSleutelpaar();
  const uitgever = { issuer: 'http://127.0.0.1:9/proef', jwksUri: 'http://127.0.0.1:9/proef/jwks.json', organisatie: null, algoritmen: ['ES256'] };
  const proces = spawn(process.execPath, ['gateway/dist/main.js'], {
    cwd: ROOT,
    env: { ...process.env, GATEWAY_SUPERGRAPH: bestand, GATEWAY_PORT: '0', GATEWAY_GRANT_SLEUTEL: JSON.stringify(prive), GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify((await maakCheckpointSleutelpaar()).prive), VERTROUWDE_UITGEVERS: JSON.stringify([uitgever]), OIDC_AANMELDEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proces.stdout.on('data', (d: Buffer) => (log += d.toString()));
  proces.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    proces.on('exit', (c) => resolve(c));
    const kijk = setInterval(() => {
      if (log.includes('gateway luistert')) {
        clearInterval(kijk);
        proces.kill('SIGTERM');
      }
    }, 50);
    proces.on('exit', () => clearInterval(kijk));
  });
  rmSync(map, { recursive: true, force: true });
  return { code, log };
}

describe('de gateway start alleen met geregistreerde partners', () => {
  test('de ingecheckte supergraph bestaat uit netwerk en precies de geregistreerde partners', () => {
    expect(subgraphsIn(SUPERGRAPH).sort()).toEqual([...SUBGRAPHS].sort());
    expect(() => controleerSupergraph(SUPERGRAPH)).not.toThrow();
  });

  test('een subgraph die geen map met partner.json heeft, wordt bij naam geweigerd', () => {
    expect(subgraphsIn(MET_ONBEKENDE)).toContain('opvanghuis');
    expect(() => controleerSupergraph(MET_ONBEKENDE)).toThrow('subgraph "opvanghuis" is geen geregistreerde partner (geen subgraphs/<naam>/partner.json)');
  });

  test('het productieproces stopt met die melding, en start met de echte supergraph wel', async () => {
    const geweigerd = await startProductieGateway(MET_ONBEKENDE);
    expect(geweigerd.code).toBe(1);
    expect(geweigerd.log).toContain('subgraph \\"opvanghuis\\" is geen geregistreerde partner');
    expect(geweigerd.log).not.toContain('gateway luistert');
    const gestart = await startProductieGateway(SUPERGRAPH);
    expect(gestart.log).toContain('gateway luistert');
  }, 60_000);
});

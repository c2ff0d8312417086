import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `node tools/dist/bench/profiel.js <map met .cpuprofile> [aantal]`: what each profiled process spent
 * its busy time on, by package and by function (self time), from the profiles `--cpu-prof` writes
 * (`BENCH_NODE_VLAGGEN="--cpu-prof --cpu-prof-dir=…" npm run bench`). Open a profile
 * in Chrome DevTools for the flame graph; this prints the totals to compare runs in text.
 */

interface Knoop { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profiel { nodes: Knoop[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const NIET_BEZIG = new Set(['(idle)', '(program)']);

/** The package of a script: the npm package under node_modules, our own workspace folder, or node's internals. */
export function pakketVan(url: string): string {
  if (!url) return '(native)';
  const delen = url.replace(/^file:\/\//, '').split('/node_modules/');
  if (delen.length > 1) {
    const rest = delen[delen.length - 1].split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node';
  const eigen = /\/(gateway|shared|subgraphs\/[^/]+)\/dist\//.exec(url);
  return eigen ? eigen[1] : url;
}

/** Which process wrote a profile: the subgraph whose own code ran most, or else the script it ran. */
function procesVan(p: Profiel): string {
  const urls = p.nodes.map((n) => n.callFrame.url);
  const perSubgraph = new Map<string, number>();
  for (const n of p.nodes) {
    const naam = /\/subgraphs\/([^/]+)\/dist\//.exec(n.callFrame.url)?.[1];
    if (naam) perSubgraph.set(naam, (perSubgraph.get(naam) ?? 0) + (n.hitCount ?? 0));
  }
  const [subgraph, treffers] = [...perSubgraph].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  const eigen = treffers > 0 ? subgraph : undefined;
  // the bare scripts load both the gateway and every subgraph; what ran most tells which one this was
  const gatewayTreffers = p.nodes.filter((n) => n.callFrame.url.includes('/node_modules/@apollo/gateway/')).reduce((t, n) => t + (n.hitCount ?? 0), 0);
  if (urls.some((u) => u.endsWith('/tools/dist/bench/kaal.js'))) return `kaal: ${gatewayTreffers > treffers ? 'gateway' : eigen}`;
  if (eigen) return `ons: ${eigen}`;
  if (urls.some((u) => u.endsWith('/tools/dist/bench/last.js'))) return 'belasting (autocannon)';
  if (urls.some((u) => u.endsWith('/tools/dist/bench/bench.js'))) return 'bench zelf';
  if (urls.some((u) => u.endsWith('/tools/dist/bench/werkers.js')) && !urls.some((u) => u.endsWith('/gateway/dist/main.js'))) return 'ons: cluster (primair proces)';
  return urls.some((u) => u.endsWith('/gateway/dist/main.js')) ? 'ons: gateway' : 'onbekend';
}

function vat(bestand: string, aantal: number): string[] {
  const p = JSON.parse(readFileSync(bestand, 'utf8')) as Profiel;
  const perKnoop = new Map<number, number>();
  // time per sample: the delta to the next one (µs)
  p.samples.forEach((id, i) => perKnoop.set(id, (perKnoop.get(id) ?? 0) + (p.timeDeltas[i + 1] ?? 0)));
  const knopen = new Map(p.nodes.map((n) => [n.id, n]));
  const perPakket = new Map<string, number>();
  const perFunctie = new Map<string, number>();
  let bezig = 0;
  let totaal = 0;
  for (const [id, tijd] of perKnoop) {
    const k = knopen.get(id)!;
    totaal += tijd;
    if (NIET_BEZIG.has(k.callFrame.functionName)) continue;
    bezig += tijd;
    const pakket = k.callFrame.functionName === '(garbage collector)' ? '(gc)' : pakketVan(k.callFrame.url);
    perPakket.set(pakket, (perPakket.get(pakket) ?? 0) + tijd);
    const functie = `${k.callFrame.functionName || '(anoniem)'} ${pakket}${k.callFrame.url ? `:${k.callFrame.lineNumber + 1}` : ''}`;
    perFunctie.set(functie, (perFunctie.get(functie) ?? 0) + tijd);
  }
  // inclusive time of our own functions: each one's subtree, counted once per function even when it recurses
  const eigenCode = (k: Knoop) => /\/(gateway|shared|subgraphs\/[^/]+)\/dist\//.test(k.callFrame.url) && !k.callFrame.url.includes('/node_modules/');
  const inclusief = new Map<string, number>();
  const loop = (id: number, open: Set<string>): number => {
    const k = knopen.get(id)!;
    const naam = `${k.callFrame.functionName || '(anoniem)'} ${pakketVan(k.callFrame.url)}:${k.callFrame.lineNumber + 1}`;
    const nieuw = eigenCode(k) && !open.has(naam);
    if (nieuw) open.add(naam);
    let t = NIET_BEZIG.has(k.callFrame.functionName) ? 0 : perKnoop.get(id) ?? 0;
    for (const c of k.children ?? []) t += loop(c, open);
    if (nieuw) {
      open.delete(naam);
      inclusief.set(naam, (inclusief.get(naam) ?? 0) + t);
    }
    return t;
  };
  loop(p.nodes[0].id, new Set());
  const pct = (t: number) => `${((100 * t) / bezig).toFixed(1)} %`.padStart(7);
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, aantal).map(([naam, t]) => `  ${pct(t)}  ${naam}`);
  return [
    `## ${procesVan(p)} (${path.basename(bestand)}): bezig ${(bezig / 1e6).toFixed(1)} s van ${(totaal / 1e6).toFixed(1)} s`,
    'per pakket (eigen tijd):', ...top(perPakket),
    'per functie (eigen tijd):', ...top(perFunctie),
    'eigen code (inclusief wat die aanroept):', ...top(inclusief),
  ];
}

if (require.main === module) {
  const [map, aantal = '15'] = process.argv.slice(2);
  if (!map) {
    console.error('Gebruik: node tools/dist/bench/profiel.js <map met .cpuprofile-bestanden> [aantal regels]');
    process.exit(2);
  }
  for (const bestand of readdirSync(map).filter((b) => b.endsWith('.cpuprofile')).sort()) {
    console.log([...vat(path.join(map, bestand), Number(aantal)), ''].join('\n'));
  }
}

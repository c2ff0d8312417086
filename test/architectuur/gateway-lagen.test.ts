import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

/**
 * The layers of gateway/src, lowest first. A file imports only from its own layer or one below it, and no
 * two files import each other, directly or round about.
 *
 * - transport: how the gateway reaches a service (HTTP over kept-alive connections; its own calls to
 *   netwerk under a grant signed with @netwerkdossier/shared's grant module; a partner's circuit breaker). Lowest, because deciding
 *   loads its facts from netwerk and recording writes to netwerk's toegangslog.
 * - identiteit: who asks (the verified token).
 * - beslissen: the policy and the registry's facts decide per person, category and partner.
 * - handhaven: what the decisions withhold is pruned from the document and checked in the answer;
 *   the request's context (GatewayContext) carries the decisions.
 * - vastleggen: what was released and withheld goes durably into the toegangslog.
 * - verzoek: per request decide, enforce and record (HandhavendeGateway), and every subgraph fetch under a
 *   grant carrying its part of the decisions (grant.ts).
 * - bedrading: everything else (server, configuration, sign-in, web app); server.ts is imported only by
 *   main.ts and index.ts.
 */
const LAGEN: Array<[laag: string, bestanden: string[]]> = [
  ['transport', ['http.ts', 'netwerk.ts', 'stroomonderbreker.ts']],
  ['identiteit', ['identiteit.ts', 'uitgever-sleutels.ts']],
  ['beslissen', ['beslissing/']],
  ['handhaven', ['handhaving/', 'context.ts']],
  ['vastleggen', ['toegangslog/']],
  ['verzoek', ['handhavende-gateway.ts', 'grant.ts']],
];
const BEDRADING = LAGEN.length;

const BRON = path.resolve(__dirname, '../../gateway/src');

/** The layer a file of gateway/src (relative path) lies in, by its index in LAGEN; the rest is bedrading. */
const laagVan = (bestand: string) => {
  const i = LAGEN.findIndex(([, bestanden]) => bestanden.some((b) => (b.endsWith('/') ? bestand.startsWith(b) : bestand === b)));
  return i < 0 ? BEDRADING : i;
};
const laagNaam = (i: number) => LAGEN[i]?.[0] ?? 'bedrading';

/** Every TypeScript source of gateway/src, relative to it. */
function bronnen(map = BRON): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) => {
    const pad = path.join(map, d.name);
    if (d.isDirectory()) return bronnen(pad);
    return d.name.endsWith('.ts') ? [path.relative(BRON, pad)] : [];
  });
}

/** The files of gateway/src this file imports by a relative path, in any form (import type and require included). */
function importsVan(bestand: string): string[] {
  const bron = readFileSync(path.join(BRON, bestand), 'utf8');
  return ts.preProcessFile(bron, true, true).importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.')).map((s) => {
    const basis = path.resolve(BRON, path.dirname(bestand), s);
    const doel = [`${basis}.ts`, path.join(basis, 'index.ts')].find(existsSync);
    if (!doel) throw new Error(`${bestand} importeert ${s}, dat niet bestaat`);
    return path.relative(BRON, doel);
  });
}

/** The import graph: each file and what it imports. */
type Graaf = Map<string, string[]>;

/** Every import cycle, once each, as the files round it (Tarjan's strongly connected components). */
function kringen(graaf: Graaf): string[][] {
  const index = new Map<string, number>();
  const laagste = new Map<string, number>();
  const stapel: string[] = [];
  const uit: string[][] = [];
  const bezoek = (v: string) => {
    index.set(v, index.size);
    laagste.set(v, index.get(v)!);
    stapel.push(v);
    for (const w of graaf.get(v) ?? []) {
      if (!index.has(w)) {
        bezoek(w);
        laagste.set(v, Math.min(laagste.get(v)!, laagste.get(w)!));
      } else if (stapel.includes(w)) laagste.set(v, Math.min(laagste.get(v)!, index.get(w)!));
    }
    if (laagste.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stapel.pop()!;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graaf.get(v)?.includes(v)) uit.push(component.sort());
  };
  for (const v of graaf.keys()) if (!index.has(v)) bezoek(v);
  return uit;
}

/** Each import that goes up against LAGEN, and each import of server.ts other than by main.ts and index.ts. */
function tegenDeLagen(graaf: Graaf): string[] {
  return [...graaf].flatMap(([bestand, imports]) =>
    imports.flatMap((doel) => {
      if (doel === 'server.ts' && !['main.ts', 'index.ts'].includes(bestand)) return [`${bestand} importeert server.ts`];
      const [van, naar] = [laagVan(bestand), laagVan(doel)];
      return naar > van ? [`${bestand} (${laagNaam(van)}) importeert ${doel} (${laagNaam(naar)})`] : [];
    }),
  );
}

const GATEWAY: Graaf = new Map(bronnen().map((b) => [b, importsVan(b)]));

describe('Lagen in de gateway: beslissen, handhaven, vastleggen, zonder pijl terug omhoog', () => {
  test('de scan vindt een kring, ook een lange, en een import tegen de lagen in', () => {
    const graaf: Graaf = new Map([
      ['beslissing/beslis.ts', ['handhaving/controle.ts']],
      ['handhaving/controle.ts', ['toegangslog/regel.ts']],
      ['toegangslog/regel.ts', ['beslissing/beslis.ts']],
      ['grant.ts', ['server.ts']],
      ['server.ts', []],
    ]);
    expect(kringen(graaf)).toEqual([['beslissing/beslis.ts', 'handhaving/controle.ts', 'toegangslog/regel.ts']]);
    expect(tegenDeLagen(graaf)).toEqual([
      'beslissing/beslis.ts (beslissen) importeert handhaving/controle.ts (handhaven)',
      'handhaving/controle.ts (handhaven) importeert toegangslog/regel.ts (vastleggen)',
      'grant.ts importeert server.ts',
    ]);
  });

  test('gateway/src heeft geen importkring', () => {
    expect(GATEWAY.size).toBeGreaterThan(30);
    expect(kringen(GATEWAY)).toEqual([]);
  });

  test('elke import in gateway/src gaat naar dezelfde laag of een lagere, en alleen main.ts en index.ts importeren server.ts', () => {
    expect(tegenDeLagen(GATEWAY)).toEqual([]);
  });
});

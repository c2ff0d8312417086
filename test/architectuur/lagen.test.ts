import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

interface Werkruimte {
  map: string;
  naam: string;
}

/** A workspace pattern as npm reads it: a folder, or `map/*` for every folder in it that has a package.json. */
const mappen = (patroon: string): string[] =>
  patroon.endsWith('/*')
    ? readdirSync(path.join(ROOT, patroon.slice(0, -2)), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(ROOT, patroon.slice(0, -2), d.name, 'package.json'))).map((d) => `${patroon.slice(0, -2)}/${d.name}`)
    : [patroon];

/** Every npm workspace of the repository, by its folder and package name. */
const WERKRUIMTEN: Werkruimte[] = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces.flatMap(mappen).map((map) => ({
  map,
  naam: (JSON.parse(readFileSync(path.join(ROOT, map, 'package.json'), 'utf8')) as { name: string }).name,
}));
const naamVan = (map: string) => WERKRUIMTEN.find((w) => w.map === map)!.naam;

/**
 * The layers: shared below everything; a partner's subgraph and the gateway each on shared alone, so
 * neither knows the other and no partner another; the web app on none; the development tools (and the
 * tests) on whatever they run. What runs in production never imports what only develops it.
 */
function magGebruiken(w: Werkruimte): string[] {
  if (w.map === 'tools') return WERKRUIMTEN.map((a) => a.naam);
  if (w.map === 'gateway' || w.map.startsWith('subgraphs/')) return [naamVan('shared')];
  return [];
}

/** What a source file imports, in every form TypeScript knows: import (type), export … from, require, import(). */
function importsVan(bron: string): string[] {
  return ts.preProcessFile(bron, true, true).importedFiles.map((i) => i.fileName);
}

/** Partners' panels (`subgraphs/<naam>/web`): the web app's code in a partner's folder, so they keep the web app's layer. */
const PANELEN = WERKRUIMTEN.filter((w) => w.map.startsWith('subgraphs/')).map((w) => path.join(ROOT, w.map, 'web')).filter((map) => existsSync(map));

/** The workspace's own TypeScript sources: not its build output, its dependencies, or a workspace nested in it; the web app's include the partners' panels. */
function bronnen(w: Werkruimte): string[] {
  const web = w.map === 'gateway/web';
  const genest = [...WERKRUIMTEN.filter((a) => a.map.startsWith(`${w.map}/`)).map((a) => path.join(ROOT, a.map)), ...(web ? [] : PANELEN)];
  const loop = (map: string): string[] =>
    readdirSync(map, { withFileTypes: true }).flatMap((d) => {
      const pad = path.join(map, d.name);
      if (d.isDirectory()) return ['node_modules', 'dist'].includes(d.name) || genest.includes(pad) ? [] : loop(pad);
      return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [pad] : [];
    });
  return [path.join(ROOT, w.map), ...(web ? PANELEN : [])].flatMap(loop);
}

/** The package a specifier names, or undefined for a relative path or a package outside this repository. */
const pakketVan = (specifier: string) => WERKRUIMTEN.find((w) => specifier === w.naam || specifier.startsWith(`${w.naam}/`))?.naam;

/** The workspace a path lies in: the innermost one. */
const werkruimteVan = (pad: string) => WERKRUIMTEN.filter((w) => `${pad}/`.startsWith(`${path.join(ROOT, w.map)}/`)).sort((a, b) => b.map.length - a.map.length)[0]?.naam;

/** Each import of the workspace's sources that reaches a package it may not use, directly or by a relative path out of its folder. */
function overtredingen(w: Werkruimte): string[] {
  const mag = new Set([w.naam, ...magGebruiken(w)]);
  return bronnen(w).flatMap((bestand) =>
    importsVan(readFileSync(bestand, 'utf8')).flatMap((specifier) => {
      const pakket = specifier.startsWith('.') ? (werkruimteVan(path.resolve(path.dirname(bestand), specifier)) ?? 'buiten elke werkruimte') : pakketVan(specifier);
      return pakket && !mag.has(pakket) ? [`${path.relative(ROOT, bestand)} importeert ${specifier} (${pakket})`] : [];
    }),
  );
}

/** The workspace packages its package.json depends on and its tsconfig.json refers to, that it may not use. */
function verkeerdeVerwijzingen(w: Werkruimte): string[] {
  const mag = new Set([w.naam, ...magGebruiken(w)]);
  const manifest = JSON.parse(readFileSync(path.join(ROOT, w.map, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const afhankelijk = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})].filter((n) => pakketVan(n));
  const tsconfig = ts.readConfigFile(path.join(ROOT, w.map, 'tsconfig.json'), ts.sys.readFile).config as { references?: { path: string }[] } | undefined;
  const verwezen = (tsconfig?.references ?? []).map((r) => werkruimteVan(path.resolve(ROOT, w.map, r.path)) ?? r.path);
  return [
    ...afhankelijk.filter((n) => !mag.has(n)).map((n) => `${w.map}/package.json hangt af van ${n}`),
    ...verwezen.filter((n) => !mag.has(n)).map((n) => `${w.map}/tsconfig.json verwijst naar ${n}`),
  ];
}

describe('Lagen: de gateway en de partners kennen elkaar niet, en productie kent het ontwikkelgereedschap niet', () => {
  test('de scan ziet elke vorm van import: import, import type, export … from, require en import()', () => {
    const bron = [
      "import { a } from '@netwerkdossier/netwerk';",
      "import type { B } from '@netwerkdossier/gi';",
      "export { c } from '@netwerkdossier/tools';",
      "const d = require('@netwerkdossier/raad');",
      "const e = import('../../subgraphs/veilig-thuis/src');",
    ].join('\n');
    expect(importsVan(bron)).toEqual(['@netwerkdossier/netwerk', '@netwerkdossier/gi', '@netwerkdossier/tools', '@netwerkdossier/raad', '../../subgraphs/veilig-thuis/src']);
  });

  test.each(WERKRUIMTEN.filter((w) => w.map !== 'tools').map((w) => [w.map, w]))('%s importeert alleen wat onder hem ligt: geen andere partner, gateway of gereedschap', (_map, w) => {
    expect(overtredingen(w)).toEqual([]);
  });

  test.each(WERKRUIMTEN.filter((w) => w.map !== 'tools').map((w) => [w.map, w]))('%s: package.json en tsconfig.json volgen dezelfde lagen', (_map, w) => {
    expect(verkeerdeVerwijzingen(w)).toEqual([]);
  });
});

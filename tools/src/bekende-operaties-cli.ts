import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { gqlPluckFromCodeStringSync } from '@graphql-tools/graphql-tag-pluck';
import { alsBekendeOperatie, BEKENDE_OPERATIES_BESTAND, WEB_MAP } from '@netwerkdossier/gateway';
import { SUBGRAPHS_MAP } from '@netwerkdossier/shared';

/** The web app's own sources, and the panels partners bring in their folders (`subgraphs/<naam>/web`). */
const BRONNEN = [
  path.resolve(WEB_MAP, '..', 'src'),
  ...readdirSync(SUBGRAPHS_MAP).sort().map((naam) => path.join(SUBGRAPHS_MAP, naam, 'web')).filter((map) => existsSync(map)),
];

/** Run by the web app's build: its `/* GraphQL *\/` operations into the list of known operations beside the built app. */
function main(): void {
  const bestanden = BRONNEN.flatMap((map) => readdirSync(map, { recursive: true, encoding: 'utf8' }).filter((b) => /\.tsx?$/.test(b)).sort().map((b) => path.join(map, b)));
  const operaties = bestanden.flatMap((b) => gqlPluckFromCodeStringSync(b, readFileSync(b, 'utf8')).map((bron) => alsBekendeOperatie(bron.body)));
  if (operaties.length === 0) throw new Error(`Geen operaties gevonden in ${BRONNEN.join(', ')}`);
  writeFileSync(path.join(WEB_MAP, BEKENDE_OPERATIES_BESTAND), `${JSON.stringify(Object.fromEntries(operaties), null, 2)}\n`);
  console.log(`${operaties.length} bekende operaties in ${path.join(WEB_MAP, BEKENDE_OPERATIES_BESTAND)}`);
}

main();

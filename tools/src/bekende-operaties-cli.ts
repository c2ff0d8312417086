import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { gqlPluckFromCodeStringSync } from '@graphql-tools/graphql-tag-pluck';
import { alsBekendeOperatie, BEKENDE_OPERATIES_BESTAND, WEB_MAP } from '@netwerkdossier/gateway';

const BRONNEN = path.resolve(WEB_MAP, '..', 'src');

/** Run by the web app's build: its `/* GraphQL *\/` operations into the list of known operations beside the built app. */
function main(): void {
  const bestanden = readdirSync(BRONNEN, { recursive: true, encoding: 'utf8' }).filter((b) => /\.tsx?$/.test(b)).sort();
  const operaties = bestanden.flatMap((b) => gqlPluckFromCodeStringSync(b, readFileSync(path.join(BRONNEN, b), 'utf8')).map((bron) => alsBekendeOperatie(bron.body)));
  if (operaties.length === 0) throw new Error(`Geen operaties gevonden in ${BRONNEN}`);
  writeFileSync(path.join(WEB_MAP, BEKENDE_OPERATIES_BESTAND), `${JSON.stringify(Object.fromEntries(operaties), null, 2)}\n`);
  console.log(`${operaties.length} bekende operaties in ${path.join(WEB_MAP, BEKENDE_OPERATIES_BESTAND)}`);
}

main();

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { gegenereerdeBestanden, WORTEL } from './huis';

/** First step of `npm run compose`: writes the files derived from the partner registry (before the build, which needs tsconfig.json). */
for (const { pad, inhoud } of gegenereerdeBestanden()) {
  const bestand = path.join(WORTEL, pad);
  let oud = '';
  try {
    oud = readFileSync(bestand, 'utf8');
  } catch {
    // a file that is not there yet is written
  }
  if (oud === inhoud) continue;
  writeFileSync(bestand, inhoud);
  console.log(`${pad} bijgewerkt uit het partnerregister`);
}

import path from 'node:path';

import { dockerCompose } from './docker-compose';
import { dockerfile } from './dockerfile';
import { tsconfig } from './tsconfig';

/** The repository's root, where the generated files live. */
export const WORTEL = path.resolve(__dirname, '..', '..', '..');

/**
 * The files derived from the partner registry, by path from the root: `npm run compose` writes them and
 * test/architectuur/gegenereerd.test.ts checks they are current, so a partner is added by its folder alone.
 */
export function gegenereerdeBestanden(): Array<{ pad: string; inhoud: string }> {
  return [
    { pad: 'tsconfig.json', inhoud: tsconfig() },
    { pad: 'Dockerfile', inhoud: dockerfile() },
    { pad: 'docker-compose.yml', inhoud: dockerCompose() },
  ];
}

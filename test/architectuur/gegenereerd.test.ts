import { readFileSync } from 'node:fs';
import path from 'node:path';

import { gegenereerdeBestanden, WORTEL } from '@netwerkdossier/tools';

// tsconfig.json, the Dockerfile and docker-compose.yml list every partner; they are written from the
// registry by `npm run compose`, so adding a partner's folder is enough and a stale copy fails here
describe('bestanden die uit het partnerregister volgen', () => {
  test.each(gegenereerdeBestanden().map((b) => [b.pad, b.inhoud]))('%s is actueel (anders: npm run compose)', (pad, inhoud) => {
    expect(readFileSync(path.join(WORTEL, pad), 'utf8')).toBe(inhoud);
  });

  test('elke geregistreerde partner staat erin, met eigen database, netwerk en poort', () => {
    const [tsconfig, dockerfile, compose] = gegenereerdeBestanden().map((b) => b.inhoud);
    const { PARTNERS } = jest.requireActual<typeof import('@netwerkdossier/shared')>('@netwerkdossier/shared');
    expect(PARTNERS.length).toBeGreaterThanOrEqual(4);
    for (const p of PARTNERS) {
      expect(tsconfig).toContain(`"subgraphs/${p.naam}"`);
      expect(dockerfile).toContain(`COPY subgraphs/${p.naam}/package.json subgraphs/${p.naam}/`);
      expect(compose).toContain(`command: [node, subgraphs/${p.naam}/dist/main.js]`);
      expect(compose).toContain(`http://${p.naam}:${p.poort}/`);
      expect(compose).toContain(`  ${p.naam}-db: { internal: true }`);
    }
  });
});

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { leesTijdslimieten, NETWERK_TIJDSLIMIET_MS, STANDAARD_TIJDSLIMIET_MS } from '@netwerkdossier/gateway';
import { maakGrantSleutelpaar, SUBGRAPHS } from '@netwerkdossier/shared';

const ROOT = path.resolve(__dirname, '../..');

/** Each subgraph's time limit comes from its own variable; a wrong one stops the gateway before it serves anything. */
describe('tijdslimieten per subgraph', () => {
  test('zonder instelling wacht de gateway 3 s op elke partner en 10 s op netwerk; GI_TIJDSLIMIET_MS geldt alleen voor gi', () => {
    expect({ STANDAARD_TIJDSLIMIET_MS, NETWERK_TIJDSLIMIET_MS }).toEqual({ STANDAARD_TIJDSLIMIET_MS: 3_000, NETWERK_TIJDSLIMIET_MS: 10_000 });
    const overal = Object.fromEntries(SUBGRAPHS.map((n) => [n, n === 'netwerk' ? 10_000 : 3_000]));
    expect(leesTijdslimieten({})).toEqual(overal);
    expect(leesTijdslimieten({ GI_TIJDSLIMIET_MS: '2000', LOKAAL_TEAM_TIJDSLIMIET_MS: '500' })).toEqual({ ...overal, 'lokaal-team': 500, gi: 2000 });
  });

  test.each(['2s', '', '0', '-5', '1.5', '120001', ' 2000'])('een tijdslimiet %j wordt geweigerd, met naam en toegestane waarden', (waarde) => {
    expect(() => leesTijdslimieten({ VEILIG_THUIS_TIJDSLIMIET_MS: waarde })).toThrow(`VEILIG_THUIS_TIJDSLIMIET_MS moet een geheel aantal milliseconden van 1 tot en met 120000 zijn, niet ${JSON.stringify(waarde)}`);
  });

  test('de gateway start niet met een foute tijdslimiet en zegt waarom', async () => {
    const { prive } = await maakGrantSleutelpaar();
    const uitgevers = JSON.stringify([{ issuer: 'http://127.0.0.1:1/x', jwksUri: 'http://127.0.0.1:1/x/jwks.json', organisatie: 'gi', algoritmen: ['ES256'] }]);
    const env = { PATH: process.env.PATH, GATEWAY_PORT: '0', VERTROUWDE_UITGEVERS: uitgevers, GATEWAY_GRANT_SLEUTEL: JSON.stringify(prive), GI_TIJDSLIMIET_MS: 'twee seconden' };
    const uitvoer = await promisify(execFile)(process.execPath, ['gateway/dist/main.js'], { cwd: ROOT, env }).catch((e: { code: number; stdout: string }) => e);
    expect(uitvoer).toMatchObject({ code: 1, stdout: expect.stringContaining('gateway kon niet starten: GI_TIJDSLIMIET_MS moet een geheel aantal milliseconden van 1 tot en met 120000 zijn, niet \\"twee seconden\\"') });
  });
});

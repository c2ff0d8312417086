import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { maakGrantSleutelpaar, PARTNER_NAMEN } from '@netwerkdossier/shared';
import { EISEN, rapport, toetsPartner } from '@netwerkdossier/tools';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { startReplica } from '../harness/replica';

const AANTAL = 20;
const ROOT = path.resolve(__dirname, '..', '..');

/** The conformance kit against every registered partner of this repository: each meets every requirement of the contract. */
describe('conformiteitstoets: elke partner van het netwerk voldoet aan het partnercontract', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('partnertoets', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  test.each(PARTNER_NAMEN)('%s voldoet aan elke eis', async (naam) => {
    const url = netwerk.subgraphUrls[naam];
    // a second process on the partner's database: a grant used at one is refused at the other (1.13)
    const replica = await startReplica(netwerk, naam);
    const uitslagen = await toetsPartner({ url, replica: replica.url, naam, sleutel: netwerk.grantSleutels.prive, seed: TEST_SEED, aantal: AANTAL }).finally(() => replica.stop());
    expect(uitslagen.map((u) => u.id)).toEqual(Object.keys(EISEN));
    // the whole report on failure: it says what was seen
    expect(uitslagen.filter((u) => u.status !== 'geslaagd').length ? rapport(naam, url, uitslagen) : 'alles geslaagd').toBe('alles geslaagd');
  });

  test('als opdracht: vindt zelf de naam, meldt per eis, en eindigt met 0; met een andere sleutel dan die van de gateway met 1', async () => {
    const url = netwerk.subgraphUrls.gi;
    const replica = await startReplica(netwerk, 'gi');
    const draai = (sleutel: object) =>
      promisify(execFile)(process.execPath, ['tools/dist/partner-toets-cli.js', url, '--seed', TEST_SEED, '--aantal', String(AANTAL), '--replica', replica.url], { cwd: ROOT, env: { ...process.env, GATEWAY_GRANT_SLEUTEL: JSON.stringify(sleutel) } })
        .then(({ stdout }) => ({ code: 0, stdout }))
        .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout + e.stderr }));
    const goed = await draai(netwerk.grantSleutels.prive);
    expect(goed.stdout).toContain(`Conformiteitstoets van partner gi op ${url}`);
    expect(goed.stdout).toContain(`✓ 3.1 ${EISEN['3.1']}`);
    expect(goed).toMatchObject({ code: 0, stdout: expect.stringContaining(`${Object.keys(EISEN).length} eisen: ${Object.keys(EISEN).length} geslaagd, 0 gefaald, 0 niet getoetst`) });
    // a key the partner does not trust: it answers no grant, so the kit cannot even tell its name
    const vals = await draai((await maakGrantSleutelpaar()).prive);
    expect(vals).toMatchObject({ code: 2, stdout: expect.stringContaining('de partner beantwoordt geen grant voor') });
    await replica.stop();
  });
});

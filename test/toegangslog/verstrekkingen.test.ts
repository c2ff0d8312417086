import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';

import { kruiscontrole } from '@netwerkdossier/gateway';
import { demoHuishouden, envPrefix, ServiceNaam, SUBGRAPHS, Verstrekking } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 20;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const ROOT = path.resolve(__dirname, '..', '..');

/** Each partner records what it disclosed; every disclosure must be accounted for in the toegangslog. */
describe('verstrekkingenlogs van de partners', () => {
  let netwerk: TestNetwerk;
  let bronnen: Record<ServiceNaam, DataSource>;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('verstrekkingen', AANTAL);
    bronnen = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (n) => [n, await new DataSource({ type: 'postgres', url: netwerk.databaseUrls[n], entities: [Verstrekking] }).initialize()]))) as Record<ServiceNaam, DataSource>;
  });
  afterAll(async () => {
    for (const ds of Object.values(bronnen ?? {})) await ds.destroy();
    await netwerk?.stop();
  });

  test('na echt verkeer verantwoordt het toegangslog elke verstrekking; een vervalste verstrekking wordt gemeld', async () => {
    const query = 'query ($id: ID!) { huishouden(id: $id) { leden { rol personalia { voornaam } } gezinsplan { vastgesteldOp } meldingen { aard } maatregelen { soort } } }';
    const doelen: Record<string, string> = { duo: 'gezamenlijk-plan', maatregel: 'uitvoering-maatregel', onderzoek: 'veiligheidsonderzoek', consultatie: 'casusoverleg' };
    for (const h of wereld.slice(0, 12)) {
      for (const b of h.betrokkenheden) {
        if ((b.vorm === 'maatregel' && b.organisatie !== 'gi') || (b.vorm === 'onderzoek' && !['veilig-thuis', 'raad'].includes(b.organisatie))) continue;
        const antwoord = await netwerk.vraag(query, { token: await netwerk.token(b.professional), doel: doelen[b.vorm], variables: { id: h.id } });
        expect(antwoord.body.errors).toBeUndefined();
      }
    }
    const { verstrekkingen, onverantwoord } = await kruiscontrole(bronnen.netwerk, bronnen);
    expect(verstrekkingen).toBeGreaterThan(10);
    for (const partner of ['netwerk', 'lokaal-team'] as const) expect(await bronnen[partner].getRepository(Verstrekking).count()).toBeGreaterThan(0);
    expect(onverantwoord).toEqual([]);

    // a disclosure written straight into Veilig Thuis' log, without a request through the gateway
    const vals = randomUUID();
    await bronnen['veilig-thuis'].getRepository(Verstrekking).insert({ grant: vals, auditId: randomUUID(), tijdstip: new Date(), sub: 'iemand', organisatie: 'veilig-thuis', doel: 'gezamenlijk-plan', items: [{ soort: 'huishouden', id: wereld[0].id, categorie: 'melder', uitkomst: 'zichtbaar' }] });
    const env = { ...process.env, ...Object.fromEntries(SUBGRAPHS.map((n) => [`${envPrefix(n)}_DATABASE_URL`, netwerk.databaseUrls[n]])) };
    const cli = await promisify(execFile)(process.execPath, ['tools/dist/kruiscontrole-cli.js'], { cwd: ROOT, env }).catch((e: { code: number; stdout: string }) => e);
    expect(cli).toMatchObject({ code: 1, stdout: expect.stringContaining(`veilig-thuis grant ${vals}`) });
    expect((await kruiscontrole(bronnen.netwerk, bronnen)).onverantwoord).toEqual([{ partner: 'veilig-thuis', grant: vals, auditId: expect.any(String), reden: 'geen toegangslog-record met dit audit-id' }]);
  });
});

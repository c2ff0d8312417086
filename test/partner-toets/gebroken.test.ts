import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { DraaiendeService } from '@netwerkdossier/shared';
import { EISEN, EisId, toetsPartner, Uitslag } from '@netwerkdossier/tools';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { startReplica } from '../harness/replica';
import { Breuk, startGebrokenPartner } from './gebroken-partner';

const AANTAL = 20;
const PARTNER = 'veilig-thuis';
const ROOT = path.resolve(__dirname, '..', '..');

/** Per broken guarantee (see BREUKEN): the requirement that must fail, what its report must say, and what cannot be tested then. */
const GEVALLEN: Array<[Breuk, EisId, string, EisId[]]> = [
  ['kleine-headers', '1.0', 'met een grant van', ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13']],
  ['service-zonder-grant', '1.1', '_service, zonder grant: niet geweigerd', []],
  ['aanvaardt-andere-audience', '1.7', 'niet geweigerd', []],
  ['aanvaardt-verlopen', '1.8', 'twee minuten verlopen: niet geweigerd', []],
  ['aanvaardt-ander-verzoek', '1.12', 'grant voor gewone vraag, gebruikt voor _entities: niet geweigerd', []],
  ['geheugen-per-proces', '1.13', ': bij http://127.0.0.1:', []],
  ['anonimiseert-niet', '2.4', 'verwacht geanonimiseerde tekst', []],
  ['negeert-afscherming', '2.5', '(afgeschermd)', []],
  ['negeert-ontbrekende-besluiten', '2.6', 'zonder besluiten: _entities[0]', []],
  ['negeert-reikwijdte', '2.7', 'buiten de reikwijdte: _entities[0]', []],
  ['buiten-beeld-leeg', '2.8', 'een lege lijst (die leest als een deel over het hele huishouden)', []],
  ['noemt-wie-buiten-valt', '2.8', 'het pseudoniem van wie buiten de grant valt', []],
  ['geen-verstrekkingenlog', '3.1', 'direct na het antwoord geen record', ['3.2', '3.3', '3.4']],
  ['onvolledig-log', '3.2', 'is verstrekt maar niet vastgelegd', []],
  ['log-voor-iedereen', '3.3', 'zonder grant: status 200', []],
  ['geen-lege-verstrekking', '3.4', 'niets verstrekt, en geen record voor grant', []],
  ['extra-veld', '4.1', '.geboortejaar is niet gevraagd', []],
  ['extra-entiteit', '4.2', 'entiteiten voor', []],
  ['extra-sleutel', '4.3', '"debug" naast data, errors en extensions', []],
];

const met = (uitslagen: Uitslag[], status: Uitslag['status']) => uitslagen.filter((u) => u.status === status).map((u) => u.id);

/** The kit against a real partner with one guarantee broken: it fails exactly that requirement, and says what it saw. */
describe('conformiteitstoets: een partner die één garantie breekt, faalt op precies die eis', () => {
  let netwerk: TestNetwerk;
  let replica: DraaiendeService;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('partnertoets_gebroken', AANTAL);
    // a second process of the partner on its database, for 1.13
    replica = await startReplica(netwerk, PARTNER);
  });
  afterAll(async () => {
    await replica?.stop();
    await netwerk?.stop();
  });

  test.each(GEVALLEN)('%s: faalt op %s', async (breuk, eis, gezien, nietGetoetst) => {
    const partner = await startGebrokenPartner(netwerk.subgraphUrls[PARTNER], PARTNER, netwerk.grantSleutels, breuk);
    try {
      // a partner that remembers grants per process shows it at its other replica: the broken one
      const [url, tweede] = breuk === 'geheugen-per-proces' ? [replica.url, partner.url] : [partner.url, replica.url];
      const uitslagen = await toetsPartner({ url, replica: tweede, naam: PARTNER, sleutel: netwerk.grantSleutels.prive, seed: TEST_SEED, aantal: AANTAL });
      expect({ gefaald: met(uitslagen, 'gefaald'), nietGetoetst: met(uitslagen, 'niet getoetst') }).toEqual({ gefaald: [eis], nietGetoetst });
      expect(uitslagen.find((u) => u.id === eis)!.gezien.join('\n')).toContain(gezien);
    } finally {
      await partner.stop();
    }
  });

  test('als opdracht: de gefaalde eis met wat de toets zag, en exitcode 1', async () => {
    const partner = await startGebrokenPartner(netwerk.subgraphUrls[PARTNER], PARTNER, netwerk.grantSleutels, 'extra-sleutel');
    try {
      const cli = await promisify(execFile)(process.execPath, ['tools/dist/partner-toets-cli.js', partner.url, '--naam', PARTNER, '--seed', TEST_SEED, '--aantal', String(AANTAL)], { cwd: ROOT, env: { ...process.env, GATEWAY_GRANT_SLEUTEL: JSON.stringify(netwerk.grantSleutels.prive) } }).catch((e: { code: number; stdout: string }) => e);
      expect(cli).toMatchObject({ code: 1, stdout: expect.stringContaining(`✗ 4.3 ${EISEN['4.3']} — GEFAALD\n      gezien: alles zichtbaar: "debug" naast data, errors en extensions`) });
    } finally {
      await partner.stop();
    }
  });
});

import http from 'node:http';

import { demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { beheerUrl } from '../harness/beheer';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 12;
const DOSSIER = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { id gezinsplan { doelen { omschrijving } } maatregelen { soort } } }`;

/** Whether a new connection to this URL is refused (a server that stopped accepting). */
function geweigerd(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    http.get(url, { agent: false }, (res) => (res.resume(), resolve(false))).on('error', (fout: NodeJS.ErrnoException) => resolve(fout.code === 'ECONNREFUSED'));
  });
}

async function telRijen(url: string, sql: string, parameters: unknown[]): Promise<number> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return Number((await db.query<{ n: string }>(sql, parameters)).rows[0].n);
  } finally {
    await db.end();
  }
}

describe('netjes stoppen', () => {
  let netwerk: TestNetwerk;
  const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.has('lokaal-team') && h.bekendBij.has('gi'))!;
  const jeugdbeschermer = huishouden.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('stoppen', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  test('een verzoek dat loopt als de diensten stoppen, krijgt zijn gegevens; verstrekking en toegangslog staan vast voor de databases sluiten', async () => {
    const token = await netwerk.token(jeugdbeschermer);
    const laatGaan = netwerk.houdVast('lokaal-team');
    const gevraagd = netwerk.ontvangen('lokaal-team').length;
    const antwoord = netwerk.vraag(DOSSIER, { token, variables: { id: huishouden.id }, doel: 'uitvoering-maatregel' });
    while (netwerk.ontvangen('lokaal-team').length === gevraagd) await new Promise((r) => setTimeout(r, 20));

    const gestopt = netwerk.stopDiensten();
    // the gateway takes no new connections while it waits for the one in flight
    while (!(await geweigerd(beheerUrl(netwerk.gatewayUrl, '/gezond')))) await new Promise((r) => setTimeout(r, 20));
    laatGaan();

    const { status, body } = await antwoord;
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.extensions?.onbereikbaar).toBeUndefined();
    expect((body.data as { huishouden: { id: string; gezinsplan: unknown } }).huishouden).toMatchObject({ id: huishouden.id, gezinsplan: { doelen: expect.any(Array) } });
    await gestopt;

    const auditId = body.extensions!.auditId as string;
    expect(await telRijen(netwerk.databaseUrls['lokaal-team'], 'SELECT count(*) AS n FROM verstrekking WHERE audit_id = $1', [auditId])).toBe(1);
    expect(await telRijen(netwerk.databaseUrls.netwerk, 'SELECT count(*) AS n FROM toegangslog WHERE audit_id = $1', [auditId])).toBe(1);
  });
});

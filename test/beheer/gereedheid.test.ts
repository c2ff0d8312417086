import { SUBGRAPHS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { beheerUrl, haalJson } from '../harness/beheer';
import { startTestNetwerk, testServer, TestNetwerk } from '../harness/netwerk';

async function alsBeheerder(sql: string, parameters: unknown[] = []): Promise<void> {
  const db = new Client({ connectionString: testServer() });
  await db.connect();
  try {
    await db.query(sql, parameters);
  } finally {
    await db.end();
  }
}

describe('gezond en gereed: elke dienst zegt of hij leeft en of hij kan werken', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('gereedheid', 4);
  });
  afterAll(() => netwerk?.stop());

  test('elke partner en het register zijn gezond en gereed: hun database antwoordt', async () => {
    for (const naam of SUBGRAPHS) {
      expect(await haalJson(beheerUrl(netwerk.subgraphUrls[naam], '/gezond'))).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await haalJson(beheerUrl(netwerk.subgraphUrls[naam], '/gereed'))).toEqual({ status: 200, body: { status: 'gereed', controles: { database: 'ok' } } });
    }
  });

  test('de gateway is gereed met beleid en een bereikbaar netwerk; zonder netwerk niet, en weer wel als netwerk terug is', async () => {
    const gereed = beheerUrl(netwerk.gatewayUrl, '/gereed');
    expect(await haalJson(gereed)).toEqual({ status: 200, body: { status: 'gereed', controles: { beleid: 'ok', netwerk: 'ok' } } });
    await netwerk.zetStoring('netwerk', 'verbroken');
    try {
      expect(await haalJson(gereed)).toEqual({ status: 503, body: { status: 'niet gereed', controles: { beleid: 'ok', netwerk: 'mislukt' } } });
      expect(await haalJson(beheerUrl(netwerk.gatewayUrl, '/gezond'))).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await netwerk.zetStoring('netwerk', null);
    }
    expect(await haalJson(gereed)).toEqual({ status: 200, body: { status: 'gereed', controles: { beleid: 'ok', netwerk: 'ok' } } });
  });

  test('een partner zonder database is gezond maar niet gereed, en weer gereed als de database terug is', async () => {
    const database = new URL(netwerk.databaseUrls.gi).pathname.slice(1);
    const gereed = beheerUrl(netwerk.subgraphUrls.gi, '/gereed');
    await alsBeheerder(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    try {
      await alsBeheerder('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
      expect(await haalJson(gereed)).toEqual({ status: 503, body: { status: 'niet gereed', controles: { database: 'mislukt' } } });
      expect(await haalJson(beheerUrl(netwerk.subgraphUrls.gi, '/gezond'))).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await alsBeheerder(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    }
    expect(await haalJson(gereed)).toEqual({ status: 200, body: { status: 'gereed', controles: { database: 'ok' } } });
  });
});

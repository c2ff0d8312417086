import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { SUBGRAPHS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { beheerUrl, haalJson } from '../harness/beheer';
import { startGatewayProces } from '../harness/gateway-proces';
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

/** A door in front of `doel`: closed, every connection is cut unanswered; open, requests pass both ways (a stream too). */
async function deur(doel: string): Promise<{ url: string; open(): void; sluit(): Promise<void> }> {
  let open = false;
  const server = http.createServer((req, res) => {
    if (!open) return void req.socket.destroy();
    const verder = http.request(new URL(req.url!, doel), { method: req.method, headers: req.headers }, (antwoord) => {
      res.writeHead(antwoord.statusCode!, antwoord.headers);
      antwoord.pipe(res);
    });
    verder.on('error', () => res.destroy());
    req.pipe(verder);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    open: () => void (open = true),
    sluit: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
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

  test('een gateway die nog geen beleid van netwerk kreeg, is niet gereed en weigert elk verzoek met 503 NIET_GEREED; met beleid werkt hij', async () => {
    const naarNetwerk = await deur(netwerk.subgraphUrls.netwerk);
    const replica = await startGatewayProces(netwerk, { subgraphUrls: { netwerk: naarNetwerk.url } });
    try {
      const token = await netwerk.token('lt-fatima');
      const vraagLijst = () => fetch(replica.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: 'gezamenlijk-plan' }, body: JSON.stringify({ query: '{ huishoudens(limiet: 1) { id } }' }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }>; extensions?: Record<string, unknown> } }));
      expect(await haalJson(beheerUrl(replica.url, '/gereed'))).toEqual({ status: 503, body: { status: 'niet gereed', controles: { beleid: 'mislukt', netwerk: 'mislukt' } } });
      const voor = await vraagLijst();
      expect({ status: voor.status, data: voor.body.data, fouten: voor.body.errors?.map((e) => [e.extensions?.code, e.message]), versie: voor.body.extensions?.beleidsversie }).toEqual({
        status: 503,
        data: undefined,
        fouten: [['NIET_GEREED', expect.stringContaining('Er is nog geen beleid van netwerk ontvangen; er wordt niets beslist')]],
        versie: undefined,
      });
      naarNetwerk.open();
      await replica.wachtOp((r) => String(r.msg).startsWith('beleid ') && String(r.msg).endsWith(' in werking'));
      expect(await haalJson(beheerUrl(replica.url, '/gereed'))).toEqual({ status: 200, body: { status: 'gereed', controles: { beleid: 'ok', netwerk: 'ok' } } });
      const na = await vraagLijst();
      expect({ status: na.status, fouten: na.body.errors, lijst: Array.isArray((na.body.data as { huishoudens?: unknown } | undefined)?.huishoudens) }).toEqual({ status: 200, fouten: undefined, lijst: true });
    } finally {
      await replica.stop();
      await naarNetwerk.sluit();
    }
  });
});

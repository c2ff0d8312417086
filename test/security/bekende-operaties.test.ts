import { readFileSync } from 'node:fs';
import path from 'node:path';

import { BEKENDE_OPERATIES_BESTAND, WEB_MAP } from '@netwerkdossier/gateway';
import { cacheExchange, Client, fetchExchange } from '@urql/core';

import { STANDAARD_DOEL, startTestNetwerk, TestNetwerk } from '../harness/netwerk';

/** The web app's operations as its build registered them (npm run build). */
const BEKEND = Object.entries(JSON.parse(readFileSync(path.join(WEB_MAP, BEKENDE_OPERATIES_BESTAND), 'utf8')) as Record<string, string>);
const [HASH, EIGEN_HUISHOUDENS] = BEKEND.find(([, document]) => document.startsWith('query EigenHuishoudens '))!;

const NIET_TOEGESTAAN = {
  errors: [{ message: 'Deze gateway voert alleen de bekende operaties van de webapp uit; deze operatie is onbekend', extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }],
};

/** With ALLEEN_BEKENDE_OPERATIES the gateway runs the web app's own operations and nothing else. */
describe('alleen bekende operaties (trusted documents)', () => {
  let netwerk: TestNetwerk;
  let token: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('bekende', 2, [], { productie: true, alleenBekendeOperaties: true });
    token = await netwerk.token('lt-fatima');
  });
  afterAll(() => netwerk?.stop());

  test('een eigen document (niet van de webapp) wordt geweigerd, zonder dat een partner iets gevraagd is', async () => {
    const voor = netwerk.ontvangen('lokaal-team').length;
    const antwoord = await netwerk.vraag('{ huishoudens(limiet: 50) { id adres leden { id } } }', { token });
    expect(antwoord).toEqual({ status: 400, body: NIET_TOEGESTAAN });
    expect(netwerk.ontvangen('lokaal-team').length).toBe(voor);
  });

  test('een fout veldnaam verraadt het schema niet: dezelfde weigering, geen validatiefout', async () => {
    const antwoord = await netwerk.vraag('{ huishoudens { meldinge { aard } } }', { token });
    expect(antwoord).toEqual({ status: 400, body: NIET_TOEGESTAAN });
  });

  test('een onbekende hash (persisted query) wordt geweigerd', async () => {
    const res = await fetch(netwerk.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: STANDAARD_DOEL },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 400, body: NIET_TOEGESTAAN });
  });

  test('de eigen operatie van de webapp wordt uitgevoerd, zoals urql haar verstuurt', async () => {
    // the web app's client (gateway/web/src/graphql.ts), with a bearer token instead of the session cookie
    const client = new Client({
      url: netwerk.gatewayUrl,
      exchanges: [cacheExchange, fetchExchange],
      preferGetMethod: false,
      fetchOptions: { headers: { doel: STANDAARD_DOEL, authorization: `Bearer ${token}` } },
    });
    const resultaat = await client.query(EIGEN_HUISHOUDENS, {}).toPromise();
    expect(resultaat.error).toBeUndefined();
    expect((resultaat.data as { huishoudens: unknown[] }).huishoudens.length).toBeGreaterThan(0);
  });

  test('de eigen operatie van de webapp wordt uitgevoerd als alleen haar hash gestuurd wordt', async () => {
    const res = await fetch(netwerk.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: STANDAARD_DOEL },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }),
    });
    const body = (await res.json()) as { data?: { huishoudens: unknown[] }; errors?: unknown };
    expect(res.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.huishoudens.length).toBeGreaterThan(0);
  });
});

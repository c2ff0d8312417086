import https from 'node:https';
import type { AddressInfo } from 'node:net';

import { leesGatewayConfig, leesSupergraph } from '@netwerkdossier/gateway';
import { ServiceNaam, SUBGRAPHS } from '@netwerkdossier/shared';
import { poortenVoor, startNetwerk, tokenVoorProfessional } from '@netwerkdossier/tools';

import { Certificaat, maakTestCa } from '../harness/certificaten';
import { Dossier, huishoudenVanJeugdbeschermer, NETWERKDOSSIER } from '../harness/jeugdbeschermer';
import { MET_VERANTWOORDING, startTestNetwerk, TestNetwerk, vraag } from '../harness/netwerk';

const AANTAL = 12;
const { huishouden, jeugdbeschermer, doel: DOEL } = huishoudenVanJeugdbeschermer(AANTAL);

// the network's CA, and one nobody configured: its certificates look just as real
const ca = maakTestCa('Netwerkdossier test-CA');
const vreemdeCa = maakTestCa('Vreemde CA');
const servers = Object.fromEntries(SUBGRAPHS.map((naam) => [naam, ca.server(naam)])) as Record<ServiceNaam, Certificaat>;
const gatewayCert = ca.client('gateway');
const tls = (naam: ServiceNaam | 'gateway') => ({ ca: ca.cert, ...(naam === 'gateway' ? gatewayCert : servers[naam]) });

/** GETs a URL over TLS with these options: the status, or the error that stopped it. */
function haal(url: string, opties: https.RequestOptions): Promise<{ status: number } | { fout: string }> {
  return new Promise((resolve) => {
    const verzoek = https.get(url, { ...opties, agent: false }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    verzoek.on('error', (fout: NodeJS.ErrnoException) => resolve({ fout: fout.code ?? fout.message }));
  });
}

/** A server posing as a subgraph with this certificate; counts the HTTP requests that reach it. */
async function startBedrieger(cert: Certificaat) {
  let verzoeken = 0;
  const server = https.createServer(cert, (_req, res) => {
    verzoeken++;
    res.setHeader('content-type', 'application/json');
    res.end('{"data":{}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`, verzoeken: () => verzoeken, stop: () => new Promise((r) => server.close(r)) };
}

describe('mTLS tussen gateway en subgraphs', () => {
  let netwerk: TestNetwerk;
  const netwerkdossier = async (gatewayUrl: string, token: string) => vraag(gatewayUrl, NETWERKDOSSIER, { token, variables: { id: huishouden.id }, doel: DOEL });

  beforeAll(async () => {
    netwerk = await startTestNetwerk('mtls', AANTAL, [], { tls });
  });
  afterAll(() => netwerk?.stop());

  test('het hele netwerk over mTLS: elke subgraph op https, elk deel van het netwerkdossier komt, de toegangslog is geschreven, de gateway is gereed', async () => {
    expect(Object.values(netwerk.subgraphUrls).every((url) => url.startsWith('https://127.0.0.1:'))).toBe(true);
    const voor = await netwerk.rijen();
    const antwoord = await netwerkdossier(netwerk.gatewayUrl, await netwerk.token(jeugdbeschermer));
    expect(antwoord.body.errors).toBeUndefined();
    expect(antwoord.body.extensions).toEqual({ ...MET_VERANTWOORDING, afgeschermd: expect.any(Array) });
    const d = (antwoord.body.data as { huishouden: Dossier }).huishouden;
    expect(d.maatregelen.length).toBeGreaterThan(0);
    expect(d.meldingen.length).toBeGreaterThan(0);
    expect(d.beschermingsonderzoeken.length).toBeGreaterThan(0);
    expect(d.leden.some((l) => l.personalia !== null)).toBe(true);
    // the context came from netwerk and the toegangslog record went to it, both over mTLS
    expect((await netwerk.rijen()).toegangslog).toBeGreaterThan(voor.toegangslog);
    // the gateway's readiness asks netwerk's /gereed, with its certificate
    const gereed = await fetch(new URL('/gereed', netwerk.gatewayUrl));
    expect({ status: gereed.status, body: await gereed.json() }).toEqual({ status: 200, body: { status: 'gereed', controles: { beleid: 'ok', netwerk: 'ok' } } });
  });

  test('een subgraph weigert een client zonder certificaat en een met een certificaat van een andere CA, al bij de TLS-handdruk; met het certificaat van de gateway antwoordt hij', async () => {
    for (const naam of ['gi', 'netwerk'] as const) {
      const url = new URL('gezond', netwerk.subgraphUrls[naam]).href;
      // TLS 1.3: the client has finished its handshake when the server's alert comes, so it may see the reset first
      expect(await haal(url, { ca: ca.cert })).toEqual({ fout: expect.stringMatching(/^(ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED|ECONNRESET)$/) });
      expect(await haal(url, { ca: ca.cert, ...vreemdeCa.client('gateway') })).toEqual({ fout: expect.stringMatching(/^(ERR_SSL_TLSV1_ALERT_UNKNOWN_CA|ECONNRESET)$/) });
      expect(await haal(url, { ca: ca.cert, ...gatewayCert })).toEqual({ status: 200 });
    }
  });

  test('de gateway geeft een server met een certificaat van een andere CA, of van de goede CA voor een andere host, geen verzoek (en dus geen grant): die partner is onbereikbaar, de rest komt', async () => {
    const vreemd = await startBedrieger(vreemdeCa.server('gi'));
    const andereHost = await startBedrieger(ca.server('raad', ['raad.elders.example']));
    const sleutels = netwerk.tokenOpties.sleutels;
    const tweede = await startNetwerk({
      databaseUrls: netwerk.databaseUrls,
      host: '127.0.0.1',
      poorten: poortenVoor(() => 0),
      sleutels,
      grantSleutels: netwerk.grantSleutels,
      supergraphSdl: leesSupergraph(),
      extern: { ...netwerk.subgraphUrls, gi: vreemd.url, raad: andereHost.url },
      tls,
    });
    try {
      const antwoord = await netwerkdossier(tweede.gatewayUrl, await tokenVoorProfessional(jeugdbeschermer, { uitgeverBase: tweede.uitgeverBase, sleutels }));
      expect(antwoord.body.extensions).toEqual({ ...MET_VERANTWOORDING, afgeschermd: expect.any(Array), onbereikbaar: expect.arrayContaining(['gi', 'raad']) });
      expect((antwoord.body.extensions!.onbereikbaar as string[]).sort()).toEqual(['gi', 'raad']);
      const d = (antwoord.body.data as { huishouden: Dossier }).huishouden;
      expect({ maatregelen: d.maatregelen, beschermingsonderzoeken: d.beschermingsonderzoeken }).toEqual({ maatregelen: [], beschermingsonderzoeken: [] });
      expect(d.meldingen.length).toBeGreaterThan(0);
      expect({ vreemd: vreemd.verzoeken(), andereHost: andereHost.verzoeken() }).toEqual({ vreemd: 0, andereHost: 0 });
    } finally {
      await tweede.stop();
      await vreemd.stop();
      await andereHost.stop();
    }
  });

  test('met mTLS ingesteld start de gateway niet met een http://-subgraph', async () => {
    const start = startNetwerk({
      databaseUrls: netwerk.databaseUrls,
      host: '127.0.0.1',
      poorten: poortenVoor(() => 0),
      sleutels: netwerk.tokenOpties.sleutels,
      grantSleutels: netwerk.grantSleutels,
      supergraphSdl: leesSupergraph(),
      extern: { ...netwerk.subgraphUrls, gi: 'http://127.0.0.1:1/' },
      tls,
    });
    await expect(start).rejects.toThrow('mTLS is ingesteld (GATEWAY_TLS_CERT), maar gi (http://127.0.0.1:1/) is geen https://-adres');
  });
});

describe('transportconfiguratie van de gateway', () => {
  const UITGEVERS = JSON.stringify([{ issuer: 'https://idp.example/', jwksUri: 'https://idp.example/jwks', organisatie: 'gi', algoritmen: ['ES256'] }]);
  const config = (extra: Record<string, string>) => () =>
    leesGatewayConfig({ GATEWAY_GRANT_SLEUTEL: JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' }), GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd', kid: 'proef-1' }), VERTROUWDE_UITGEVERS: UITGEVERS, ...extra });

  test('in productie weigert de gateway onversleuteld HTTP naar een subgraph buiten deze host, tenzij GATEWAY_SUBGRAPHS_ZONDER_TLS=1; op 127.0.0.1 en buiten productie mag het', () => {
    expect(config({ NODE_ENV: 'production', GI_URL: 'http://gi:4003/' })).toThrow(
      'gi (http://gi:4003/): onversleuteld HTTP buiten deze host; stel mTLS in (GATEWAY_TLS_CERT, GATEWAY_TLS_KEY, TLS_CA en https://-adressen) of zet GATEWAY_SUBGRAPHS_ZONDER_TLS=1 als het netwerk zelf versleutelt of gesloten is',
    );
    expect(config({ NODE_ENV: 'production', GI_URL: 'http://gi:4003/', GATEWAY_SUBGRAPHS_ZONDER_TLS: '1' })).not.toThrow();
    expect(config({ NODE_ENV: 'production' })).not.toThrow();
    expect(config({ GI_URL: 'http://gi:4003/' })).not.toThrow();
    expect(config({ NODE_ENV: 'production', GI_URL: 'https://gi:4003/' })).not.toThrow();
  });

  test('half ingesteld mTLS of een onleesbaar bestand: de gateway start niet', () => {
    expect(config({ GATEWAY_TLS_CERT: '/pad/cert.pem' })).toThrow('mTLS half ingesteld: GATEWAY_TLS_KEY, TLS_CA ontbreekt (GATEWAY_TLS_CERT, GATEWAY_TLS_KEY en TLS_CA horen bij elkaar)');
    expect(config({ GATEWAY_TLS_CERT: '/bestaat/niet.pem', GATEWAY_TLS_KEY: '/bestaat/niet.key', TLS_CA: '/bestaat/niet-ca.pem' })).toThrow(/^TLS_CA: \/bestaat\/niet-ca\.pem is niet te lezen/);
  });
});

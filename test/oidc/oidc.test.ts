import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { vrijePoort } from '../harness/global-setup';
import { NIETS_AFGESCHERMD, startTestNetwerk, TestNetwerk } from '../harness/netwerk';

/** Interoperability: a token issued by a real OpenID provider (oidc-provider) is accepted by the gateway. */
describe('token van een echte OpenID provider', () => {
  let provider: ChildProcess;
  let issuer: string;
  let netwerk: TestNetwerk;

  beforeAll(async () => {
    provider = spawn(process.execPath, [path.join(__dirname, 'provider.mjs'), String(await vrijePoort())], { stdio: ['pipe', 'pipe', 'inherit'] });
    issuer = await new Promise<string>((resolve, reject) => {
      createInterface({ input: provider.stdout! }).once('line', (regel) => resolve((JSON.parse(regel) as { issuer: string }).issuer));
      provider.once('exit', (code) => reject(new Error(`oidc-provider stopte (exit ${code})`)));
    });
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { jwks_uri: string };
    netwerk = await startTestNetwerk('oidc', 3, [{ issuer, jwksUri: discovery.jwks_uri, organisatie: 'veilig-thuis', algoritmen: ['ES256'] }]);
  });
  afterAll(async () => {
    await netwerk?.stop();
    provider?.stdin?.end();
  });

  async function accessToken(): Promise<string> {
    const res = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('vt-koppeling:alleen-voor-de-test').toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource: 'urn:netwerkdossier:gateway', scope: 'dossier' }),
    });
    const body = (await res.json()) as { access_token?: string };
    expect({ status: res.status, error: (body as { error_description?: string }).error_description }).toEqual({ status: 200, error: undefined });
    return body.access_token!;
  }

  test('de gateway verifieert het via de JWKS van de provider en geeft antwoord', async () => {
    const token = await accessToken();
    expect(token.split('.')).toHaveLength(3);
    const antwoord = await netwerk.vraag('{ __typename }', { token });
    expect(antwoord).toEqual({ status: 200, body: { data: { __typename: 'Query' }, extensions: NIETS_AFGESCHERMD } });
  });

  test('hetzelfde token met één teken gewijzigd wordt geweigerd', async () => {
    const token = await accessToken();
    const [kop, inhoud, handtekening] = token.split('.');
    const gewijzigd = `${kop}.${inhoud}.${handtekening.startsWith('A') ? 'B' : 'A'}${handtekening.slice(1)}`;
    const antwoord = await netwerk.vraag('{ huishoudens(limiet: 2) { id } }', { token: gewijzigd });
    expect(antwoord).toEqual({ status: 401, body: { errors: [{ message: 'Niet geauthenticeerd: de handtekening van het token klopt niet', extensions: { code: 'UNAUTHENTICATED' } }] } });
  });
});

import { NIETS_AFGESCHERMD, startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { PROVIDER_GEHEIM, startOpenIdProvider } from '../harness/openid-provider';

/** Interoperability: a token issued by a real OpenID provider (oidc-provider) is accepted by the gateway. */
describe('token van een echte OpenID provider', () => {
  let provider: Awaited<ReturnType<typeof startOpenIdProvider>>;
  let netwerk: TestNetwerk;

  beforeAll(async () => {
    provider = await startOpenIdProvider();
    netwerk = await startTestNetwerk('oidc', 3, [provider.uitgever]);
  });
  afterAll(async () => {
    await netwerk?.stop();
    provider?.stop();
  });

  async function accessToken(): Promise<string> {
    const res = await fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`vt-koppeling:${PROVIDER_GEHEIM}`).toString('base64')}` },
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

// A real OpenID provider (the `oidc-provider` package) for the interoperability and web sign-in tests.
// Issues ES256-signed JWT access tokens for the gateway: by client_credentials, and, when a redirect URI
// is given, by authorization code with PKCE (S256 required) to the web client `webapp`, after its own
// development login and consent pages (any login is the account id). Prints its issuer when listening.
import { generateKeyPairSync } from 'node:crypto';

import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const redirectUri = process.argv[3];
const issuer = `http://127.0.0.1:${port}`;
const sleutel = (type, opties) => ({ ...generateKeyPairSync(type, opties).privateKey.export({ format: 'jwk' }) });
const geheim = 'alleen-voor-de-test';

const clients = [{ client_id: 'vt-koppeling', client_secret: geheim, grant_types: ['client_credentials'], redirect_uris: [], response_types: [] }];
if (redirectUri) clients.push({ client_id: 'webapp', client_secret: geheim, grant_types: ['authorization_code'], redirect_uris: [redirectUri], response_types: ['code'] });

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [{ ...sleutel('ec', { namedCurve: 'P-256' }), alg: 'ES256', use: 'sig', kid: 'es' }, { ...sleutel('rsa', { modulusLength: 2048 }), alg: 'RS256', use: 'sig', kid: 'rs' }] },
  pkce: { required: () => true },
  features: {
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => 'urn:netwerkdossier:gateway',
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ audience: 'netwerkdossier', scope: 'dossier', accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } }),
    },
  },
  extraTokenClaims: () => ({ organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional' }),
});

provider.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ issuer })));
process.stdin.on('end', () => process.exit(0)).resume();

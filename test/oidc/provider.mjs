// A real OpenID provider (the `oidc-provider` package) for the interoperability test.
// Issues ES256-signed JWT access tokens by client_credentials; prints its issuer when listening.
import { generateKeyPairSync } from 'node:crypto';

import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const issuer = `http://127.0.0.1:${port}`;
const sleutel = (type, opties) => ({ ...generateKeyPairSync(type, opties).privateKey.export({ format: 'jwk' }) });

const provider = new Provider(issuer, {
  clients: [{ client_id: 'vt-koppeling', client_secret: 'alleen-voor-de-test', grant_types: ['client_credentials'], redirect_uris: [], response_types: [] }],
  jwks: { keys: [{ ...sleutel('ec', { namedCurve: 'P-256' }), alg: 'ES256', use: 'sig', kid: 'es' }, { ...sleutel('rsa', { modulusLength: 2048 }), alg: 'RS256', use: 'sig', kid: 'rs' }] },
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

// Real OpenID providers (the `oidc-provider` package), one per organisation, for the interoperability,
// web sign-in and topology tests: each organisation's identity provider, on its own port and issuer.
// Each issues ES256-signed JWT access tokens for the gateway: by client_credentials (the client
// `vt-koppeling`, a system of that organisation), and, when a redirect URI is given, by authorization code
// with PKCE (S256 required) to the web client `webapp`, after its development login and consent pages.
// Only that organisation's professionals in the partner registry (subgraphs/<naam>/partner.json) sign in,
// with their own team and rol (any password); any other login ends on the provider's error page, no code issued.
// Usage: node tools/openid-provider.mjs '[{"organisatie":"raad","poort":4100,"terug":"http://…/terug"}, …]'
// Prints {"organisatie","issuer"} per provider, one line each, once all listen; stops when stdin ends.
import { generateKeyPairSync } from 'node:crypto';

import shared from '@netwerkdossier/shared';
import Provider from 'oidc-provider';

const sleutel = (type, opties) => ({ ...generateKeyPairSync(type, opties).privateKey.export({ format: 'jwk' }) });
const geheim = 'alleen-voor-de-test';

/** The identity provider of `organisatie`, listening on 127.0.0.1:`poort`. */
function provider({ organisatie, poort, terug }) {
  const issuer = `http://127.0.0.1:${poort}`;
  const professionals = new Map(shared.PROFESSIONALS.filter((p) => p.organisatie === organisatie).map((p) => [p.sub, p]));
  if (professionals.size === 0) throw new Error(`${organisatie}: geen professionals in het partnerregister`);
  const clients = [{ client_id: 'vt-koppeling', client_secret: geheim, grant_types: ['client_credentials'], redirect_uris: [], response_types: [] }];
  if (terug) clients.push({ client_id: 'webapp', client_secret: geheim, grant_types: ['authorization_code'], redirect_uris: [terug], response_types: ['code'] });
  const oidc = new Provider(issuer, {
    clients,
    jwks: { keys: [{ ...sleutel('ec', { namedCurve: 'P-256' }), alg: 'ES256', use: 'sig', kid: 'es' }, { ...sleutel('rsa', { modulusLength: 2048 }), alg: 'RS256', use: 'sig', kid: 'rs' }] },
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => (professionals.has(sub) ? { accountId: sub, claims: () => ({ sub }) } : undefined),
    features: {
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => 'urn:netwerkdossier:gateway',
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ audience: 'netwerkdossier', scope: 'dossier', accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } }),
      },
    },
    // a signed-in professional as the registry has them; the koppeling as a system of the RVT
    extraTokenClaims: (_ctx, token) => {
      const wie = token.accountId ? professionals.get(token.accountId) : { team: 'RVT Midden', rol: 'professional' };
      return { organisatie, team: wie.team, rol: wie.rol };
    },
  });
  return new Promise((resolve) => oidc.listen(poort, '127.0.0.1', () => resolve({ organisatie, issuer })));
}

const gestart = await Promise.all(JSON.parse(process.argv[2]).map(provider));
for (const regel of gestart) console.log(JSON.stringify(regel));
process.stdin.on('end', () => process.exit(0)).resume();

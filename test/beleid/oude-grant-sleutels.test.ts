import { leesGatewayConfig } from '@netwerkdossier/gateway';
import { maakGrantSleutelpaar } from '@netwerkdossier/shared';
import { JWK } from 'jose';

/** The public halves of grant keys used before, which keep the policy's evidence valid after a rotation (test/kern/besluitbewijs.test.ts). */
describe('de configuratie van oude grant-sleutels', () => {
  let sleutels: { prive: JWK; publiek: JWK };
  beforeAll(async () => {
    sleutels = await maakGrantSleutelpaar();
  });

  test('GATEWAY_OUDE_GRANT_SLEUTELS: publieke sleutels, anders start de gateway niet', () => {
    const sleutel = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' };
    const env = (oude?: string) => ({ GATEWAY_GRANT_SLEUTEL: JSON.stringify(sleutel), GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify({ ...sleutel, kid: 'k' }), VERTROUWDE_UITGEVERS: JSON.stringify([{ issuer: 'http://127.0.0.1:1', jwksUri: 'http://127.0.0.1:1/jwks', organisatie: 'raad', algoritmen: ['ES256'] }]), ...(oude === undefined ? {} : { GATEWAY_OUDE_GRANT_SLEUTELS: oude }) });
    expect(leesGatewayConfig(env()).oudeGrantSleutels).toEqual([]);
    expect(leesGatewayConfig(env(JSON.stringify([sleutels.publiek]))).oudeGrantSleutels).toEqual([sleutels.publiek]);
    expect(() => leesGatewayConfig(env('['))).toThrow('GATEWAY_OUDE_GRANT_SLEUTELS is geen geldige JSON');
    expect(() => leesGatewayConfig(env(JSON.stringify(sleutels.publiek)))).toThrow('GATEWAY_OUDE_GRANT_SLEUTELS moet een niet-lege lijst zijn');
    // a private key does not belong in it
    expect(() => leesGatewayConfig(env(JSON.stringify([sleutels.publiek, sleutels.prive])))).toThrow('GATEWAY_OUDE_GRANT_SLEUTELS[1] moet een publieke EC-sleutel (P-256) als JWK zijn');
  });
});

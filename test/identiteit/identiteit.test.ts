import { generateKeyPair, importJWK, SignJWT } from 'jose';

import { NIETS_AFGESCHERMD, startTestNetwerk, TestNetwerk } from '../harness/netwerk';

const QUERY = /* GraphQL */ `{ huishoudens(limiet: 1) { id } }`;

function geweigerd(reden: string) {
  return { status: 401, body: { errors: [{ message: `Niet geauthenticeerd: ${reden}`, extensions: { code: 'UNAUTHENTICATED' } }] } };
}

describe('identiteit: geen geldig token, geen gegevens', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('identiteit', 3);
  });
  afterAll(() => netwerk?.stop());

  test('met een geldig persona-token komen er gegevens', async () => {
    const antwoord = await netwerk.vraag('{ __typename }', { token: await netwerk.token('lt-fatima') });
    expect(antwoord).toEqual({ status: 200, body: { data: { __typename: 'Query' }, extensions: NIETS_AFGESCHERMD } });
  });

  test('zonder token', async () => {
    expect(await netwerk.vraag(QUERY)).toEqual(geweigerd('geen bearer-token meegestuurd'));
  });

  test('met een verlopen token', async () => {
    expect(await netwerk.vraag(QUERY, { token: await netwerk.token('lt-fatima', -120) })).toEqual(geweigerd('het token is verlopen'));
  });

  test('met een token van een onbekende uitgever', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({ organisatie: 'lokaal-team', team: 'Wijkteam Noord', rol: 'professional' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('https://idp.onbekend.invalid')
      .setSubject('lt-fatima')
      .setAudience('netwerkdossier')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await netwerk.vraag(QUERY, { token })).toEqual(geweigerd('het token komt van een onbekende uitgever'));
  });

  test('met een vervalst token (claims aangepast na ondertekening)', async () => {
    const [kop, , handtekening] = (await netwerk.token('rvt-pieter')).split('.');
    const vervalst = Buffer.from(
      JSON.stringify({ iss: `${netwerk.uitgeverBase}/raad`, sub: 'raad-joris', aud: 'netwerkdossier', organisatie: 'raad', team: 'RVT Midden', rol: 'professional', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 }),
    ).toString('base64url');
    expect(await netwerk.vraag(QUERY, { token: `${kop}.${vervalst}.${handtekening}` })).toEqual(geweigerd('de handtekening van het token klopt niet'));
  });

  test('met een token zonder handtekening (alg none)', async () => {
    const deel = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${deel({ alg: 'none', typ: 'JWT' })}.${deel({ iss: `${netwerk.uitgeverBase}/raad`, sub: 'raad-joris', aud: 'netwerkdossier', rol: 'professional', team: 'x', iat: 1, exp: 9999999999 })}.`;
    expect(await netwerk.vraag(QUERY, { token })).toEqual(geweigerd('het token is met een niet toegestaan algoritme ondertekend'));
  });

  test('met een token voor een andere audience', async () => {
    const jwk = netwerk.tokenOpties.sleutels['gi'];
    const token = await new SignJWT({ organisatie: 'gi', team: 'RVT Midden', rol: 'professional' })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setIssuer(`${netwerk.uitgeverBase}/gi`)
      .setSubject('gi-sanne')
      .setAudience('een-andere-dienst')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await importJWK(jwk, 'ES256'));
    expect(await netwerk.vraag(QUERY, { token })).toEqual(geweigerd('claim aud is ongeldig'));
  });

  test('een burger-uitgever kan geen professional-token uitgeven', async () => {
    const jwk = netwerk.tokenOpties.sleutels['burger'];
    const token = await new SignJWT({ team: 'Wijkteam Noord', rol: 'professional' })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setIssuer(`${netwerk.uitgeverBase}/burger`)
      .setSubject('iemand')
      .setAudience('netwerkdossier')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await importJWK(jwk, 'ES256'));
    expect(await netwerk.vraag(QUERY, { token })).toEqual(geweigerd('deze uitgever mag geen tokens voor de rol professional uitgeven'));
  });
});

import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';

import { herteken, nu, ongetekend, publiekeSleutelAlsGeheim, startLokaas, vervalsClaims, vervalsKop } from '../harness/jwt';
import { NIETS_AFGESCHERMD, startTestNetwerk, TestNetwerk } from '../harness/netwerk';

const QUERY = /* GraphQL */ `{ huishoudens(limiet: 1) { id } }`;

/** What a client sees when the gateway refuses its token: 401, the reason, and no data at all. */
function geweigerd(reden: string) {
  return { status: 401, body: { errors: [{ message: `Niet geauthenticeerd: ${reden}`, extensions: { code: 'UNAUTHENTICATED' } }] } };
}

/** Attacks on the gateway's check of the client's bearer token (JWT from a trusted issuer's JWKS). */
describe('token-aanvallen: geen geldig token, geen gegevens', () => {
  let netwerk: TestNetwerk;
  /** A valid token of Fatima (lokaal team), the material for most attacks. */
  let token: string;
  const sleutel = () => netwerk.tokenOpties.sleutels['lokaal-team'];

  beforeAll(async () => {
    netwerk = await startTestNetwerk('token-aanvallen', 3);
    token = await netwerk.token('lt-fatima');
  });
  afterAll(() => netwerk?.stop());

  test('met een geldig persona-token komen er gegevens (zo kunnen de weigeringen hieronder ook slagen)', async () => {
    expect(await netwerk.vraag('{ __typename }', { token })).toEqual({ status: 200, body: { data: { __typename: 'Query' }, extensions: NIETS_AFGESCHERMD } });
    expect(await netwerk.vraag('{ __typename }', { token: await herteken(token, sleutel()) })).toEqual({ status: 200, body: { data: { __typename: 'Query' }, extensions: NIETS_AFGESCHERMD } });
  });

  test('zonder token', async () => {
    expect(await netwerk.vraag(QUERY)).toEqual(geweigerd('geen bearer-token meegestuurd'));
  });

  test('alg none: een token zonder handtekening', async () => {
    expect(await netwerk.vraag(QUERY, { token: ongetekend(token) })).toEqual(geweigerd('het token is met een niet toegestaan algoritme ondertekend'));
  });

  test('HS/ES-verwarring: HS256 met de publieke sleutel van de uitgever als HMAC-geheim', async () => {
    for (const geheim of publiekeSleutelAlsGeheim(sleutel())) {
      const vals = await herteken(token, geheim, { kop: { alg: 'HS256' } });
      expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('het token is met een niet toegestaan algoritme ondertekend'));
    }
  });

  test('onbekende uitgever', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const vals = await herteken(token, privateKey, { claims: { iss: 'https://idp.onbekend.invalid' } });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('het token komt van een onbekende uitgever'));
  });

  test('organisatie vervalsen: de iss van een andere vertrouwde uitgever, ondertekend door de eigen', async () => {
    const vals = await herteken(token, sleutel(), { claims: { iss: `${netwerk.uitgeverBase}/raad`, organisatie: 'raad' } });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('geen sleutel van de uitgever past bij het token'));
  });

  test('andere audience', async () => {
    const vals = await herteken(token, sleutel(), { claims: { aud: 'een-andere-dienst' } });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('claim aud is ongeldig'));
  });

  test('een kid die de JWKS van de uitgever niet heeft', async () => {
    const vals = await herteken(token, sleutel(), { kop: { kid: 'lokaal-team-2' } });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('geen sleutel van de uitgever past bij het token'));
  });

  test('verlopen token', async () => {
    expect(await netwerk.vraag(QUERY, { token: await netwerk.token('lt-fatima', -120) })).toEqual(geweigerd('het token is verlopen'));
  });

  test('nog niet geldig: nbf verder in de toekomst dan de speling', async () => {
    const vals = await herteken(token, sleutel(), { claims: { nbf: nu() + 120 } });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('claim nbf is ongeldig'));
  });

  test('nog niet geldig: iat in de toekomst', async () => {
    const vals = await herteken(token, sleutel(), { claims: { iat: nu() + 120 } });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('claim iat is ongeldig'));
  });

  test('te oud: uitgegeven meer dan 12 uur geleden, al zegt exp nog geldig', async () => {
    const vals = await herteken(token, sleutel(), { claims: { iat: nu() - 13 * 3600 } });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('het token is te oud'));
  });

  test('vervalste claims: andere persoon en organisatie na ondertekening', async () => {
    const vals = vervalsClaims(await netwerk.token('rvt-pieter'), { iss: `${netwerk.uitgeverBase}/raad`, sub: 'raad-joris', team: 'Raad regio Midden' });
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('de handtekening van het token klopt niet'));
  });

  test('vervalste kop: een veld toegevoegd na ondertekening', async () => {
    expect(await netwerk.vraag(QUERY, { token: vervalsKop(token, { typ: 'at+jwt' }) })).toEqual(geweigerd('de handtekening van het token klopt niet'));
  });

  test('jku, x5u en jwk in de kop wijzen naar de sleutel van de aanvaller: niet gevolgd, niet gebruikt', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const aanvaller = { ...(await exportJWK(publicKey)), kid: sleutel().kid, alg: 'ES256' };
    const lokaas = await startLokaas({ keys: [aanvaller] });
    try {
      const vals = await herteken(token, privateKey, { kop: { jku: lokaas.url, x5u: lokaas.url, jwk: aanvaller } });
      expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('de handtekening van het token klopt niet'));
      expect(lokaas.verzoeken()).toBe(0);
    } finally {
      await lokaas.stop();
    }
  });

  test('een burger-uitgever kan geen professional-token uitgeven', async () => {
    const jwk = netwerk.tokenOpties.sleutels['burger'];
    const vals = await new SignJWT({ team: 'Wijkteam Noord', rol: 'professional' })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setIssuer(`${netwerk.uitgeverBase}/burger`)
      .setSubject('iemand')
      .setAudience('netwerkdossier')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await importJWK(jwk, 'ES256'));
    expect(await netwerk.vraag(QUERY, { token: vals })).toEqual(geweigerd('deze uitgever mag geen tokens voor de rol professional uitgeven'));
  });
});

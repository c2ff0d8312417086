import { demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, maakGrantSleutelpaar, tekenGrant } from '@netwerkdossier/shared';
import { exportJWK, generateKeyPair } from 'jose';

import { herteken, nu, ongetekend, publiekeSleutelAlsGeheim, startLokaas, vervalsClaims, vervalsKop } from '../harness/jwt';
import { GraphQLAntwoord, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const ENTITEITEN = /* GraphQL */ `
  query ($representaties: [_Any!]!) { _entities(representations: $representaties) { ... on Huishouden { meldingen { aard } } } }
`;

/** What the caller of a subgraph sees when the grant is refused: 401, the reason, and no data at all. */
const geweigerd = (reden: string) => ({ status: 401, body: { errors: [{ message: `Geen geldige grant van de gateway: ${reden}`, extensions: { code: 'UNAUTHENTICATED' } }] } });

/** Attacks on a subgraph's check of the gateway's grant: whoever calls Veilig Thuis around the gateway gets nothing. */
describe('grant-aanvallen: een subgraph aanroepen zonder geldige grant levert niets op', () => {
  let netwerk: TestNetwerk;
  const huishouden = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.has('veilig-thuis'))!;
  const variables = { representaties: [{ __typename: 'Huishouden', id: huishouden.id }] };
  const inhoud = { subgraph: 'veilig-thuis', verzoek: { pad: GRAPHQL_PAD, body: { query: ENTITEITEN, variables } }, sub: 'vt-daan', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', doel: 'veiligheidsonderzoek', reikwijdte: [huishouden.id] };
  const grant = (extra: Partial<Parameters<typeof tekenGrant>[1]> = {}) => tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, ...extra });

  beforeAll(async () => {
    netwerk = await startTestNetwerk('grant-aanvallen', 20);
  });
  afterAll(() => netwerk?.stop());

  async function vraagVt(query: string, grant?: string): Promise<GraphQLAntwoord> {
    const res = await fetch(netwerk.subgraphUrls['veilig-thuis'], {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(grant ? { [GRANT_HEADER]: grant } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLAntwoord['body'] };
  }

  const aanvaard = { status: 200, body: { data: { _entities: [{ meldingen: [] }] } } };

  test('een verse grant wordt aanvaard (zo kunnen de weigeringen hieronder ook slagen)', async () => {
    expect(await vraagVt(ENTITEITEN, await grant())).toEqual(aanvaard);
    expect(await vraagVt(ENTITEITEN, await herteken(await grant(), netwerk.grantSleutels.prive))).toEqual(aanvaard);
  });

  test('zonder grant: geen _entities en geen _service', async () => {
    expect(await vraagVt(ENTITEITEN)).toEqual(geweigerd('geen grant meegestuurd'));
    expect(await vraagVt('{ _service { sdl } }')).toEqual(geweigerd('geen grant meegestuurd'));
  });

  test('replay: dezelfde grant een tweede keer geweigerd, een verse weer aanvaard', async () => {
    const eenmaal = await grant();
    expect(await vraagVt(ENTITEITEN, eenmaal)).toEqual(aanvaard);
    expect(await vraagVt(ENTITEITEN, eenmaal)).toEqual(geweigerd('al eerder gebruikt (replay)'));
    expect(await vraagVt(ENTITEITEN, await grant())).toEqual(aanvaard);
  });

  test('alg none: een grant zonder handtekening', async () => {
    expect(await vraagVt(ENTITEITEN, ongetekend(await grant()))).toEqual(geweigerd('niet toegestaan algoritme'));
  });

  test('HS/ES-verwarring: HS256 met de publieke grant-sleutel van de gateway als HMAC-geheim', async () => {
    for (const geheim of publiekeSleutelAlsGeheim(netwerk.grantSleutels.publiek)) {
      expect(await vraagVt(ENTITEITEN, await herteken(await grant(), geheim, { kop: { alg: 'HS256' } }))).toEqual(geweigerd('niet toegestaan algoritme'));
    }
  });

  test('met een andere sleutel ondertekend', async () => {
    const vreemd = await maakGrantSleutelpaar();
    expect(await vraagVt(ENTITEITEN, await tekenGrant(vreemd.prive, inhoud))).toEqual(geweigerd('handtekening of vorm klopt niet'));
  });

  test('andere issuer', async () => {
    expect(await vraagVt(ENTITEITEN, await herteken(await grant(), netwerk.grantSleutels.prive, { claims: { iss: 'een-andere-gateway' } }))).toEqual(geweigerd('claim iss is ongeldig'));
  });

  test('voor een andere subgraph (audience)', async () => {
    expect(await vraagVt(ENTITEITEN, await grant({ subgraph: 'gi' }))).toEqual(geweigerd('claim aud is ongeldig'));
  });

  test('verlopen', async () => {
    expect(await vraagVt(ENTITEITEN, await grant({ geldigheid: -30 }))).toEqual(geweigerd('verlopen'));
  });

  test('nog niet geldig: nbf of iat in de toekomst', async () => {
    expect(await vraagVt(ENTITEITEN, await herteken(await grant(), netwerk.grantSleutels.prive, { claims: { nbf: nu() + 30 } }))).toEqual(geweigerd('claim nbf is ongeldig'));
    expect(await vraagVt(ENTITEITEN, await herteken(await grant(), netwerk.grantSleutels.prive, { claims: { iat: nu() + 30 } }))).toEqual(geweigerd('claim iat is ongeldig'));
  });

  test('te lang geldig: exp te ver vooruit, of iat te lang geleden', async () => {
    expect(await vraagVt(ENTITEITEN, await grant({ geldigheid: 600 }))).toEqual(geweigerd('geldig langer dan 60 seconden'));
    expect(await vraagVt(ENTITEITEN, await herteken(await grant(), netwerk.grantSleutels.prive, { claims: { iat: nu() - 3600 } }))).toEqual(geweigerd('verlopen'));
  });

  test('vervalste claims: ruimere reikwijdte en andere persoon na ondertekening', async () => {
    const ander = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.id !== huishouden.id)!;
    expect(await vraagVt(ENTITEITEN, vervalsClaims(await grant(), { sub: 'gi-sanne', reikwijdte: [huishouden.id, ander.id] }))).toEqual(geweigerd('handtekening of vorm klopt niet'));
  });

  test('vervalste kop: een veld toegevoegd na ondertekening', async () => {
    expect(await vraagVt(ENTITEITEN, vervalsKop(await grant(), { typ: 'at+jwt' }))).toEqual(geweigerd('handtekening of vorm klopt niet'));
  });

  test('jku, x5u en jwk in de kop wijzen naar de sleutel van de aanvaller: niet gevolgd, niet gebruikt', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const aanvaller = { ...(await exportJWK(publicKey)), alg: 'ES256' };
    const lokaas = await startLokaas({ keys: [aanvaller] });
    try {
      const vals = await herteken(await grant(), privateKey, { kop: { jku: lokaas.url, x5u: lokaas.url, jwk: aanvaller } });
      expect(await vraagVt(ENTITEITEN, vals)).toEqual(geweigerd('handtekening of vorm klopt niet'));
      expect(lokaas.verzoeken()).toBe(0);
    } finally {
      await lokaas.stop();
    }
  });
});

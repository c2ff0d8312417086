import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';

/** A raw HTTP answer: what a client (or an attacker's page) gets back. */
async function stuur(url: string, init: RequestInit): Promise<{ status: number; type: string | null; tekst: string }> {
  const res = await fetch(url, init);
  return { status: res.status, type: res.headers.get('content-type'), tekst: await res.text() };
}

const EEN_QUERY = '{ huishoudens(limiet: 1) { id } }';
const CSRF_FOUT = {
  errors: [{
    message: "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n",
    extensions: { code: 'BAD_REQUEST' },
  }],
};

/** The GraphQL surface of a gateway in production mode: what it refuses before any partner is asked. */
describe('het GraphQL-oppervlak van de gateway in productie', () => {
  let netwerk: TestNetwerk;
  let token: string;
  let kop: Record<string, string>;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('oppervlak', 2, [], { productie: true });
    token = await netwerk.token('lt-fatima');
    kop = { authorization: `Bearer ${token}`, doel: 'gezamenlijk-plan' };
  });
  afterAll(() => netwerk?.stop());

  test('introspectie (__schema) wordt geweigerd', async () => {
    const antwoord = await netwerk.vraag('{ __schema { types { name } } }', { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.data).toBeUndefined();
    expect(antwoord.body.errors).toEqual([{
      message: 'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
    }]);
  });

  test('introspectie van één type (__type) wordt geweigerd', async () => {
    const antwoord = await netwerk.vraag('{ __type(name: "Melding") { fields { name } } }', { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.errors?.map((f) => f.extensions?.validationErrorCode)).toEqual(['INTROSPECTION_DISABLED']);
    expect(antwoord.body.data).toBeUndefined();
  });

  test('een fout veldnaam verraadt geen bestaande veldnamen (geen suggesties)', async () => {
    const antwoord = await netwerk.vraag('{ huishoudens { meldinge { aard } } }', { token });
    expect(antwoord.status).toBe(400);
    // graphql-armor's wording, question mark included
    expect(antwoord.body.errors?.map((f) => f.message)).toEqual(['Cannot query field "meldinge" on type "Huishouden". [Suggestion hidden]?']);
  });

  test('een verzoek met meerdere operaties tegelijk (batching) wordt geweigerd', async () => {
    const antwoord = await stuur(netwerk.gatewayUrl, { method: 'POST', headers: { ...kop, 'content-type': 'application/json' }, body: JSON.stringify([{ query: EEN_QUERY }, { query: EEN_QUERY }]) });
    expect(antwoord.status).toBe(400);
    expect(JSON.parse(antwoord.tekst)).toEqual({ errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('de landingspagina (Apollo Sandbox) is er niet: GET /graphql voor een browser geeft geen HTML', async () => {
    const antwoord = await stuur(netwerk.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(antwoord.type).toMatch(/^application\/json/);
    expect(antwoord.tekst).not.toMatch(/<html|apollographql/i);
    expect(antwoord.status).toBe(400);
  });

  test('een GET-query zonder preflight-header (CSRF) wordt geweigerd', async () => {
    const antwoord = await stuur(`${netwerk.gatewayUrl}?query=${encodeURIComponent(EEN_QUERY)}`, { headers: kop });
    expect(antwoord.status).toBe(400);
    expect(JSON.parse(antwoord.tekst)).toEqual(CSRF_FOUT);
  });

  test('een GET-mutatie (CSRF) wordt geweigerd, ook met preflight-header', async () => {
    const mutatie = 'mutation { trekToestemmingIn(id: "00000000-0000-4000-8000-000000000000") { id } }';
    const zonder = await stuur(`${netwerk.gatewayUrl}?query=${encodeURIComponent(mutatie)}`, { headers: kop });
    expect(JSON.parse(zonder.tekst)).toEqual(CSRF_FOUT);
    const met = await stuur(`${netwerk.gatewayUrl}?query=${encodeURIComponent(mutatie)}`, { headers: { ...kop, 'apollo-require-preflight': '1' } });
    expect(met.status).toBe(405);
    expect(JSON.parse(met.tekst)).toMatchObject({ errors: [{ message: 'GET requests only support query operations, not mutation operations', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(EEN_QUERY)}`],
    ['text/plain', JSON.stringify({ query: EEN_QUERY })],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${EEN_QUERY}\r\n--x--\r\n`],
  ])('een formulierpost als %s (CSRF) wordt geweigerd', async (type, body) => {
    const antwoord = await stuur(netwerk.gatewayUrl, { method: 'POST', headers: { ...kop, 'content-type': type }, body });
    expect(antwoord.status).toBe(400);
    expect(JSON.parse(antwoord.tekst)).toEqual(CSRF_FOUT);
  });

  test('een te groot verzoek krijgt 413 met een JSON-fout, geen HTML', async () => {
    const body = JSON.stringify({ query: EEN_QUERY, variables: { opvulling: 'x'.repeat(101 * 1024) } });
    const antwoord = await stuur(netwerk.gatewayUrl, { method: 'POST', headers: { ...kop, 'content-type': 'application/json' }, body });
    expect(antwoord.status).toBe(413);
    expect(antwoord.type).toMatch(/^application\/json/);
    expect(JSON.parse(antwoord.tekst)).toEqual({ errors: [{ message: 'Het verzoek is te groot (hoogstens 100 kB)', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('ongeldige JSON krijgt 400 met een JSON-fout, zonder stack', async () => {
    const antwoord = await stuur(netwerk.gatewayUrl, { method: 'POST', headers: { ...kop, 'content-type': 'application/json' }, body: '{"query": "{ huishoudens { id } }",' });
    expect(antwoord.status).toBe(400);
    expect(antwoord.type).toMatch(/^application\/json/);
    expect(JSON.parse(antwoord.tekst)).toEqual({ errors: [{ message: 'Het verzoek is geen geldige JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('een interne fout toont geen stack of interne melding, wel een referentie', async () => {
    // a partner that fails inside, as its database would say it
    netwerk.vervals('lokaal-team', (tekst) => JSON.stringify({ ...JSON.parse(tekst), errors: [{ message: 'relation "huishouden" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError: relation "huishouden" does not exist', '    at PostgresQueryRunner.query'] } }] }));
    try {
      const antwoord = await netwerk.vraag('{ huishoudens(limiet: 1) { id adres } }', { token });
      expect(antwoord.body.errors).toEqual([{
        message: expect.stringMatching(/^Er ging iets mis in de gateway; noem bij een melding referentie [0-9a-f-]{36}$/),
        extensions: { code: 'INTERNAL_SERVER_ERROR', referentie: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      }]);
      expect(antwoord.body.errors?.[0].message).toContain(antwoord.body.errors?.[0].extensions?.referentie);
    } finally {
      netwerk.vervals('lokaal-team', null);
    }
  });

  test('een fout die een partner geeft, komt met zijn melding maar zonder te zeggen welke service hem gaf', async () => {
    netwerk.vervals('lokaal-team', (tekst) => JSON.stringify({ ...JSON.parse(tekst), errors: [{ message: 'Niet toegestaan voor deze grant', extensions: { code: 'FORBIDDEN' } }] }));
    try {
      const antwoord = await netwerk.vraag('{ huishoudens(limiet: 1) { id adres } }', { token });
      expect(antwoord.body.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([{ message: 'Niet toegestaan voor deze grant', extensions: { code: 'FORBIDDEN' } }]);
      expect(JSON.stringify(antwoord.body)).not.toMatch(/serviceName|lokaal-team|127\.0\.0\.1/);
    } finally {
      netwerk.vervals('lokaal-team', null);
    }
  });

  test('geen antwoord zegt waarop het draait (X-Powered-By), van de gateway noch van een subgraph', async () => {
    const antwoorden = [
      await fetch(netwerk.gatewayUrl, { method: 'POST', headers: { ...kop, 'content-type': 'application/json' }, body: JSON.stringify({ query: EEN_QUERY }) }),
      await fetch(new URL('/gezond', netwerk.gatewayUrl)),
      await fetch(new URL('/bestaat-niet', netwerk.gatewayUrl)),
      ...(await Promise.all(Object.values(netwerk.subgraphUrls).flatMap((url) => [fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: EEN_QUERY }) }), fetch(new URL('/gezond', url))]))),
    ];
    expect(antwoorden.map((a) => `${a.url} ${a.status} ${a.headers.get('x-powered-by')}`)).toEqual(antwoorden.map((a) => `${a.url} ${a.status} null`));
  });

  test('de eigen fouten van de gateway houden hun duidelijke melding', async () => {
    const zonderToken = await netwerk.vraag(EEN_QUERY);
    expect(zonderToken.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(zonderToken.body.errors?.[0].message).not.toMatch(/Er ging iets mis/);
    const teVeel = await netwerk.vraag('{ huishoudens(limiet: 51) { id } }', { token });
    expect(teVeel.body.errors?.[0]).toMatchObject({ message: 'limiet moet tussen 1 en 50 liggen, niet 51', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

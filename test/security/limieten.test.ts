import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';

/** The schema has cycles; the gateway bounds what one request may ask before any partner is asked. */
describe('limieten van de gateway', () => {
  let netwerk: TestNetwerk;
  let token: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('limieten', 2);
    token = await netwerk.token('lt-fatima');
  });
  afterAll(() => netwerk?.stop());

  test('een te diepe query wordt geweigerd, zonder gegevens', async () => {
    const diep = '{ huishoudens { leden { huishouden { leden { huishouden { leden { huishouden { leden { huishouden { id } } } } } } } } } }';
    const antwoord = await netwerk.vraag(diep, { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.data).toBeUndefined();
    expect(antwoord.body.errors?.[0].message).toMatch(/depth/i);
  });

  test('te veel aliassen worden geweigerd', async () => {
    const aliassen = Array.from({ length: 11 }, (_, i) => `a${i}: huishoudens(limiet: 1) { id }`).join(' ');
    const antwoord = await netwerk.vraag(`{ ${aliassen} }`, { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.data).toBeUndefined();
    expect(antwoord.body.errors?.[0].message).toMatch(/aliases/i);
  });

  test('660 aliassen van __typename tellen mee en worden geweigerd', async () => {
    const aliassen = Array.from({ length: 660 }, (_, i) => `t${i}: __typename`).join(' ');
    const antwoord = await netwerk.vraag(`{ ${aliassen} }`, { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body).toEqual({ errors: [expect.objectContaining({ message: 'Syntax Error: Aliases limit of 10 exceeded, found 660.' })], extensions: expect.anything() });
  });

  test('een alias die __typename heet telt ook mee', async () => {
    const aliassen = Array.from({ length: 10 }, (_, i) => `a${i}: huishoudens(limiet: 1) { id }`).join(' ');
    const antwoord = await netwerk.vraag(`{ __typename: huishoudens(limiet: 1) { id } ${aliassen} }`, { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body).toEqual({ errors: [expect.objectContaining({ message: 'Syntax Error: Aliases limit of 10 exceeded, found 11.' })], extensions: expect.anything() });
  });

  test('te veel directives worden geweigerd', async () => {
    const velden = Array.from({ length: 11 }, (_, i) => `${i % 2 ? 'id' : 'adres'} @include(if: true)`).join(' ');
    const antwoord = await netwerk.vraag(`{ huishoudens(limiet: 1) { ${velden} } }`, { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body).toEqual({ errors: [expect.objectContaining({ message: 'Syntax Error: Directives limit of 10 exceeded, found 11.' })], extensions: expect.anything() });
  });

  test('een document van te veel tokens wordt geweigerd voordat het ontleed is', async () => {
    const antwoord = await netwerk.vraag(`{ huishoudens(limiet: 1) { ${Array.from({ length: 2100 }, () => 'id').join(' ')} } }`, { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.data).toBeUndefined();
    expect(antwoord.body.errors).toEqual([{ message: 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', locations: [expect.anything()], extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
  });

  test('een te dure query (fragmenten die de kosten vermenigvuldigen) wordt geweigerd', async () => {
    const fragment = 'fragment F on Huishouden { id adres leden { id rol huishouden { id adres leden { id rol } } } }';
    const antwoord = await netwerk.vraag(`{ huishoudens(limiet: 1) { ${Array.from({ length: 100 }, () => '...F').join(' ')} } } ${fragment}`, { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.data).toBeUndefined();
    expect(antwoord.body.errors?.[0].message).toMatch(/^Syntax Error: Query Cost limit of 5000 exceeded, found \d+(\.\d+)?\.$/);
  });

  test('een fout veldnaam verraadt geen andere veldnamen', async () => {
    const antwoord = await netwerk.vraag('{ huishoudens { meldinge { aard } } }', { token });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  test('één verzoek gaat over hoogstens 50 huishoudens, ook verdeeld over aliassen', async () => {
    const teGroot = await netwerk.vraag('{ huishoudens(limiet: 51) { id } }', { token });
    expect(teGroot.body.errors?.[0]).toMatchObject({ message: 'limiet moet tussen 1 en 50 liggen, niet 51', extensions: { code: 'BAD_USER_INPUT' } });
    expect(teGroot.body.data).toBeUndefined();
    const verdeeld = await netwerk.vraag('{ a: huishoudens(limiet: 30) { id } b: huishoudens(limiet: 30, vanaf: 30) { id } }', { token });
    expect(verdeeld.body.errors?.[0].message).toBe('Eén verzoek gaat over hoogstens 50 huishoudens; dit verzoek vraagt er tot 60');
  });

  test('een gewone netwerkdossier-query blijft binnen de limieten', async () => {
    const antwoord = await netwerk.vraag('{ huishoudens(limiet: 2) { id leden { rol personalia { voornaam } } meldingen { aard } maatregelen { soort } } }', { token });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.errors).toBeUndefined();
  });
});

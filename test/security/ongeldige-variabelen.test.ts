import { SUBGRAPHS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { GraphQLAntwoord, startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { AANTAL, doorbraak, EIGEN, fout, HUISHOUDEN, REDEN, REGISTREER_DOORBRAAK, REGISTREER_TOESTEMMING, toestemming, zonderGevolg } from './registraties';

const SQL = ["'; DROP TABLE toestemming; --", "' OR '1'='1"];
const PAGINA = /* GraphQL */ `query ($l: Int, $v: Int) { huishoudens(limiet: $l, vanaf: $v) { id } }`;

describe('ongeldige variabelen: geweigerd voordat een partner iets gevraagd wordt, en niets verandert', () => {
  let netwerk: TestNetwerk;
  let token: string;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('ongeldige-variabelen', AANTAL);
    token = await netwerk.token('rvt-eva');
  });
  afterAll(() => netwerk?.stop());

  /** The refusal a client sees; no subgraph, the registry included, was asked anything for it. */
  const geweigerd = async (query: string, variables?: Record<string, unknown>) => {
    const gevraagd = () => SUBGRAPHS.map((n) => netwerk.ontvangen(n).length);
    const voor = gevraagd();
    const antwoord = await zonderGevolg(netwerk, () => netwerk.vraag(query, { token, variables }));
    expect(gevraagd()).toEqual(voor);
    expect(antwoord.status).toBeLessThan(500);
    return fout(antwoord);
  };

  test.each<[string, Record<string, unknown>, string]>([
    ['een getal als id', { id: 5 }, 'id is geen geldig pseudoniem: "5"'],
    ['een lijst als id', { id: [EIGEN.id] }, `Variable "$id" got invalid value ["${EIGEN.id}"]; ID cannot represent value: ["${EIGEN.id}"]`],
    ['een object als id', { id: { id: EIGEN.id } }, `Variable "$id" got invalid value { id: "${EIGEN.id}" }; ID cannot represent value: { id: "${EIGEN.id}" }`],
    ['null als verplicht id', { id: null }, 'Variable "$id" of non-null type "ID!" must not be null.'],
    ['een ontbrekend verplicht id', {}, 'Variable "$id" of required type "ID!" was not provided.'],
    ['een id van 100.000 tekens', { id: 'a'.repeat(100_000) }, `id is geen geldig pseudoniem: "${'a'.repeat(40)}"`],
    ['een uuid met iets erachter', { id: `${EIGEN.id}x` }, `id is geen geldig pseudoniem: "${EIGEN.id}x"`],
    ['een uuid zonder streepjes', { id: EIGEN.id.replace(/-/g, '') }, `id is geen geldig pseudoniem: "${EIGEN.id.replace(/-/g, '')}"`],
    ['een leeg id', { id: '' }, 'id is geen geldig pseudoniem: ""'],
    ...SQL.map((s): [string, Record<string, unknown>, string] => [`SQL als id: ${s}`, { id: s }, `id is geen geldig pseudoniem: "${s}"`]),
  ])('huishouden(id) met %s', async (_naam, variables, bericht) => {
    expect(await geweigerd(HUISHOUDEN, variables)).toEqual({ message: bericht, code: 'BAD_USER_INPUT' });
  });

  test('een uuid in hoofdletters is hetzelfde pseudoniem: het antwoord noemt het zoals het register', async () => {
    const antwoord = await netwerk.vraag(HUISHOUDEN, { token, variables: { id: EIGEN.id.toUpperCase() } });
    expect(antwoord.body.errors).toBeUndefined();
    expect(antwoord.body.data).toEqual({ huishouden: { id: EIGEN.id, leden: expect.any(Array) } });
  });

  test.each([
    ['tekst als limiet', { l: 'veel' }, 'Variable "$l" got invalid value "veel"; Int cannot represent non-integer value: "veel"'],
    ['een breuk als limiet', { l: 1.5 }, 'Variable "$l" got invalid value 1.5; Int cannot represent non-integer value: 1.5'],
    ['een lijst als limiet', { l: [5] }, 'Variable "$l" got invalid value [5]; Int cannot represent non-integer value: [5]'],
    ['een te grote limiet', { l: 51 }, 'limiet moet tussen 1 en 50 liggen, niet 51'],
    ['limiet 0', { l: 0 }, 'limiet moet tussen 1 en 50 liggen, niet 0'],
    ['SQL als vanaf', { l: 5, v: SQL[1] }, `Variable "$v" got invalid value "${SQL[1]}"; Int cannot represent non-integer value: "${SQL[1]}"`],
  ])('huishoudens(limiet, vanaf) met %s', async (_naam, variables, bericht) => {
    expect(await geweigerd(PAGINA, variables)).toEqual({ message: bericht, code: 'BAD_USER_INPUT' });
  });

  test.each([
    ['tekst als uren', { uren: 'veel' }, 'Variable "$i" got invalid value "veel" at "i.uren"; Int cannot represent non-integer value: "veel"'],
    ['NaN als uren', { uren: 'NaN' }, 'Variable "$i" got invalid value "NaN" at "i.uren"; Int cannot represent non-integer value: "NaN"'],
    ['een te groot getal als uren', { uren: 1e10 }, 'Variable "$i" got invalid value 10000000000 at "i.uren"; Int cannot represent non 32-bit signed integer value: 10000000000'],
    ['een getal als reden', { reden: 5 }, 'Variable "$i" got invalid value 5 at "i.reden"; String cannot represent a non string value: 5'],
    ['een ontbrekende reden', { reden: undefined }, 'Variable "$i" got invalid value { huishouden: "' + EIGEN.id + '", personen: ["' + EIGEN.leden[0].id + '"], categorieen: ["hulpverlening"], uren: 1 }; Field "reden" of required type "String!" was not provided.'],
  ])('registreerDoorbraak met %s', async (_naam, wijzig, bericht) => {
    expect(await geweigerd(REGISTREER_DOORBRAAK, { i: doorbraak(wijzig) })).toEqual({ message: bericht, code: 'BAD_USER_INPUT' });
  });

  /** JSON.stringify itself overflows on such values: the body is written as text. */
  const diepGenest = async (query: string, variabelen: string) => {
    const gevraagd = () => SUBGRAPHS.map((n) => netwerk.ontvangen(n).length);
    const voor = gevraagd();
    const antwoord = await zonderGevolg(netwerk, async () => {
      const res = await fetch(netwerk.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: 'gezamenlijk-plan' },
        body: `{"query":${JSON.stringify(query)},"variables":${variabelen}}`,
      });
      return { status: res.status, body: (await res.json()) as GraphQLAntwoord['body'] };
    });
    expect(gevraagd()).toEqual(voor);
    return antwoord;
  };
  const teDiep = (veld: string) => ({ message: `${veld} is te diep genest: een variabele heeft hoogstens 16 niveaus van lijsten en objecten`, code: 'BAD_USER_INPUT' });
  const lijsten = (n: number) => `${'['.repeat(n)}"x"${']'.repeat(n)}`;
  const objecten = (n: number) => `${'{"a":'.repeat(n)}"x"${'}'.repeat(n)}`;

  test.each([
    ['40.000 lijsten in een id', HUISHOUDEN, `{"id":${lijsten(40_000)}}`, teDiep(`$id${'[0]'.repeat(16)}`)],
    ['15.000 objecten in een variabele die de operatie niet gebruikt', HUISHOUDEN, `{"id":"${EIGEN.id}","x":${objecten(15_000)}}`, teDiep(`$x${'.a'.repeat(16)}`)],
    ['15.000 objecten in de invoer van een registratie', REGISTREER_TOESTEMMING, `{"i":${objecten(15_000)}}`, teDiep(`$i${'.a'.repeat(16)}`)],
    ['17 lijsten in een id', HUISHOUDEN, `{"id":${lijsten(17)}}`, teDiep(`$id${'[0]'.repeat(16)}`)],
  ])('diep geneste variabelen (%s): 400 BAD_USER_INPUT, nooit een stack overflow', async (_naam, query, variabelen, verwacht) => {
    const antwoord = await diepGenest(query, variabelen);
    expect(antwoord.status).toBe(400);
    expect(fout(antwoord)).toEqual(verwacht);
  });

  test('16 lijsten in een id: niet te diep, gewoon een ongeldig id', async () => {
    const antwoord = await diepGenest(HUISHOUDEN, `{"id":${lijsten(16)}}`);
    expect(fout(antwoord)).toEqual({ message: 'Variable "$id" got invalid value [[[Array]]]; ID cannot represent value: [[[Array]]]', code: 'BAD_USER_INPUT' });
  });

  test('een reden van 1 MB: het verzoek is te groot en wordt niet gelezen', async () => {
    const voor = await netwerk.rijen();
    const antwoord = await fetch(netwerk.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: 'gezamenlijk-plan' },
      body: JSON.stringify({ query: REGISTREER_DOORBRAAK, variables: { i: doorbraak({ reden: `${REDEN} ${'x'.repeat(1_000_000)}` }) } }),
    });
    expect(antwoord.status).toBe(413);
    expect(await netwerk.rijen()).toEqual(voor);
    expect(netwerk.ontvangen('netwerk').some((v) => JSON.stringify(v).includes('x'.repeat(1000)))).toBe(false);
  });

  describe.each(SQL)('SQL in elk argument (%s): als gegeven behandeld', (sql) => {
    const bezwaar = (wat: string, bericht: string) => ({ message: `${wat}: ${bericht}`, code: 'BAD_USER_INPUT' });
    test.each([
      ['persoon', { persoon: sql }, { message: `persoon is geen geldig pseudoniem: "${sql}"`, code: 'BAD_USER_INPUT' }],
      ['gegevenDoor', { gegevenDoor: [sql] }, bezwaar('Toestemming niet geregistreerd', 'toestemming geeft alleen de persoon zelf of iemand met gezag over de persoon')],
      ['categorieen', { categorieen: [sql] }, bezwaar('Toestemming niet geregistreerd', `onbekende categorie "${sql}"`)],
      ['doel', { doel: sql }, bezwaar('Toestemming niet geregistreerd', `"${sql}" is geen doel (kleine letters en streepjes, zoals gezamenlijk-plan)`)],
      ['geldigVanaf', { geldigVanaf: sql }, bezwaar('Toestemming niet geregistreerd', `geldigVanaf "${sql}" is geen datum (JJJJ-MM-DD, tussen 2000 en 2099)`)],
      ['geldigTot', { geldigTot: sql }, bezwaar('Toestemming niet geregistreerd', 'geldigTot is geen datum na geldigVanaf')],
    ])('registreerToestemming: %s geweigerd', async (_veld, wijzig, verwacht) => {
      const antwoord = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_TOESTEMMING, { token, variables: { i: toestemming(wijzig) } }));
      expect(fout(antwoord)).toEqual(verwacht);
    });

    test.each([
      ['huishouden', { huishouden: sql }, { message: `huishouden is geen geldig pseudoniem: "${sql}"`, code: 'BAD_USER_INPUT' }],
      ['personen', { personen: [sql] }, { message: `personen is geen geldig pseudoniem: "${sql}"`, code: 'BAD_USER_INPUT' }],
      ['categorieen', { categorieen: [sql] }, bezwaar('Doorbraak geweigerd', `onbekende categorie "${sql}"`)],
    ])('registreerDoorbraak: %s geweigerd', async (_veld, wijzig, verwacht) => {
      const antwoord = await zonderGevolg(netwerk, () => netwerk.vraag(REGISTREER_DOORBRAAK, { token, variables: { i: doorbraak(wijzig) } }));
      expect(fout(antwoord)).toEqual(verwacht);
    });

    test('trekToestemmingIn(id) geweigerd', async () => {
      const antwoord = await zonderGevolg(netwerk, () => netwerk.vraag('mutation ($id: ID!) { trekToestemmingIn(id: $id) { id } }', { token, variables: { id: sql } }));
      expect(fout(antwoord)).toEqual({ message: `id is geen geldig pseudoniem: "${sql}"`, code: 'BAD_USER_INPUT' });
    });

    test('in vrije tekst (bewijs, ontvangerTeam, ontvangerProfessional, reden) letterlijk opgeslagen, en verder verandert niets', async () => {
      const voor = await netwerk.rijen();
      const t = await netwerk.vraag(REGISTREER_TOESTEMMING, { token, variables: { i: toestemming({ bewijs: sql, ontvangerTeam: sql, ontvangerProfessional: sql }) } });
      expect(t.body.errors).toBeUndefined();
      const d = await netwerk.vraag(REGISTREER_DOORBRAAK, { token, variables: { i: doorbraak({ reden: `${REDEN} ${sql}` }) } });
      expect(d.body.errors).toBeUndefined();
      const { id } = (t.body.data as { registreerToestemming: { id: string } }).registreerToestemming;
      const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
      await db.connect();
      const { rows } = await db.query('SELECT bewijs, ontvanger_team, ontvanger_professional FROM toestemming WHERE id = $1', [id]);
      const redenen = await db.query('SELECT reden FROM doorbraak WHERE reden = $1', [`${REDEN} ${sql}`]);
      await db.end();
      expect(rows).toEqual([{ bewijs: sql, ontvanger_team: sql, ontvanger_professional: sql }]);
      expect(redenen.rowCount).toBe(1);
      // one consent, one doorbraak, and each registration's toegangslog record: nothing dropped, nothing else
      expect(await netwerk.rijen()).toEqual({ ...voor, toestemming: voor.toestemming + 1, doorbraak: voor.doorbraak + 1, toegangslog: voor.toegangslog + 2 });
    });
  });
});

import { Besluiten, bit, demoHuishouden, GRANT_HEADER, GRANT_MAX_BYTES, GRAPHQL_PAD, tekenGrant } from '@netwerkdossier/shared';

import { GraphQLAntwoord, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const ENTITEITEN = /* GraphQL */ `
  query ($representaties: [_Any!]!) { _entities(representations: $representaties) { ... on Huishouden { meldingen { aard melder { naam } } } } }
`;

/** What a subgraph answers under a valid grant: only what its decisions allow (the attacks on it: test/security/grant-aanvallen). */
describe('grants: een subgraph geeft alleen wat de grant toestaat', () => {
  let netwerk: TestNetwerk;
  let vtUrl: string;
  const huishouden = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.has('veilig-thuis'))!;
  const variables = { representaties: [{ __typename: 'Huishouden', id: huishouden.id }] };
  // the household's veiligheid may be seen, nothing else (so not the melder)
  const veiligheid: Besluiten = { huishoudens: new Map([[huishouden.id, { zichtbaar: bit('veiligheid'), geanonimiseerd: 0 }]]), personen: new Map() };
  const inhoud = { subgraph: 'veilig-thuis', verzoek: { pad: GRAPHQL_PAD, body: { query: ENTITEITEN, variables } }, sub: 'vt-daan', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', doel: 'veiligheidsonderzoek', reikwijdte: [huishouden.id], besluiten: veiligheid };

  beforeAll(async () => {
    netwerk = await startTestNetwerk('grant', 20);
    vtUrl = netwerk.subgraphUrls['veilig-thuis'];
  });
  afterAll(() => netwerk?.stop());

  async function vraagVt(query: string, grant?: string): Promise<GraphQLAntwoord> {
    const res = await fetch(vtUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(grant ? { [GRANT_HEADER]: grant } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLAntwoord['body'] };
  }

  test('met een geldige grant antwoordt de subgraph (zo kan deze test ook slagen)', async () => {
    const antwoord = await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, inhoud));
    expect(antwoord.status).toBe(200);
    const meldingen = (antwoord.body.data as { _entities: Array<{ meldingen: Array<{ aard: string; melder: unknown }> }> })._entities[0].meldingen;
    expect(meldingen.length).toBeGreaterThan(0);
    // the melder's category is not in the grant: the subgraph withholds it itself
    expect(meldingen.every((m) => typeof m.aard === 'string' && m.melder === null)).toBe(true);
  });

  test('een geldige grant zonder de categorie, of zonder besluiten: niets van de inhoud', async () => {
    const anders: Besluiten = { huishoudens: new Map([[huishouden.id, { zichtbaar: bit('hulpverlening'), geanonimiseerd: 0 }]]), personen: new Map() };
    expect(await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, besluiten: anders }))).toEqual({ status: 200, body: { data: { _entities: [{ meldingen: [] }] } } });
    expect(await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, besluiten: undefined }))).toEqual({ status: 200, body: { data: { _entities: [{ meldingen: [] }] } } });
  });

  test('per persoon: de subgraph geeft alleen wat de grant voor die persoon toestaat, ook via _entities', async () => {
    const lt = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.has('lokaal-team') && h.leden.length >= 2)!;
    const [wel, niet] = lt.leden;
    const besluiten: Besluiten = {
      huishoudens: new Map([[lt.id, { zichtbaar: 0, geanonimiseerd: 0 }]]),
      personen: new Map([[wel.id, { zichtbaar: bit('pseudoniem') | bit('identificatie'), geanonimiseerd: 0 }], [niet.id, { zichtbaar: bit('pseudoniem') | bit('gezondheid'), geanonimiseerd: 0 }]]),
    };
    const body = {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id personalia { voornaam } } ... on Huishouden { adres gezinsplan { vastgesteldOp } } } }',
      variables: { r: [{ __typename: 'Persoon', id: wel.id }, { __typename: 'Persoon', id: niet.id }, { __typename: 'Huishouden', id: lt.id }] },
    };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, subgraph: 'lokaal-team', verzoek: { pad: GRAPHQL_PAD, body }, reikwijdte: [lt.id], besluiten });
    const res = await fetch(netwerk.subgraphUrls['lokaal-team'], { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
    expect(await res.json()).toEqual({ data: { _entities: [{ id: wel.id, personalia: { voornaam: wel.voornaam } }, { id: niet.id, personalia: null }, { adres: null, gezinsplan: null }] } });
  });

  test('een grant voor een pagina van 50 huishoudens met hun leden past ruim in de headers van een subgraph', async () => {
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const besluiten: Besluiten = { huishoudens: new Map(), personen: new Map() };
    // the worst case for size: every subject its own masks, so no grouping helps
    for (let h = 0; h < 50; h++) {
      besluiten.huishoudens.set(id(h * 10), { zichtbaar: h, geanonimiseerd: 0 });
      for (let p = 1; p <= 6; p++) besluiten.personen.set(id(h * 10 + p), { zichtbaar: h * 7 + p, geanonimiseerd: 1 << 11 });
    }
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, reikwijdte: [...besluiten.huishoudens.keys()], besluiten });
    expect(Buffer.byteLength(grant)).toBeLessThan(GRANT_MAX_BYTES / 2);
    expect((await vraagVt(ENTITEITEN, grant)).status).toBe(200);
  });

  test('geanonimiseerd: tekst geschoond, een datum of id (die kan identificeren) afgeschermd', async () => {
    const h = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((x) => x.toestemmingen.length > 0)!;
    const persoon = h.toestemmingen[0].persoon;
    const besluiten: Besluiten = { huishoudens: new Map([[h.id, { zichtbaar: 0, geanonimiseerd: 0 }]]), personen: new Map([[persoon, { zichtbaar: bit('pseudoniem'), geanonimiseerd: bit('grondslag') }]]) };
    const verzoek = { query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { toestemmingen { doel bewijs geldigVanaf gegevenDoor } } } }', variables: { r: [{ __typename: 'Persoon', id: persoon }] } };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, subgraph: 'netwerk', verzoek: { pad: GRAPHQL_PAD, body: verzoek }, reikwijdte: [h.id], besluiten });
    const res = await fetch(netwerk.subgraphUrls.netwerk, { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(verzoek) });
    const body = (await res.json()) as { data: { _entities: Array<{ toestemmingen: Array<{ doel: string; bewijs: string; geldigVanaf: string; gegevenDoor: string[] }> }> } };
    const [t] = body.data._entities[0].toestemmingen;
    expect(t.doel).toBe('gezamenlijk-plan');
    expect(t.geldigVanaf).toBe('[datum]');
    expect(t.gegevenDoor).toEqual([]);
  });

  test('een huishouden buiten de reikwijdte van de grant: niets', async () => {
    const ander = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.id !== huishouden.id)!;
    const antwoord = await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, reikwijdte: [ander.id] }));
    expect(antwoord).toEqual({ status: 200, body: { data: { _entities: [null] } } });
    const zonder = await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, reikwijdte: undefined }));
    expect(zonder).toEqual({ status: 200, body: { data: { _entities: [null] } } });
  });
});

import { maakGrantSleutelpaar, tekenGrant } from '@netwerkdossier/gateway';
import { demoHuishouden, GRANT_HEADER } from '@netwerkdossier/shared';

import { GraphQLAntwoord, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const ENTITEITEN = /* GraphQL */ `
  query ($representaties: [_Any!]!) { _entities(representations: $representaties) { ... on Huishouden { meldingen { aard melder { naam } } } } }
`;

/** A subgraph answers nothing that does not come with a fresh grant from the gateway, addressed to it. */
describe('grants: een subgraph rechtstreeks aanroepen levert geen dossiergegevens op', () => {
  let netwerk: TestNetwerk;
  let vtUrl: string;
  const huishouden = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.has('veilig-thuis'))!;
  const variables = { representaties: [{ __typename: 'Huishouden', id: huishouden.id }] };
  const inhoud = { subgraph: 'veilig-thuis', sub: 'vt-daan', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional', doel: 'veiligheidsonderzoek', reikwijdte: [huishouden.id] };

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

  const geweigerd = (reden: string) => ({ status: 401, body: { errors: [{ message: `Geen geldige grant van de gateway: ${reden}`, extensions: { code: 'UNAUTHENTICATED' } }] } });

  test('met een geldige grant antwoordt de subgraph (zo kan deze test ook slagen)', async () => {
    const antwoord = await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, inhoud));
    expect(antwoord.status).toBe(200);
    expect((antwoord.body.data as { _entities: Array<{ meldingen: unknown[] }> })._entities[0].meldingen.length).toBeGreaterThan(0);
  });

  test('een huishouden buiten de reikwijdte van de grant: niets', async () => {
    const ander = Array.from({ length: 20 }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.id !== huishouden.id)!;
    const antwoord = await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, reikwijdte: [ander.id] }));
    expect(antwoord).toEqual({ status: 200, body: { data: { _entities: [null] } } });
    const zonder = await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, reikwijdte: undefined }));
    expect(zonder).toEqual({ status: 200, body: { data: { _entities: [null] } } });
  });

  test('zonder grant: geen _entities en geen _service', async () => {
    expect(await vraagVt(ENTITEITEN)).toEqual(geweigerd('geen grant meegestuurd'));
    expect(await vraagVt('{ _service { sdl } }')).toEqual(geweigerd('geen grant meegestuurd'));
  });

  test('een hergebruikte grant wordt geweigerd', async () => {
    const grant = await tekenGrant(netwerk.grantSleutels.prive, inhoud);
    expect((await vraagVt(ENTITEITEN, grant)).status).toBe(200);
    expect(await vraagVt(ENTITEITEN, grant)).toEqual(geweigerd('al eerder gebruikt (replay)'));
  });

  test('een verlopen grant wordt geweigerd', async () => {
    expect(await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, geldigheid: -30 }))).toEqual(geweigerd('verlopen'));
  });

  test('een grant voor een andere subgraph wordt geweigerd', async () => {
    expect(await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, subgraph: 'gi' }))).toEqual(geweigerd('claim aud is ongeldig'));
  });

  test('een grant die te lang geldig is wordt geweigerd', async () => {
    expect(await vraagVt(ENTITEITEN, await tekenGrant(netwerk.grantSleutels.prive, { ...inhoud, geldigheid: 600 }))).toEqual(geweigerd('geldig langer dan 60 seconden'));
  });

  test('een grant met een andere sleutel ondertekend wordt geweigerd', async () => {
    const vreemd = await maakGrantSleutelpaar();
    expect(await vraagVt(ENTITEITEN, await tekenGrant(vreemd.prive, inhoud))).toEqual(geweigerd('handtekening of vorm klopt niet'));
  });
});

import { Besluiten, bit, demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, tekenGrant } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { duoMetWeigeraar, uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 27;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const { huishouden: weigering, weigeraar } = duoMetWeigeraar(TEST_SEED, AANTAL);

interface Versie { nummer: number; vastgesteldOp: string; omschrijving: string }
interface Afgeschermd { pad: string; persoon: string | null; categorie: string | null; partner: string | null; reden: string; regel: string }
const VERSIES = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { gezinsplan { vastgesteldOp versies { nummer vastgesteldOp omschrijving } doelen { omschrijving } } } }`;
const PSEUDONIEM = { zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 };
const HULP = { zichtbaar: bit('pseudoniem') | bit('hulpverlening'), geanonimiseerd: 0 };

/** The gezinsplan's versies: about the household as a whole, like the plan's own date; decided like any field, in each layer. */
describe('versies van het gezinsplan', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('versies', AANTAL);
    db = new Client({ connectionString: netwerk.databaseUrls['lokaal-team'] });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
  });

  /** The versies as the lokaal team keeps them, in its own database: the truth the answers are held to. */
  const opgeslagen = async (huishouden: string): Promise<Versie[]> => (await db.query<Versie>(
    `SELECT v.nummer, v.vastgesteld_op::text AS "vastgesteldOp", v.omschrijving FROM gezinsplan_versie v
       JOIN gezinsplan g ON g.id = v.gezinsplan_id JOIN dossier d ON d.id = g.dossier_id WHERE d.huishouden_id = $1 ORDER BY v.nummer`, [huishouden])).rows;

  test('wie de hulpverlening van het huishouden mag zien, krijgt elke versie, de eerste eerst, de laatste op de datum van het plan', async () => {
    // the first household whose lokaal-team professional sees the plan's own date: the same category, about the same subject
    let gevonden: { id: string; plan: { vastgesteldOp: string; versies: Versie[] }; afgeschermd: Afgeschermd[] } | undefined;
    for (const h of wereld) {
      const lokaal = h.betrokkenheden.find((b) => b.organisatie === 'lokaal-team' && b.vorm === 'duo');
      if (!lokaal || gevonden) continue;
      const antwoord = await netwerk.vraag(VERSIES, { token: await netwerk.token(lokaal.professional), variables: { id: h.id } });
      expect(antwoord.body.errors).toBeUndefined();
      const plan = (antwoord.body.data as { huishouden: { gezinsplan?: { vastgesteldOp?: string; versies?: Versie[] } | null } | null }).huishouden?.gezinsplan;
      if (plan?.vastgesteldOp && /^\d{4}-\d{2}-\d{2}$/.test(plan.vastgesteldOp)) gevonden = { id: h.id, plan: plan as { vastgesteldOp: string; versies: Versie[] }, afgeschermd: (antwoord.body.extensions?.afgeschermd ?? []) as Afgeschermd[] };
    }
    const { id, plan, afgeschermd } = uitDeTestwereld(gevonden, 'huishouden waarin het lokaal team het gezinsplan ziet');
    const waarheid = await opgeslagen(id);
    expect(waarheid.length).toBeGreaterThanOrEqual(2);
    expect(plan.versies).toEqual(waarheid);
    expect(plan.versies.map((v) => v.nummer)).toEqual(waarheid.map((_, i) => i + 1));
    expect(plan.versies.map((v) => v.vastgesteldOp)).toEqual([...plan.versies.map((v) => v.vastgesteldOp)].sort());
    expect(plan.versies.at(-1)!.vastgesteldOp).toBe(plan.vastgesteldOp);
    expect(afgeschermd.filter((a) => a.pad.startsWith('huishouden.gezinsplan.versies'))).toEqual([]);
  });

  test('wie haar niet mag zien (één volwassene stemde niet in): de versies afgeschermd met een reden, niet eens gevraagd; de doelen beslissen zelf', async () => {
    const waarheid = await opgeslagen(weigering.id);
    expect(waarheid.length).toBeGreaterThanOrEqual(2);
    const voor = netwerk.ontvangen('lokaal-team').length;
    const antwoord = await netwerk.vraag(VERSIES, { token: await netwerk.token('rvt-eva'), variables: { id: weigering.id } });
    expect(antwoord.body.errors).toBeUndefined();
    const plan = (antwoord.body.data as { huishouden: { gezinsplan: Record<string, unknown> } }).huishouden.gezinsplan;
    // the carrier stays open for the doelen about the others; the plan's own fields are withheld
    expect(plan).toEqual({ doelen: expect.any(Array) });
    const items = (antwoord.body.extensions?.afgeschermd as Afgeschermd[]).filter((a) => a.pad === 'huishouden.gezinsplan.versies');
    expect(items).toContainEqual({ pad: 'huishouden.gezinsplan.versies', persoon: weigeraar.id, categorie: 'hulpverlening', partner: 'lokaal-team', reden: 'Toestemming ontbreekt.', regel: 'matrix/hulpverlening/duo' });
    // what may not be seen never left the lokaal team
    const gevraagd = netwerk.ontvangen('lokaal-team').slice(voor).join('\n');
    expect(gevraagd).toContain('doelen');
    expect(gevraagd).not.toContain('versies');
    for (const v of waarheid) expect(JSON.stringify(antwoord.body)).not.toContain(v.omschrijving);
  });

  /** The lokaal team's subgraph asked directly, with a grant the test signs (the gateway's key). */
  const subgraph = async (besluiten: Besluiten): Promise<{ versies: Versie[] } | null> => {
    const body = { query: /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Huishouden { gezinsplan { versies { nummer vastgesteldOp omschrijving } } } } }`, variables: { r: [{ __typename: 'Huishouden', id: weigering.id }] } };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'lokaal-team', verzoek: { pad: GRAPHQL_PAD, body }, sub: 'rvt-eva', organisatie: 'veilig-thuis', team: 'rvt', rol: 'professional', doel: 'gezamenlijk-plan', reikwijdte: [weigering.id], besluiten });
    const res = await fetch(netwerk.subgraphUrls['lokaal-team'], { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
    const antwoord = (await res.json()) as { data: { _entities: Array<{ gezinsplan: { versies: Versie[] } | null }> }; errors?: unknown };
    expect(antwoord.errors).toBeUndefined();
    return antwoord.data._entities[0].gezinsplan;
  };

  test('de subgraph zelf: de versies alleen waar de grant de hulpverlening van het huishouden toestaat', async () => {
    const waarheid = await opgeslagen(weigering.id);
    const personen = new Map(weigering.leden.map((p) => [p.id, HULP]));
    const deels = new Map([[weigering.id, HULP]]);
    expect(await subgraph({ huishoudens: new Map([[weigering.id, HULP]]), personen, deels })).toEqual({ versies: waarheid });
    // the plan opened for the parts (`deels`), the household's own hulpverlening not: no versie leaves the partner
    expect(await subgraph({ huishoudens: new Map([[weigering.id, PSEUDONIEM]]), personen, deels })).toEqual({ versies: [] });
  });
});

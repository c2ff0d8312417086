import { CATEGORIEEN, demoHuishouden, DemoHuishouden, GRANT_HEADER, GRAPHQL_PAD, laadBeleid, STANDAARD_POLICIES, tekenGrant } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { MET_VERANTWOORDING, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 40;

const NETWERKDOSSIER = /* GraphQL */ `
  query Netwerkdossier($id: ID!) {
    huishouden(id: $id) {
      id
      adres
      leden { id rol geboortejaar personalia { voornaam achternaam } gezaghebbenden { id } }
      betrokkenheden { organisatie vorm regiehouder professional }
      gezinsplan { doelen { omschrijving } }
      meldingen { aard }
      onderzoeken { grondslag }
      maatregelen { soort uitspraakkenmerk betreft { id } }
      beschermingsonderzoeken { onderzoeker verzoekenTotToetsing { toets { uitgevoerdDoor } } }
    }
  }
`;

interface Dossier {
  id: string;
  adres: string | null;
  leden: Array<{ id: string; rol: string; geboortejaar: number; personalia: { voornaam: string; achternaam: string } | null; gezaghebbenden: Array<{ id: string }> }>;
  betrokkenheden: Array<{ organisatie: string; vorm: string; regiehouder: boolean; professional: string }>;
  gezinsplan: { doelen: Array<{ omschrijving: string }> } | null;
  meldingen: Array<{ aard: string }>;
  onderzoeken: Array<{ grondslag: string }>;
  maatregelen: Array<{ soort: string; uitspraakkenmerk: string; betreft: { id: string } | null }>;
  beschermingsonderzoeken: Array<{ onderzoeker: string; verzoekenTotToetsing: Array<{ toets: { uitgevoerdDoor: string } | null }> }>;
}

function eersteHuishouden(voorwaarde: (h: DemoHuishouden) => boolean): DemoHuishouden {
  for (let i = 0; i < AANTAL; i++) {
    const h = demoHuishouden(TEST_SEED, i);
    if (voorwaarde(h)) return h;
  }
  throw new Error('De testwereld heeft zo\'n huishouden niet: kies een grotere AANTAL');
}

async function wijzig(url: string, sql: string, parameters: unknown[]): Promise<number> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(sql, parameters)).rowCount ?? 0;
  } finally {
    await db.end();
  }
}

describe('het netwerkdossier van één huishouden', () => {
  let netwerk: TestNetwerk;
  const bijAllen = eersteHuishouden((h) => h.bekendBij.size === 4);
  const alleenLokaalTeam = eersteHuishouden((h) => h.bekendBij.size === 1 && h.bekendBij.has('lokaal-team'));

  beforeAll(async () => {
    netwerk = await startTestNetwerk('netwerkdossier', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  // the jeugdbeschermer of a maatregel: statutory basis (the court's decision) for most of the household
  const jeugdbeschermer = bijAllen.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;

  async function dossier(id: string): Promise<Dossier> {
    const antwoord = await netwerk.vraag(NETWERKDOSSIER, { token: await netwerk.token(jeugdbeschermer), variables: { id }, doel: 'uitvoering-maatregel' });
    expect(antwoord.body.errors).toBeUndefined();
    expect(antwoord.status).toBe(200);
    return (antwoord.body.data as { huishouden: Dossier }).huishouden;
  }

  test('één query brengt het register en de delen van alle vier partners samen', async () => {
    const d = await dossier(bijAllen.id);
    expect(d.id).toBe(bijAllen.id);
    expect(d.adres).toBe(bijAllen.adres);
    expect(new Set(d.leden.map((l) => l.id))).toEqual(new Set(bijAllen.leden.map((l) => l.id)));
    for (const lid of d.leden) {
      const demo = bijAllen.leden.find((p) => p.id === lid.id)!;
      expect(lid).toMatchObject({ rol: demo.rol.replace('-', '_'), geboortejaar: demo.geboortejaar, personalia: { voornaam: demo.voornaam, achternaam: demo.achternaam } });
      expect(lid.gezaghebbenden.map((g) => g.id).sort()).toEqual(bijAllen.gezag.filter((g) => g.kind === lid.id).map((g) => g.gezaghebbende).sort());
    }
    expect(d.betrokkenheden.map((b) => b.professional).sort()).toEqual(bijAllen.betrokkenheden.map((b) => b.professional).sort());
    expect(d.gezinsplan?.doelen.length).toBeGreaterThan(0);
    expect(d.meldingen.length).toBeGreaterThan(0);
    expect(d.maatregelen.length).toBeGreaterThan(0);
    expect(d.maatregelen.every((m) => bijAllen.leden.some((l) => l.id === m.betreft?.id && l.rol === 'kind'))).toBe(true);
    expect(d.beschermingsonderzoeken.length).toBeGreaterThan(0);
  });

  test('elke subgraph antwoordt uit zijn eigen database', async () => {
    const urls = netwerk.databaseUrls;
    const kind = bijAllen.leden.find((l) => l.rol === 'kind')!;
    const viaDossier = (tabel: string, kolom: string) =>
      `UPDATE ${tabel} SET ${kolom} = $2 WHERE dossier_id = (SELECT id FROM dossier WHERE huishouden_id = $1)`;
    expect(await wijzig(urls['netwerk'], 'UPDATE persoon SET geboortejaar = $2 WHERE id = $1', [kind.id, 1901])).toBe(1);
    expect(await wijzig(urls['lokaal-team'], 'UPDATE adres SET adres = $2 WHERE dossier_id = (SELECT id FROM dossier WHERE huishouden_id = $1)', [bijAllen.id, 'Gewijzigd in de lokaal-team-database 1'])).toBe(1);
    expect(await wijzig(urls['veilig-thuis'], viaDossier('melding', 'aard'), [bijAllen.id, 'gewijzigd in de VT-database'])).toBeGreaterThan(0);
    expect(await wijzig(urls['gi'], viaDossier('maatregel', 'uitspraakkenmerk'), [bijAllen.id, 'gewijzigd in de GI-database'])).toBeGreaterThan(0);
    expect(await wijzig(urls['raad'], viaDossier('beschermingsonderzoek', 'onderzoeker'), [bijAllen.id, 'gewijzigd-in-raad-database'])).toBeGreaterThan(0);

    const d = await dossier(bijAllen.id);
    expect(d.leden.find((l) => l.id === kind.id)?.geboortejaar).toBe(1901);
    expect(d.adres).toBe('Gewijzigd in de lokaal-team-database 1');
    expect(new Set(d.meldingen.map((m) => m.aard))).toEqual(new Set(['gewijzigd in de VT-database']));
    expect(new Set(d.maatregelen.map((m) => m.uitspraakkenmerk))).toEqual(new Set(['gewijzigd in de GI-database']));
    expect(new Set(d.beschermingsonderzoeken.map((b) => b.onderzoeker))).toEqual(new Set(['gewijzigd-in-raad-database']));
  });

  test('een partner die het huishouden niet kent, levert er niets over, ook als de grant alles opent', async () => {
    // decisions that open every category for the household and each member: only not knowing it can leave the answer empty
    const alles = { zichtbaar: (1 << CATEGORIEEN.length) - 1, geanonimiseerd: 0 };
    const vraagPartner = async (partner: 'veilig-thuis' | 'gi' | 'raad', h: DemoHuishouden, velden: string) => {
      const verzoek = { query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Huishouden { ${velden} } } }`, variables: { r: [{ __typename: 'Huishouden', id: h.id }] } };
      const besluiten = { huishoudens: new Map([[h.id, alles]]), personen: new Map(h.leden.map((l) => [l.id, alles])) };
      const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: partner, verzoek: { pad: GRAPHQL_PAD, body: verzoek }, sub: 'test', organisatie: partner, team: 'test', rol: 'professional', doel: 'gezamenlijk-plan', reikwijdte: [h.id], besluiten });
      const res = await fetch(netwerk.subgraphUrls[partner], { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(verzoek) });
      return ((await res.json()) as { data: { _entities: Array<Record<string, unknown[]>> } }).data._entities[0];
    };
    // the same grant for a household each of them knows: records come back
    expect((await vraagPartner('veilig-thuis', bijAllen, 'meldingen { aard }')).meldingen.length).toBeGreaterThan(0);
    expect((await vraagPartner('gi', bijAllen, 'maatregelen { soort }')).maatregelen.length).toBeGreaterThan(0);
    expect((await vraagPartner('raad', bijAllen, 'beschermingsonderzoeken { status }')).beschermingsonderzoeken.length).toBeGreaterThan(0);
    expect(await vraagPartner('veilig-thuis', alleenLokaalTeam, 'meldingen { aard } onderzoeken { status }')).toEqual({ meldingen: [], onderzoeken: [] });
    expect(await vraagPartner('gi', alleenLokaalTeam, 'maatregelen { soort } jeugdbeschermer { naam }')).toEqual({ maatregelen: [], jeugdbeschermer: null });
    expect(await vraagPartner('raad', alleenLokaalTeam, 'beschermingsonderzoeken { status }')).toEqual({ beschermingsonderzoeken: [] });
  });

  test('elk antwoord noemt de versie van het beleid dat gold en zijn audit-id', async () => {
    const antwoord = await netwerk.vraag('{ __typename }', { token: await netwerk.token('lt-fatima') });
    expect(antwoord.body.extensions).toEqual({ afgeschermd: [], beleidsversie: (await laadBeleid(STANDAARD_POLICIES)).versie, auditId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  test('een ongeldig pseudoniem geeft een duidelijke fout en geen gegevens', async () => {
    const antwoord = await netwerk.vraag(NETWERKDOSSIER, { token: await netwerk.token(jeugdbeschermer), variables: { id: 'geen-uuid' }, doel: 'uitvoering-maatregel' });
    expect(antwoord.body).toEqual({
      errors: [{ message: 'id is geen geldig pseudoniem: "geen-uuid"', extensions: { code: 'BAD_USER_INPUT', veld: 'id' } }],
      extensions: MET_VERANTWOORDING,
    });
  });
});

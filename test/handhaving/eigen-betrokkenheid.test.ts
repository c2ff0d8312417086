import { randomUUID } from 'node:crypto';

import { bit, Besluiten, CATEGORIEEN, demoHuishouden, GRANT_HEADER, GRAPHQL_PAD, Onderwerpbesluit, tekenGrant } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { GraphQLAntwoord, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { duoHuishoudenVanEva, uitDeTestwereld } from '../harness/testwereld';

const AANTAL = 27;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
// the refusal household: a duo of rvt-eva (Veilig Thuis) where not everyone consented
const weigering = duoHuishoudenVanEva(TEST_SEED, AANTAL);
// a consultatie of the lokaal team: toestemmingen and grondslagen are never shared there (policies/deelmatrix.yaml)
const consultatie = uitDeTestwereld(wereld.find((h) => h.betrokkenheden.some((b) => b.organisatie === 'lokaal-team' && b.vorm === 'consultatie')), 'consultatie van het lokaal team');
const lokaalTeam = consultatie.betrokkenheden.find((b) => b.organisatie === 'lokaal-team')!.professional;

const LIJST = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { betrokkenheden { organisatie team professional vorm regiehouder vanaf tot grondslag afweging gemeldAanGezin } } }`;
const AFWEGING = 'Proportioneel: alleen wat de veiligheid raakt. Subsidiair: vrijwillige hulp is geprobeerd (synthetisch).';

interface Betrokkenheid { organisatie: string | null; professional: string | null; vorm: string | null }
interface Afgeschermd { pad: string; persoon: string | null; categorie: string | null; partner: string | null; reden: string; regel: string }

/**
 * One's own betrokkenheid shows where nothing else of the household's betrokkenheden may be seen, and nothing
 * about the others does: not how many there are, not that there are any. In each layer.
 */
describe('de eigen betrokkenheid, waar die van anderen afgeschermd zijn', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('eigen-betrokkenheid', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  /** What the registry holds, as the database owner writes it: another organisation's betrokkenheid the caller has no part in. */
  const voegToe = async (huishouden: string, b: { organisatie: string; team: string; professional: string; vorm: string; grondslag?: string; afweging?: string; gemeld?: string }) => {
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    try {
      await db.query(
        'INSERT INTO betrokkenheid (id, huishouden_id, organisatie, team, professional, vorm, regiehouder, vanaf, grondslag, afweging, gemeld_aan_gezin, bevestigd_door, bevestigd_met, bevestigd_op) VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8, $9, $10, $11, $12, now())',
        [randomUUID(), huishouden, b.organisatie, b.team, b.professional, b.vorm, '2026-01-02', b.grondslag ?? null, b.afweging ?? null, b.gemeld ?? null, `dossier:${b.organisatie}`, 'test'],
      );
    } finally {
      await db.end();
    }
  };
  /**
   * The answer a client reads, but for what is new in every response by design: the audit id, and the one-time
   * pseudonym of a member seen only anonymised (gateway/src/handhaving/eenmalig.ts), here numbered in order of appearance.
   */
  const alsGelezen = (a: GraphQLAntwoord) => {
    const echt = new Set(wereld.flatMap((h) => h.leden.map((p) => p.id)));
    const eenmalig = new Map<string, string>();
    const tekst = JSON.stringify({ ...a.body, extensions: { ...a.body.extensions, auditId: undefined } });
    return tekst.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => (echt.has(id) ? id : eenmalig.get(id) ?? (eenmalig.set(id, `eenmalig-${eenmalig.size}`), eenmalig.get(id)!)));
  };
  const lijstVan = (a: GraphQLAntwoord) => (a.body.data as { huishouden: { betrokkenheden: Betrokkenheid[] } }).huishouden.betrokkenheden;
  const vraag = async (sub: string, huishouden: string, doel: string) => netwerk.vraag(LIJST, { token: await netwerk.token(sub), doel, variables: { id: huishouden } });

  /**
   * What netwerk's verstrekkingenlog and the toegangslog record of netwerk's part of one answer: the same cells.
   * Also checks that the record names what the answer says was withheld.
   */
  const beideLogs = async (antwoord: GraphQLAntwoord): Promise<{ verstrekkingenlog: string[]; toegangslog: string[] }> => {
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    try {
      const auditId = antwoord.body.extensions?.auditId as string;
      const { rows: verstrekkingen } = await db.query<{ items: Array<{ soort: string; id: string; categorie: string }> }>('SELECT items FROM verstrekking WHERE audit_id = $1', [auditId]);
      const { rows: [record] } = await db.query<{ inhoud: { verstrekt: Array<{ huishouden: string; persoon: string | null; partner: string; categorie: string }>; afgeschermd: unknown[] } }>("SELECT inhoud FROM toegangslog WHERE audit_id = $1 AND actie = 'inzien'", [auditId]);
      const gezegd = (antwoord.body.extensions?.afgeschermd as Afgeschermd[]).map(({ pad, categorie, partner, regel }) => ({ pad, categorie, partner, regel }));
      expect(record.inhoud.afgeschermd).toEqual(gezegd.map((a) => expect.objectContaining(a)));
      return {
        verstrekkingenlog: verstrekkingen.flatMap((v) => v.items.map((i) => `${i.soort}|${i.id}|${i.categorie}`)).sort(),
        toegangslog: record.inhoud.verstrekt.filter((v) => v.partner === 'netwerk').map((v) => (v.persoon ? `persoon|${v.persoon}|${v.categorie}` : `huishouden|${v.huishouden}|${v.categorie}`)).sort(),
      };
    } finally {
      await db.end();
    }
  };

  test('in het weigeringshuishouden ziet rvt-eva haar eigen betrokkenheid, en van de rest één uitleg zonder aantal', async () => {
    const antwoord = await vraag('rvt-eva', weigering.id, 'gezamenlijk-plan');
    expect(antwoord.body.errors).toBeUndefined();
    const eigen = weigering.betrokkenheden.filter((b) => b.professional === 'rvt-eva' && b.organisatie === 'veilig-thuis');
    expect(eigen.length).toBeGreaterThan(0);
    expect(weigering.betrokkenheden.length).toBeGreaterThan(eigen.length);
    expect(lijstVan(antwoord)).toEqual(eigen.map((b) => expect.objectContaining({ organisatie: 'veilig_thuis', professional: 'rvt-eva', vorm: b.vorm, team: b.team })));
    const items = antwoord.body.extensions?.afgeschermd as Afgeschermd[];
    expect(items.length).toBeGreaterThan(0);
    for (const a of items) expect(a).toMatchObject({ pad: 'huishouden.betrokkenheden', categorie: 'grondslag', partner: 'netwerk' });
    // the two logs name the same of netwerk's part: one's own betrokkenheid is no disclosure, the others were not given
    expect(await beideLogs(antwoord)).toEqual({ verstrekkingenlog: [], toegangslog: [] });
  });

  test('een geheim onderzoek van Veilig Thuis en een betrokkenheid van de Raad erbij: het antwoord is byte voor byte hetzelfde', async () => {
    const voor = await vraag('rvt-eva', weigering.id, 'gezamenlijk-plan');
    await voegToe(weigering.id, { organisatie: 'veilig-thuis', team: 'Onderzoek Midden', professional: 'vt-esra', vorm: 'onderzoek', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING });
    await voegToe(weigering.id, { organisatie: 'raad', team: 'Raad Midden', professional: 'raad-joris', vorm: 'onderzoek', grondslag: 'BW art. 1:238', afweging: AFWEGING, gemeld: '2026-01-03T10:00:00Z' });
    const na = await vraag('rvt-eva', weigering.id, 'gezamenlijk-plan');
    expect(alsGelezen(na)).toBe(alsGelezen(voor));
  });

  test('de lokaal-teamprofessional in een consultatie: de eigen betrokkenheid, en geen spoor van een geheim onderzoek', async () => {
    const voor = await vraag(lokaalTeam, consultatie.id, 'casusoverleg');
    expect(voor.body.errors).toBeUndefined();
    expect(lijstVan(voor)).toEqual([expect.objectContaining({ organisatie: 'lokaal_team', professional: lokaalTeam, vorm: 'consultatie', grondslag: null })]);
    expect((voor.body.extensions?.afgeschermd as Afgeschermd[]).map((a) => a.pad)).toEqual(expect.arrayContaining(['huishouden.betrokkenheden']));
    await voegToe(consultatie.id, { organisatie: 'veilig-thuis', team: 'Onderzoek Midden', professional: 'vt-esra', vorm: 'onderzoek', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING });
    const na = await vraag(lokaalTeam, consultatie.id, 'casusoverleg');
    expect(alsGelezen(na)).toBe(alsGelezen(voor));
    expect(await beideLogs(na)).toEqual({ verstrekkingenlog: [], toegangslog: [] });
  });

  test('waar iedereen instemde, ziet rvt-eva alle betrokkenheden, zonder uitleg; beide logs noemen de grondslag van het huishouden', async () => {
    const open = uitDeTestwereld(wereld.find((h) => h.betrokkenheden.some((b) => b.professional === 'rvt-eva' && b.vorm === 'duo')
      && h.leden.every((p) => h.toestemmingen.some((t) => t.persoon === p.id && t.gegevenDoor.length > 0 && t.ontvangerOrganisatie === 'veilig-thuis' && t.categorieen.includes('grondslag')))), 'duo-huishouden van rvt-eva waar ieder instemde');
    const antwoord = await vraag('rvt-eva', open.id, 'gezamenlijk-plan');
    expect(antwoord.body.errors).toBeUndefined();
    expect(lijstVan(antwoord)).toHaveLength(open.betrokkenheden.length);
    expect(antwoord.body.extensions?.afgeschermd).toEqual([]);
    const logs = await beideLogs(antwoord);
    expect(logs.verstrekkingenlog).toEqual([`huishouden|${open.id}|grondslag`]);
    expect(logs.toegangslog).toEqual(logs.verstrekkingenlog);
  });

  /** netwerk asked directly, with a grant the test signs (the gateway's key), for this caller. */
  const netwerkAlleen = async (huishouden: string, sub: string, organisatie: string, besluit: Onderwerpbesluit): Promise<Betrokkenheid[] | null> => {
    const h = wereld.find((x) => x.id === huishouden)!;
    const besluiten: Besluiten = { huishoudens: new Map([[huishouden, besluit]]), deels: new Map([[huishouden, besluit]]), personen: new Map(h.leden.map((p) => [p.id, besluit])) };
    const body = { query: /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Huishouden { betrokkenheden { organisatie professional vorm } } } }`, variables: { r: [{ __typename: 'Huishouden', id: huishouden }] } };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'netwerk', verzoek: { pad: GRAPHQL_PAD, body }, sub, organisatie, team: 'test', rol: 'professional', doel: 'gezamenlijk-plan', reikwijdte: [huishouden], besluiten });
    const res = await fetch(netwerk.subgraphUrls.netwerk, { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
    const antwoord = (await res.json()) as { data: { _entities: Array<{ betrokkenheden: Betrokkenheid[] } | null> }; errors?: unknown };
    expect(antwoord.errors).toBeUndefined();
    return antwoord.data._entities[0]?.betrokkenheden ?? null;
  };

  test('netwerk alleen: met een grant zonder grondslag geeft het register alleen de eigen betrokkenheden, wat de gateway ook vraagt', async () => {
    const pseudoniem = { zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 };
    const alles = { zichtbaar: (1 << CATEGORIEEN.length) - 1, geanonimiseerd: 0 };
    await voegToe(consultatie.id, { organisatie: 'veilig-thuis', team: 'RVT Midden', professional: 'vt-daan', vorm: 'onderzoek', grondslag: 'Wmo 2015 art. 5.2.6', afweging: AFWEGING });
    const allemaal = await netwerkAlleen(consultatie.id, lokaalTeam, 'lokaal-team', alles);
    expect(allemaal).toEqual(expect.arrayContaining([{ organisatie: 'veilig_thuis', professional: 'vt-daan', vorm: 'onderzoek' }, { organisatie: 'lokaal_team', professional: lokaalTeam, vorm: 'consultatie' }]));
    expect(allemaal!.length).toBeGreaterThan(consultatie.betrokkenheden.length);
    expect(await netwerkAlleen(consultatie.id, lokaalTeam, 'lokaal-team', pseudoniem)).toEqual([{ organisatie: 'lokaal_team', professional: lokaalTeam, vorm: 'consultatie' }]);
    // one's own is the grant's signed sub at the grant's organisation, both
    expect(await netwerkAlleen(consultatie.id, 'vt-daan', 'veilig-thuis', pseudoniem)).toEqual([{ organisatie: 'veilig_thuis', professional: 'vt-daan', vorm: 'onderzoek' }]);
    expect(await netwerkAlleen(consultatie.id, lokaalTeam, 'gi', pseudoniem)).toEqual([]);
    expect(await netwerkAlleen(consultatie.id, 'lt-onbekend', 'lokaal-team', pseudoniem)).toEqual([]);
  });
});

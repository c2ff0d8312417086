import { parse } from 'graphql';

import { beleidUitBestanden, betrokkenOrganisaties, CATEGORIEEN, houdersPerCategorie, houdersUitSupergraph, laadBeleid, STANDAARD_POLICIES, SUBGRAPHS, veldeigenaars } from '@netwerkdossier/shared';

/** A supergraph in small: a type of three subgraphs, fields of one, and a type of one subgraph with its own fields. */
const SUPERGRAPH = /* GraphQL */ `
  enum join__Graph {
    GI @join__graph(name: "gi", url: "http://127.0.0.1:4004/")
    LOKAAL_TEAM @join__graph(name: "lokaal-team", url: "http://127.0.0.1:4002/")
    NETWERK @join__graph(name: "netwerk", url: "http://127.0.0.1:4001/")
  }
  type Huishouden @join__type(graph: GI, key: "id") @join__type(graph: LOKAAL_TEAM, key: "id") @join__type(graph: NETWERK, key: "id") {
    id: ID! @categorie(naam: "pseudoniem")
    maatregelen: [Maatregel!]! @join__field(graph: GI) @categorie(naam: "maatregelkader")
    plan: String @join__field(graph: LOKAAL_TEAM) @categorie(naam: "hulpverlening")
    leden: [String!]! @join__field(graph: NETWERK) @categorie(naam: "identificatie")
  }
  type Maatregel @join__type(graph: GI) {
    voortgang: String! @categorie(naam: "hulpverlening")
    zonderCategorie: String
  }
`;

describe('wiens zeggenschap een beleidswijziging nodig heeft (gedeeld door gateway en netwerk)', () => {
  test('per categorie de partners die er gegevens van houden: een veld van één subgraph, of elke subgraph van zijn type', () => {
    const houders = houdersUitSupergraph(SUPERGRAPH);
    expect(Object.keys(houders)).toEqual([...CATEGORIEEN]);
    // netwerk is the register, not a partner: it has no privacy officer's say of its own
    expect(Object.fromEntries(Object.entries(houders).filter(([, h]) => h.length))).toEqual({ pseudoniem: ['gi', 'lokaal-team'], hulpverlening: ['gi', 'lokaal-team'], maatregelkader: ['gi'] });
    expect(houdersPerCategorie(veldeigenaars(parse(SUPERGRAPH)), SUBGRAPHS)).toMatchObject({ pseudoniem: ['gi', 'lokaal-team', 'netwerk'], identificatie: ['netwerk'] });
  });

  test('een kapotte of lege supergraph geeft geen "niemand", maar een fout', () => {
    expect(() => houdersUitSupergraph('')).toThrow(/Syntax Error/);
    expect(() => houdersUitSupergraph('type Query { a: String }')).toThrow('de supergraph noemt geen enkel veld met een categorie');
  });

  test('een cel van één categorie: de houders van die categorie, en niemand voor een regel van het hele netwerk', async () => {
    const oud = await laadBeleid(STANDAARD_POLICIES);
    const houders = houdersUitSupergraph(SUPERGRAPH);
    const regel = oud.bestanden['deelmatrix.yaml'].split('\n').find((r) => r.trimStart().startsWith('hulpverlening:'))!;
    expect(regel).toContain('duo: toestemming');
    const nieuw = beleidUitBestanden({ ...oud.bestanden, 'deelmatrix.yaml': oud.bestanden['deelmatrix.yaml'].replace(regel, regel.replace('duo: toestemming', 'duo: nooit      ')) });
    expect(nieuw.matrix.hulpverlening.duo).not.toEqual(oud.matrix.hulpverlening.duo);
    expect(betrokkenOrganisaties(oud, nieuw, houders)).toEqual(['gi', 'lokaal-team']);
    expect(betrokkenOrganisaties(oud, nieuw, { ...houders, hulpverlening: ['raad'] })).toEqual(['raad']);
    const bewaren = oud.bestanden['bewaartermijnen.yaml'];
    expect(bewaren).toMatch(/^ {4}uitleg: \d+$/m);
    const langer = beleidUitBestanden({ ...oud.bestanden, 'bewaartermijnen.yaml': bewaren.replace(/^( {4}uitleg: )(\d+)$/m, (_r, a: string, n: string) => `${a}${Number(n) + 1}`) });
    expect(langer.versie).not.toBe(oud.versie);
    expect(betrokkenOrganisaties(oud, langer, houders)).toEqual([]);
  });
});

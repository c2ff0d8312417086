import { bit, Categorie, CATEGORIEEN, codeerBesluiten, decodeerBesluiten, SUBGRAPHS, uitkomstVan, Uitkomst } from '@netwerkdossier/shared';
import { buildSchema, Kind, OperationDefinitionNode, parse, print } from 'graphql';

import { NOG_NIET_BEVESTIGD } from '../../gateway/src/beslissing/beslis';
import { NIET_BETROKKEN } from '../../gateway/src/beslissing/cedar';
import type { Vrager } from '../../gateway/src/beslissing/context';
import type { Persoonsbeslissing } from '../../gateway/src/beslissing/uitkomst';
import { Besluitenset } from '../../gateway/src/handhaving/besluitenset';
import { EenmaligePseudoniemen } from '../../gateway/src/handhaving/eenmalig';
import { snoei } from '../../gateway/src/handhaving/snoeien';
import { gebruiktOnderwerpAlias, voegOnderwerpToe } from '../../gateway/src/handhaving/controle';
import { bereidVoor, heelAfgeschermd } from '../../gateway/src/handhaving/voorbereiding';
import { leesVeldkaart } from '../../gateway/src/handhaving/veldkaart';
import { leesSupergraph } from '../../gateway/src/supergraph';
import { gezin, HUISHOUDEN, ID } from './beleid';

const schema = buildSchema(leesSupergraph(), { assumeValidSDL: true });
const veldkaart = leesVeldkaart(leesSupergraph());
const ctx = gezin(2014);
const [KIND, MOEDER, VADER] = [ID.kind, ID.moeder, ID.vader];

/** A decision table: every cell `standaard`, except the ones given as "persoon|categorie|partner" → uitkomst. */
function tabel(standaard: Uitkomst, uitzonderingen: Record<string, Uitkomst> = {}, personen: string[] = [KIND, MOEDER, VADER]): Persoonsbeslissing[] {
  return personen.flatMap((persoonId) => CATEGORIEEN.flatMap((categorie) => SUBGRAPHS.map((partner) => {
    const uitkomst = uitzonderingen[`${persoonId}|${categorie}|${partner}`] ?? uitzonderingen[`${persoonId}|${categorie}|*`] ?? uitzonderingen[`*|${categorie}|${partner}`] ?? uitzonderingen[`*|${categorie}|*`] ?? standaard;
    return { persoonId, categorie, partner, uitkomst, regel: uitkomst === 'zichtbaar' ? 'test/open' : `test/${categorie}`, reden: `Reden ${categorie}.`, grondslag: uitkomst === 'afgeschermd' ? [] : [`toestemming:${persoonId}`] };
  })));
}
const H = { soort: 'huishouden' as const, id: HUISHOUDEN };
const P = (id: string) => ({ soort: 'persoon' as const, id });

describe('besluiten per onderwerp', () => {
  test('een huishouden ziet wat voor elk lid zichtbaar is, en geanonimiseerd wat voor elk lid minstens geanonimiseerd is', () => {
    const b = new Besluitenset([ctx], tabel('zichtbaar', { [`${VADER}|gezondheid|*`]: 'afgeschermd', [`${VADER}|veiligheid|*`]: 'geanonimiseerd', [`${MOEDER}|hulpverlening|*`]: 'geanonimiseerd' }));
    expect(b.uitkomst('lokaal-team', H, 'gezondheid')).toBe('afgeschermd');
    expect(b.uitkomst('lokaal-team', H, 'veiligheid')).toBe('geanonimiseerd');
    expect(b.uitkomst('lokaal-team', H, 'hulpverlening')).toBe('geanonimiseerd');
    expect(b.uitkomst('lokaal-team', H, 'identificatie')).toBe('zichtbaar');
    expect(b.uitkomst('lokaal-team', P(MOEDER), 'gezondheid')).toBe('zichtbaar');
    expect(b.uitkomst('lokaal-team', P(VADER), 'veiligheid')).toBe('geanonimiseerd');
    expect(b.uitkomst('lokaal-team', P('onbekend'), 'pseudoniem')).toBe('afgeschermd');
    expect(b.uitkomst('lokaal-team', { soort: 'huishouden', id: 'onbekend' }, 'pseudoniem')).toBe('afgeschermd');
  });

  test('een lid zonder rijen telt voor het huishouden als afgeschermd', () => {
    const b = new Besluitenset([ctx], tabel('zichtbaar', {}, [KIND, MOEDER]));
    expect(b.uitkomst('gi', H, 'identificatie')).toBe('afgeschermd');
    expect(b.uitkomst('gi', P(MOEDER), 'identificatie')).toBe('zichtbaar');
    // what the household's cell rests on: the rows there are, none made up for the member without any
    expect(b.grondslagVan('gi', H, 'identificatie')).toEqual([`toestemming:${KIND}`, `toestemming:${MOEDER}`]);
    expect(b.redenen('gi', H, 'identificatie')).toEqual([]);
  });

  test('een partner buiten het netwerk: niets zichtbaar, nergens toegestaan (geen fout)', () => {
    const b = new Besluitenset([ctx], tabel('zichtbaar'));
    const onbekend = 'onbekende-partner' as Parameters<Besluitenset['uitkomst']>[0];
    expect(b.uitkomst(onbekend, P(KIND), 'identificatie')).toBe('afgeschermd');
    expect(b.uitkomst(onbekend, H, 'identificatie')).toBe('afgeschermd');
    expect(b.ergensToegestaan(onbekend, 'identificatie', 'persoon')).toBe(false);
  });

  test('een fetch krijgt de rijen op huishoudniveau mee van wie ze heeft, en van niemand anders', () => {
    const huishoudniveau = { persoonId: MOEDER, categorie: 'hulpverlening' as Categorie, partner: 'lokaal-team', uitkomst: 'zichtbaar' as const, regel: 'gezin/lokaal-team/hulpverlening', reden: 'Gezin.', grondslag: ['gezinslid:x'], niveau: 'huishouden' as const };
    const b = new Besluitenset([ctx], [...tabel('afgeschermd'), huishoudniveau]);
    const fetch = b.voorFetch('lokaal-team', undefined);
    expect([...(fetch.alsHuishouden ?? new Map()).keys()]).toEqual([MOEDER]);
    expect(fetch.alsHuishouden?.get(MOEDER)).toEqual({ zichtbaar: bit('hulpverlening'), geanonimiseerd: 0 });
    expect([...(b.voorFetch('gi', undefined).alsHuishouden ?? new Map()).keys()]).toEqual([]);
  });

  test('een drager van delen: geanonimiseerd waar elk lid het alleen geanonimiseerd mag, zichtbaar waar één het mag zien', () => {
    const D = { soort: 'deels' as const, id: HUISHOUDEN };
    const anoniem = new Besluitenset([ctx], tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar', '*|hulpverlening|lokaal-team': 'geanonimiseerd' }));
    expect(anoniem.uitkomst('lokaal-team', D, 'hulpverlening')).toBe('geanonimiseerd');
    const een = new Besluitenset([ctx], tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar', '*|hulpverlening|lokaal-team': 'geanonimiseerd', [`${MOEDER}|hulpverlening|lokaal-team`]: 'zichtbaar' }));
    expect(een.uitkomst('lokaal-team', D, 'hulpverlening')).toBe('zichtbaar');
    expect(een.uitkomst('lokaal-team', H, 'hulpverlening')).toBe('geanonimiseerd');
  });

  test("de rijen op huishoudniveau van een gezinslid gaan voor die van de persoon, alleen voor het huishouden", () => {
    const rijen = tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' });
    const huishoudniveau = [KIND, MOEDER, VADER].map((persoonId) => ({ persoonId, categorie: 'hulpverlening' as Categorie, partner: 'lokaal-team', uitkomst: 'zichtbaar' as const, regel: 'gezin/lokaal-team/hulpverlening', reden: 'Gezin.', grondslag: ['gezinslid:x'], niveau: 'huishouden' as const }));
    const b = new Besluitenset([ctx], [...rijen, ...huishoudniveau]);
    expect(b.uitkomst('lokaal-team', H, 'hulpverlening')).toBe('zichtbaar');
    expect(b.uitkomst('lokaal-team', P(MOEDER), 'hulpverlening')).toBe('afgeschermd');
    expect(b.uitkomst('gi', H, 'hulpverlening')).toBe('afgeschermd');
    expect(b.grondslagVan('lokaal-team', H, 'hulpverlening')).toEqual(['gezinslid:x']);
    expect(b.grondslagVan('lokaal-team', P(MOEDER), 'hulpverlening')).toEqual([]);
    expect(b.redenen('lokaal-team', H, 'hulpverlening')).toEqual([]);
    expect(b.redenen('lokaal-team', P(MOEDER), 'hulpverlening').map((r) => r.regel)).toEqual(['test/hulpverlening']);
    expect(b.ergensToegestaan('lokaal-team', 'hulpverlening', 'huishouden')).toBe(true);
    expect(b.ergensToegestaan('lokaal-team', 'hulpverlening', 'persoon')).toBe(false);
  });

  test('een huishouden zonder bekende leden opent niets (geen lid dat ergens mee instemt, is niet: alles mag)', () => {
    const b = new Besluitenset([{ ...ctx, personen: [] }], tabel('zichtbaar'));
    for (const categorie of CATEGORIEEN) expect(b.uitkomst('lokaal-team', H, categorie)).toBe('afgeschermd');
    expect(b.ergensToegestaan('lokaal-team', 'pseudoniem', 'huishouden')).toBe(false);
  });

  test('grondslag en redenen: van de persoon zelf, of van elk lid voor het huishouden', () => {
    const b = new Besluitenset([ctx], tabel('zichtbaar', { [`${VADER}|gezondheid|*`]: 'afgeschermd' }));
    expect(b.grondslagVan('lokaal-team', H, 'identificatie')).toEqual([`toestemming:${KIND}`, `toestemming:${MOEDER}`, `toestemming:${VADER}`]);
    expect(b.grondslagVan('lokaal-team', P(KIND), 'identificatie')).toEqual([`toestemming:${KIND}`]);
    expect(b.redenen('lokaal-team', H, 'gezondheid').map((r) => r.persoonId)).toEqual([VADER]);
    expect(b.redenen('lokaal-team', P(KIND), 'gezondheid')).toEqual([]);
    expect(b.redenen('lokaal-team', P('onbekend'), 'gezondheid')).toEqual([]);
  });

  test('betrokken: alleen waar iets van het huishouden te zien is', () => {
    expect(new Besluitenset([ctx], tabel('afgeschermd')).betrokkenBij(KIND)).toBe(false);
    expect(new Besluitenset([ctx], tabel('afgeschermd', { [`${VADER}|veiligheid|raad`]: 'geanonimiseerd' })).betrokkenBij(KIND)).toBe(true);
    expect(new Besluitenset([ctx], tabel('afgeschermd', { [`${VADER}|veiligheid|raad`]: 'zichtbaar' })).betrokkenBij(MOEDER)).toBe(true);
    expect(new Besluitenset([ctx], tabel('zichtbaar')).betrokkenBij('onbekend')).toBe(false);
  });

  test('alleen geanonimiseerd: niets dan het pseudoniem zichtbaar, en iets geanonimiseerd', () => {
    const consultatie = new Besluitenset([ctx], tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar', [`${KIND}|veiligheid|lokaal-team`]: 'geanonimiseerd', [`${MOEDER}|veiligheid|lokaal-team`]: 'zichtbaar' }));
    expect(consultatie.alleenAnoniem(KIND)).toBe(true);
    expect(consultatie.alleenAnoniem(MOEDER)).toBe(false);
    expect(consultatie.alleenAnoniem(VADER)).toBe(false);
    expect(consultatie.alleenAnoniem('onbekend')).toBe(false);
    // something anonymised, but also something besides the pseudonym visible (at another partner): not only anonymised
    const gemengd = new Besluitenset([ctx], tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar', [`${KIND}|veiligheid|lokaal-team`]: 'geanonimiseerd', [`${KIND}|gezondheid|gi`]: 'zichtbaar' }));
    expect(gemengd.alleenAnoniem(KIND)).toBe(false);
    const eenmalig = new EenmaligePseudoniemen(consultatie);
    const kind = eenmalig.voor(KIND);
    expect(kind).not.toBe(KIND);
    expect(eenmalig.voor(KIND)).toBe(kind);
    expect(new EenmaligePseudoniemen(consultatie).voor(KIND)).not.toBe(kind);
    expect(eenmalig.voor(MOEDER)).toBe(MOEDER);
    expect(eenmalig.voor(null)).toBeNull();
  });

  test('een fetch krijgt de besluiten van de huishoudens die zijn representaties noemen, met al hun leden; een root-fetch alle', () => {
    const ander = { ...gezin(1990), huishoudenId: '00000000-0000-4000-8000-000000000200', personen: [{ id: ID.ander, geboortejaar: 1990, rol: 'ouder', gezaghebbenden: [], beschermd: false }] };
    const b = new Besluitenset([ctx, ander], [...tabel('zichtbaar', { [`${VADER}|gezondheid|*`]: 'afgeschermd', [`${KIND}|veiligheid|*`]: 'geanonimiseerd' }), ...tabel('afgeschermd', {}, [ID.ander])]);
    const viaKind = b.voorFetch('lokaal-team', [{ __typename: 'Persoon', id: KIND }]);
    expect([...viaKind.huishoudens.keys()]).toEqual([HUISHOUDEN]);
    expect([...viaKind.personen.keys()]).toEqual([KIND, MOEDER, VADER]);
    expect(uitkomstVan(viaKind.personen.get(VADER), 'gezondheid')).toBe('afgeschermd');
    expect(uitkomstVan(viaKind.personen.get(KIND), 'veiligheid')).toBe('geanonimiseerd');
    expect(uitkomstVan(viaKind.huishoudens.get(HUISHOUDEN), 'gezondheid')).toBe('afgeschermd');
    expect(uitkomstVan(viaKind.huishoudens.get(HUISHOUDEN), 'identificatie')).toBe('zichtbaar');
    expect([...b.voorFetch('lokaal-team', [{ id: HUISHOUDEN }]).personen.keys()]).toEqual([KIND, MOEDER, VADER]);
    expect([...b.voorFetch('lokaal-team', [{ id: 'onbekend' }]).huishoudens.keys()]).toStrictEqual([]);
    expect([...b.voorFetch('lokaal-team', [{ id: HUISHOUDEN }]).huishoudens.keys()]).toStrictEqual([HUISHOUDEN]);
    const root = b.voorFetch('lokaal-team', undefined);
    expect([...root.huishoudens.keys()]).toEqual([HUISHOUDEN, ander.huishoudenId]);
    expect(root.personen.get(ID.ander)).toEqual({ zichtbaar: 0, geanonimiseerd: 0 });
  });
});

describe('besluiten in de grant', () => {
  test('heen en terug dezelfde besluiten; een onderwerp zonder iets blijft, met niets (besluiten-grant.test.ts)', () => {
    const besluiten = { huishoudens: new Map([[HUISHOUDEN, { zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 }]]), personen: new Map([[KIND, { zichtbaar: bit('identificatie'), geanonimiseerd: bit('veiligheid') }], [MOEDER, { zichtbaar: bit('identificatie'), geanonimiseerd: bit('veiligheid') }], [VADER, { zichtbaar: 0, geanonimiseerd: 0 }]]) };
    const gecodeerd = codeerBesluiten(besluiten);
    expect(gecodeerd).toEqual({ h: [[bit('pseudoniem'), 0, [HUISHOUDEN]]], p: [[bit('identificatie'), bit('veiligheid'), [KIND, MOEDER]], [0, 0, [VADER]]] });
    const terug = decodeerBesluiten(JSON.parse(JSON.stringify(gecodeerd)));
    expect(terug.personen.get(KIND)).toEqual({ zichtbaar: bit('identificatie'), geanonimiseerd: bit('veiligheid') });
    expect(terug.personen.get(VADER)).toEqual({ zichtbaar: 0, geanonimiseerd: 0 });
  });

  test('wat niet klopt, opent niets: een fout, en onbekende bits en dubbel zichtbaar+geanonimiseerd vallen weg', () => {
    for (const kapot of [null, 'x', { h: [] }, { h: [[1, 0]], p: [] }, { h: [[1.5, 0, []]], p: [] }, { h: [[1, 0, 'id']], p: [] }, { h: [['1', 0, []]], p: [] }, { h: [[1, '0', []]], p: [] }, { h: [], p: {} }]) {
      expect(() => decodeerBesluiten(kapot)).toThrow('besluiten hebben geen geldige vorm');
    }
    const alles = 2 ** 20 - 1;
    const terug = decodeerBesluiten({ h: [], p: [[bit('pseudoniem') | 2 ** 19, alles, [KIND]]] });
    expect(terug.personen.get(KIND)).toEqual({ zichtbaar: bit('pseudoniem'), geanonimiseerd: (2 ** CATEGORIEEN.length - 1) & ~bit('pseudoniem') });
    expect(uitkomstVan(undefined, 'pseudoniem')).toBe('afgeschermd');
  });
});

describe('snoeien: op schema-coördinaten, door aliassen en fragmenten heen', () => {
  const toegestaan = (c: string) => !['Persoon.gezondheid', 'Personalia.achternaam'].includes(c);
  test('een afgeschermd veld verdwijnt onder elke alias en in elk fragment, met zijn pad', () => {
    const doc = parse(`query Q { h: huishouden(id: "x") { __typename leden { id gz: gezondheid { notitie } ... on Persoon { gezondheid { notitie } } ...P } } } fragment P on Persoon { personalia { voornaam a: achternaam } }`);
    const { document, verwijderd } = snoei(schema, doc, toegestaan);
    expect(print(document)).toBe(print(parse('query Q { h: huishouden(id: "x") { __typename leden { id ...P } } } fragment P on Persoon { personalia { voornaam } }')));
    expect(verwijderd).toEqual([
      { pad: 'h.leden.gz', coordinaat: 'Persoon.gezondheid' },
      { pad: 'h.leden.gezondheid', coordinaat: 'Persoon.gezondheid' },
      { pad: 'h.leden.personalia.a', coordinaat: 'Personalia.achternaam' },
    ]);
  });

  test('wat leeg raakt verdwijnt ook, tot en met ongebruikte fragmenten; introspectie blijft', () => {
    const doc = parse(`query { __schema { queryType { name } } huishouden(id: "x") { leden { ...G } } } fragment G on Persoon { gezondheid { notitie } } fragment Ongebruikt on Persoon { id }`);
    const { document, verwijderd } = snoei(schema, doc, toegestaan);
    expect(print(document)).toBe(print(parse('query { __schema { queryType { name } } }')));
    expect(verwijderd).toEqual([{ pad: 'huishouden.leden.gezondheid', coordinaat: 'Persoon.gezondheid' }]);
    // nothing allowed: nothing left
    expect((snoei(schema, parse('{ huishouden(id: "x") { id } }'), () => false).document.definitions[0] as OperationDefinitionNode).selectionSet.selections).toEqual([]);
  });

  test('__typename blijft, op elk niveau, ook waar geen ander veld mag', () => {
    const doc = parse('query { __typename huishouden(id: "x") { __typename id } }');
    expect(print(snoei(schema, doc, (c) => c === 'Query.huishouden').document)).toBe(print(parse('query { __typename huishouden(id: "x") { __typename } }')));
  });

  test('wat leeg raakt doordat een inline fragment leeg raakte, verdwijnt ook', () => {
    const doc = parse('query { huishouden(id: "x") { leden { ... on Persoon { gezondheid { notitie } } } } huishoudens { id } }');
    expect(print(snoei(schema, doc, toegestaan).document)).toBe(print(parse('query { huishoudens { id } }')));
  });

  test('een fragment dat zichzelf noemt, loopt niet eindeloos', () => {
    const doc = parse('query { huishouden(id: "x") { leden { ...A } } } fragment A on Persoon { gezondheid { notitie } ...A }');
    expect(snoei(schema, doc, toegestaan).verwijderd).toEqual([{ pad: 'huishouden.leden.gezondheid', coordinaat: 'Persoon.gezondheid' }]);
  });
});

describe('voorbereiden: wat van een huishouden te zien is', () => {
  const vraag = parse(`query { huishouden(id: "${HUISHOUDEN}") { id leden { id personalia { voornaam } gezondheid { notitie } } } }`);
  const bereid = (rijen: Persoonsbeslissing[]) => bereidVoor(schema, vraag, null, [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], rijen, veldkaart);

  test('niets te zien: één item dat niemand noemt, en niets te vragen', () => {
    const v = bereid(tabel('afgeschermd'));
    expect(v).toMatchObject({ reikwijdte: [], document: null, operatie: null });
    expect(v.afgeschermd).toEqual([{ pad: 'huishouden', persoon: null, categorie: 'pseudoniem', partner: 'netwerk', regel: 'betrokkenheid', reden: NIET_BETROKKEN }]);
  });

  test('alles afgeschermd wat gevraagd is, bij een huishouden dat wel te zien is: per lid, met de regel', () => {
    const v = bereid(tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' }));
    expect(v.reikwijdte).toEqual([HUISHOUDEN]);
    expect(print(v.document!)).toContain('_onderwerp: id');
    expect(print(v.document!)).not.toMatch(/personalia|gezondheid/);
    expect(v.afgeschermd.map((a) => [a.pad, a.persoon, a.partner, a.regel])).toEqual([
      ...[KIND, MOEDER, VADER].map((p) => ['huishouden.leden.personalia', p, 'lokaal-team', 'test/identificatie']),
      ...[KIND, MOEDER, VADER].map((p) => ['huishouden.leden.gezondheid', p, 'lokaal-team', 'test/gezondheid']),
    ]);
  });

  test('een veld blijft als iemand in de reikwijdte het mag zien', () => {
    const v = bereid(tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar', [`${MOEDER}|gezondheid|lokaal-team`]: 'zichtbaar' }));
    expect(print(v.document!)).toContain('gezondheid');
    expect(v.afgeschermd.filter((a) => a.pad.endsWith('gezondheid'))).toEqual([]);
  });

  test('de eigen lijst (betrokkenheden): gevraagd voor wie een organisatie heeft; waar die van anderen niet mogen, één uitleg voor de lijst', () => {
    const lijst = parse(`query { huishouden(id: "${HUISHOUDEN}") { betrokkenheden { professional vorm } } }`);
    const bereidLijst = (rijen: Persoonsbeslissing[], vrager: Vrager) => bereidVoor(schema, lijst, null, [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], rijen, veldkaart, vrager);
    const eva: Vrager = { sub: 'rvt-eva', rol: 'professional', organisatie: 'veilig-thuis', team: 'rvt' };
    // grondslag for nobody: asked all the same, and explained per member, once, at the list
    const dicht = bereidLijst(tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' }), eva);
    expect(print(dicht.document!)).toContain('betrokkenheden');
    expect(dicht.afgeschermd.map((a) => [a.pad, a.persoon, a.categorie, a.partner])).toEqual([KIND, MOEDER, VADER].map((p) => ['huishouden.betrokkenheden', p, 'grondslag', 'netwerk']));
    // for the father only: the same list, one item
    const vader = bereidLijst(tabel('zichtbaar', { [`${VADER}|grondslag|netwerk`]: 'afgeschermd' }), eva);
    expect(vader.afgeschermd.map((a) => [a.pad, a.persoon])).toEqual([['huishouden.betrokkenheden', VADER]]);
    // for everyone: nothing to explain
    expect(bereidLijst(tabel('zichtbaar'), eva).afgeschermd).toEqual([]);
    // without an organisation nothing is one's own: the list is left out, as any field nobody may see
    const client = bereidLijst(tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' }), { ...eva, rol: 'client', organisatie: null });
    expect(client.document).toBeNull();
    expect(client.afgeschermd.map((a) => a.pad)).toEqual(['huishouden.betrokkenheden', 'huishouden.betrokkenheden', 'huishouden.betrokkenheden']);
    // nor without a caller at all
    const niemand = bereidVoor(schema, lijst, null, [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' }), veldkaart);
    expect(niemand.document).toBeNull();
    expect(niemand.afgeschermd.map((a) => a.pad)).toEqual(['huishouden.betrokkenheden', 'huishouden.betrokkenheden', 'huishouden.betrokkenheden']);
  });

  test('de eigen lijst over meer huishoudens: één uitleg zodra bij één ervan die van anderen niet mogen', () => {
    const ANDER_H = '00000000-0000-4000-8000-000000000200';
    const ander = { ...gezin(1990), huishoudenId: ANDER_H, personen: [{ id: ID.ander, geboortejaar: 1990, rol: 'ouder', gezaghebbenden: [], beschermd: false }] };
    const lijst = parse('query { huishoudens { betrokkenheden { professional vorm } } }');
    const eva: Vrager = { sub: 'rvt-eva', rol: 'professional', organisatie: 'veilig-thuis', team: 'rvt' };
    // grondslag visible for every member of this household, for nobody of the other
    const rijen = [...tabel('zichtbaar'), ...tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' }, [ID.ander])];
    const v = bereidVoor(schema, lijst, null, [{ pad: 'huishoudens', huishoudens: [HUISHOUDEN, ANDER_H] }], [ctx, ander], rijen, veldkaart, eva);
    expect(v.reikwijdte).toEqual([HUISHOUDEN, ANDER_H]);
    expect(print(v.document!)).toContain('betrokkenheden');
    expect(v.afgeschermd.map((a) => [a.pad, a.persoon])).toEqual([['huishoudens.betrokkenheden', ID.ander]]);
  });

  test('een sleutel van een entiteit blijft in de vraag als één van zijn partners hem mag tonen', () => {
    // the pseudonyms visible at the registry only (as at a consultatie, which takes only some partners' data)
    const alleenRegister = tabel('afgeschermd', { '*|pseudoniem|netwerk': 'zichtbaar' });
    expect(veldkaart.get('Persoon.id')!.partners.length).toBeGreaterThan(1);
    const v = bereidVoor(schema, parse(`query { huishouden(id: "${HUISHOUDEN}") { id leden { id } } }`), null, [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], alleenRegister, veldkaart);
    expect(print(v.document!)).toBe(print(parse(`query { huishouden(id: "${HUISHOUDEN}") { id leden { id _onderwerp: id } _onderwerp: id } }`)));
    expect(v.afgeschermd).toEqual([]);
  });

  test('heelAfgeschermd: zichtbaar als het register het pseudoniem voor elk lid toont; anders waarom', () => {
    expect(heelAfgeschermd(tabel('afgeschermd', { '*|pseudoniem|netwerk': 'zichtbaar' }))).toBeNull();
    expect(heelAfgeschermd(tabel('afgeschermd'))).toEqual({ regel: 'betrokkenheid', reden: NIET_BETROKKEN });
    expect(heelAfgeschermd([])).toEqual({ regel: 'betrokkenheid', reden: NIET_BETROKKEN });
    const wacht = tabel('afgeschermd').map((r, i) => (i === 0 ? { ...r, regel: 'bevestiging' } : r));
    expect(heelAfgeschermd(wacht)).toEqual({ regel: 'bevestiging', reden: NOG_NIET_BEVESTIGD });
    // something else visible, the pseudonym closed for one member: the rule that closes it
    const half = tabel('zichtbaar', { [`${VADER}|pseudoniem|netwerk`]: 'afgeschermd' });
    expect(heelAfgeschermd(half)).toEqual({ regel: 'test/pseudoniem', reden: 'Reden pseudoniem.' });
  });
});

describe('voorbereiden: meer huishoudens, gezinsleden en wat het document wordt', () => {
  const ANDER_H = '00000000-0000-4000-8000-000000000200';
  const ander = { ...gezin(1990), huishoudenId: ANDER_H, personen: [{ id: ID.ander, geboortejaar: 1990, rol: 'ouder', gezaghebbenden: [], beschermd: false }] };
  const zichtbaarHuishouden = tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' });
  const nietsVanAnder = tabel('afgeschermd', {}, [ID.ander]);
  const item = (pad: string) => ({ pad, persoon: null, categorie: 'pseudoniem', partner: 'netwerk', regel: 'betrokkenheid', reden: NIET_BETROKKEN });
  /** The household-level rows of a household member (gezin.yaml), with their own rules. */
  const huisrijen = (uitzonderingen: Record<string, Uitkomst>) => tabel('afgeschermd', uitzonderingen).map((r) => ({ ...r, regel: r.uitkomst === 'zichtbaar' ? 'huis/open' : `huis/${r.categorie}`, niveau: 'huishouden' as const }));

  test('een onbekend huishouden leest precies als een waarbij de vrager niet betrokken is', () => {
    const vraag = parse(`query { huishouden(id: "${ANDER_H}") { id leden { id } } }`);
    const v = bereidVoor(schema, vraag, null, [{ pad: 'huishouden', huishoudens: [ANDER_H] }], [ctx], zichtbaarHuishouden, veldkaart);
    expect(v).toMatchObject({ reikwijdte: [], document: null, operatie: null });
    expect(v.afgeschermd).toEqual([item('huishouden')]);
  });

  test('het ene item van een heel afgeschermd huishouden dekt alleen wat eronder staat, niet een veld met een langere naam', () => {
    const vraag = parse(`query { a: huishouden(id: "${ANDER_H}") { id leden { gezondheid { notitie } } } ab: huishouden(id: "${HUISHOUDEN}") { id leden { gezondheid { notitie } } } }`);
    const v = bereidVoor(schema, vraag, null, [{ pad: 'a', huishoudens: [ANDER_H] }, { pad: 'ab', huishoudens: [HUISHOUDEN] }], [ander, ctx], [...nietsVanAnder, ...zichtbaarHuishouden], veldkaart);
    expect(v.reikwijdte).toEqual([HUISHOUDEN]);
    expect(v.afgeschermd.map((a) => [a.pad, a.persoon])).toEqual([['a', null], ...[KIND, MOEDER, VADER].map((p) => ['ab.leden.gezondheid', p])]);
  });

  test('in een lijst met een heel afgeschermd en een zichtbaar huishouden wordt wat bij het zichtbare weggehaald is, uitgelegd', () => {
    const vraag = parse('query { huishoudens { id leden { gezondheid { notitie } } } }');
    const v = bereidVoor(schema, vraag, null, [{ pad: 'huishoudens', huishoudens: [ANDER_H, HUISHOUDEN] }], [ander, ctx], [...nietsVanAnder, ...zichtbaarHuishouden], veldkaart);
    expect(v.reikwijdte).toEqual([HUISHOUDEN]);
    expect(v.afgeschermd.map((a) => [a.pad, a.persoon])).toEqual([['huishoudens', null], ...[KIND, MOEDER, VADER].map((p) => ['huishoudens.leden.gezondheid', p])]);
  });

  test('wat alleen in een heel afgeschermd huishouden te zien zou zijn, blijft uit de vraag', () => {
    // the other household's pseudonym is withheld, its member's gezondheid would be visible: it is out of scope, so nobody in scope may see gezondheid
    const anderGezondheid = tabel('afgeschermd', { [`${ID.ander}|gezondheid|lokaal-team`]: 'zichtbaar' }, [ID.ander]);
    const vraag = parse('query { huishoudens { id leden { gezondheid { notitie } } } }');
    const v = bereidVoor(schema, vraag, null, [{ pad: 'huishoudens', huishoudens: [ANDER_H, HUISHOUDEN] }], [ander, ctx], [...anderGezondheid, ...zichtbaarHuishouden], veldkaart);
    expect(print(v.document!)).not.toContain('gezondheid');
    expect(v.afgeschermd.filter((a) => a.pad === 'huishoudens')).toEqual([{ ...item('huishoudens'), regel: 'test/pseudoniem', reden: 'Reden pseudoniem.' }]);
  });

  test('zonder enig huishouden in de reikwijdte blijft alleen de (lege) lijst van de eigen huishoudens; wat eronder weg is, leest als niet betrokken', () => {
    const vraag = parse('query { huishoudens { __typename id } }');
    const v = bereidVoor(schema, vraag, null, [{ pad: 'huishoudens', huishoudens: [] }], [], [], veldkaart);
    expect(print(v.document!)).toBe(print(parse('query { huishoudens { __typename _onderwerp: id } }')));
    expect(v.afgeschermd).toEqual([{ ...item('huishoudens.id'), partner: 'gi' }]);
  });

  test('een veld zonder categorie wordt nooit getoond, en dat wordt uitgelegd', () => {
    const zonder = new Map(veldkaart);
    zonder.delete('Persoon.gezondheid');
    const vraag = parse(`query { huishouden(id: "${HUISHOUDEN}") { id leden { id gezondheid { notitie } } } }`);
    const v = bereidVoor(schema, vraag, null, [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], tabel('zichtbaar'), zonder);
    expect(print(v.document!)).not.toContain('gezondheid');
    expect(v.afgeschermd).toEqual([{ pad: 'huishouden.leden.gezondheid', persoon: null, categorie: null, partner: null, reden: 'Dit veld heeft geen categorie en wordt nooit getoond.', regel: 'classificatie' }]);
  });

  test('alleen de gevraagde operatie gaat verder, met de fragmenten die zij gebruikt', () => {
    const vraag = parse(`query A { huishoudens { id } } query B { huishouden(id: "${HUISHOUDEN}") { ...H } } fragment H on Huishouden { id }`);
    const v = bereidVoor(schema, vraag, 'B', [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], zichtbaarHuishouden, veldkaart);
    expect(v.document!.definitions.map((d) => ('name' in d ? d.name?.value : undefined))).toEqual(['B', 'H']);
    expect(v.operatie).toBe(v.document!.definitions[0]);
    // the named operation emptied while another is not: nothing to ask
    const leeg = bereidVoor(schema, parse(`query A { huishoudens { id } } query B { huishouden(id: "${HUISHOUDEN}") { leden { gezondheid { notitie } } } }`), 'B', [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], zichtbaarHuishouden, veldkaart);
    expect(leeg).toMatchObject({ document: null, operatie: null, reikwijdte: [HUISHOUDEN] });
  });

  test('een fragment met de naam van de operatie is niet de operatie', () => {
    const vraag = parse(`fragment B on Huishouden { id } query B { huishouden(id: "${HUISHOUDEN}") { ...B } }`);
    const v = bereidVoor(schema, vraag, 'B', [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], zichtbaarHuishouden, veldkaart);
    expect(v.operatie!.kind).toBe(Kind.OPERATION_DEFINITION);
    expect(print(v.operatie!)).toBe(print(parse(`query B { huishouden(id: "${HUISHOUDEN}") { ...B _onderwerp: id } }`).definitions[0]));
  });

  test('voor een gezinslid beslissen de rijen over het huishouden als geheel wat over het huishouden gaat; die over de persoon de rest', () => {
    const rijen = [...tabel('afgeschermd', { '*|pseudoniem|*': 'zichtbaar' }), ...huisrijen({ '*|pseudoniem|*': 'zichtbaar', '*|hulpverlening|lokaal-team': 'zichtbaar' })];
    const vraag = parse(`query { huishouden(id: "${HUISHOUDEN}") { id adres top3 { datum } leden { id personalia { voornaam } } } }`);
    const v = bereidVoor(schema, vraag, null, [{ pad: 'huishouden', huishoudens: [HUISHOUDEN] }], [ctx], rijen, veldkaart);
    expect(print(v.document!)).toContain('top3');
    expect(v.afgeschermd.map((a) => [a.pad, a.persoon, a.regel])).toEqual([
      ...[KIND, MOEDER, VADER].map((p) => ['huishouden.adres', p, 'huis/identificatie']),
      ...[KIND, MOEDER, VADER].map((p) => ['huishouden.leden.personalia', p, 'test/identificatie']),
    ]);
  });

  test('heelAfgeschermd: voor een gezinslid op de rijen over het huishouden als geheel; de regel die het pseudoniem sluit, niet de volgorde van de leden', () => {
    // the person-level pseudonym rows closed, the household-level ones open: the household is visible, and the other way round not
    const persoonDicht = [...tabel('afgeschermd'), ...huisrijen({ '*|pseudoniem|netwerk': 'zichtbaar' })];
    expect(heelAfgeschermd(persoonDicht)).toBeNull();
    const huisDicht = [...tabel('afgeschermd', { '*|pseudoniem|netwerk': 'zichtbaar' }), ...huisrijen({ '*|identificatie|*': 'zichtbaar' })];
    expect(heelAfgeschermd(huisDicht)).toEqual({ regel: 'huis/pseudoniem', reden: 'Reden pseudoniem.' });
    // two members' pseudonyms closed by different rules: the first rule by name, whoever comes first
    const twee = tabel('zichtbaar').map((r) => (r.categorie === 'pseudoniem' && r.partner === 'netwerk' && r.persoonId !== KIND ? { ...r, uitkomst: 'afgeschermd' as const, regel: r.persoonId === MOEDER ? 'z/later' : 'a/eerder', reden: r.persoonId } : r));
    expect(heelAfgeschermd(twee)).toEqual({ regel: 'a/eerder', reden: VADER });
  });
});

describe('de eigen antwoordsleutel van de gateway (_onderwerp)', () => {
  test('wordt aan elke selectie op een huishouden of persoon toegevoegd, en nergens anders', () => {
    const doc = voegOnderwerpToe(schema, parse('query { huishouden(id: "x") { id leden { personalia { voornaam } } } }'));
    expect(print(doc)).toBe(print(parse('query { huishouden(id: "x") { id leden { personalia { voornaam } _onderwerp: id } _onderwerp: id } }')));
  });

  test('een document van een client dat hem zelf gebruikt, wordt herkend, waar ook', () => {
    expect(gebruiktOnderwerpAlias(parse('query { huishouden(id: "x") { id } }'))).toBe(false);
    expect(gebruiktOnderwerpAlias(parse('query { huishouden(id: "x") { _onderwerp: id } }'))).toBe(true);
    expect(gebruiktOnderwerpAlias(parse('query { huishouden(id: "x") { leden { _onderwerp: id } id } a: huishoudens { id } }'))).toBe(true);
    expect(gebruiktOnderwerpAlias(parse('query { huishouden(id: "x") { ...F } } fragment F on Huishouden { _onderwerp: id }'))).toBe(true);
    expect(gebruiktOnderwerpAlias(parse('query { _onderwerp: huishoudens { id } onderwerp: huishoudens { id } }'))).toBe(true);
    expect(gebruiktOnderwerpAlias(parse('query { a: huishoudens { id } b: huishoudens { id } }'))).toBe(false);
  });
});

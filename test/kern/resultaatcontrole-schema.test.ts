import { BETREFT, isBetreftVeld } from '@netwerkdossier/shared';
import { buildSchema, getNamedType, GraphQLObjectType, isAbstractType, isListType, isNonNullType, isObjectType } from 'graphql';

import { leesVeldkaart } from '../../gateway/src/handhaving/veldkaart';
import { leesSupergraph } from '../../gateway/src/supergraph';

/**
 * The facts of the supergraph that the equivalent mutants of the result check rest on
 * (docs/mutatie-oordelen-cb31335.md, controle.ts and voorbereiding.ts): where a query the gateway checks can
 * lead, and what it meets there. The gateway checks only queries whose root fields are `huishouden`,
 * `huishoudens` and `mijnHuishouden` (reikwijdte.ts refuses any other; the EIGEN_VELDEN queries and the
 * mutations are not checked). A schema change that breaks one of these facts makes those verdicts wrong.
 */
const schema = buildSchema(leesSupergraph(), { assumeValidSDL: true });
const veldkaart = leesVeldkaart(leesSupergraph());
const objecttype = (naam: string) => schema.getType(naam) as GraphQLObjectType;
const isDeel = (t: GraphQLObjectType) => !!t.getFields()[BETREFT] && isBetreftVeld({ naam: BETREFT, doelType: getNamedType(t.getFields()[BETREFT].type).name });

/** Every object type a checked query reaches, with the subjects the result check carries there (controle.ts, onderwerpVan). */
function bereikbaar(): Map<string, Set<string>> {
  const uit = new Map<string, Set<string>>();
  const rij = ['huishouden', 'huishoudens', 'mijnHuishouden'].map((v) => [getNamedType(schema.getQueryType()!.getFields()[v].type).name, 'huishouden']);
  for (let stap = rij.shift(); stap; stap = rij.shift()) {
    const [naam, onderwerp] = stap;
    const gezien = uit.get(naam) ?? new Set<string>();
    if (gezien.has(onderwerp)) continue;
    uit.set(naam, gezien.add(onderwerp));
    for (const veld of Object.values(objecttype(naam).getFields())) {
      const doel = getNamedType(veld.type);
      if (!isObjectType(doel)) continue;
      // a part is about the persons it names, or, naming none, about what it hangs under
      const volgende = doel.name === 'Huishouden' ? ['huishouden'] : doel.name === 'Persoon' ? ['persoon'] : isDeel(doel) ? ['personen', onderwerp] : [onderwerp];
      for (const o of volgende) rij.push([doel.name, o]);
    }
  }
  return uit;
}
const typen = bereikbaar();

describe('waar de resultaatcontrole van uitgaat', () => {
  test('de vraag leidt alleen naar objecttypen: geen interfaces of unions in het schema', () => {
    expect(Object.values(schema.getTypeMap()).filter((t) => isAbstractType(t)).map((t) => t.name)).toEqual([]);
  });

  test('elke drager die een gecontroleerde vraag bereikt, heeft het huishouden als onderwerp', () => {
    const dragers = [...typen].flatMap(([naam, onderwerpen]) => Object.keys(objecttype(naam).getFields())
      .filter((v) => veldkaart.get(`${naam}.${v}`)?.deel === 'drager').map((v) => [`${naam}.${v}`, [...onderwerpen]]));
    expect(dragers.length).toBeGreaterThan(0);
    expect(dragers.filter(([, onderwerpen]) => onderwerpen.length !== 1 || onderwerpen[0] !== 'huishouden')).toEqual([]);
  });

  test('de enige eigen lijst is Huishouden.betrokkenheden: één partner, een lijst van records, alleen daar bereikt', () => {
    expect([...veldkaart].filter(([, info]) => info.eigen === 'lijst').map(([c, info]) => [c, info.partners])).toEqual([['Huishouden.betrokkenheden', ['netwerk']]]);
    expect(getNamedType(objecttype('Huishouden').getFields().betrokkenheden.type).name).toBe('Betrokkenheid');
    const naarBetrokkenheid = [...typen.keys()].flatMap((naam) => Object.values(objecttype(naam).getFields()).filter((v) => getNamedType(v.type).name === 'Betrokkenheid').map((v) => `${naam}.${v.name}`));
    expect(naarBetrokkenheid).toEqual(['Huishouden.betrokkenheden']);
  });

  test('de velden van een betrokkenheid zelf: van dezelfde partner en categorie als de lijst; alleen het id is een pseudoniem', () => {
    const lijst = veldkaart.get('Huishouden.betrokkenheden')!;
    const velden = [...veldkaart].filter(([c, info]) => info.eigen === 'record' && c.startsWith('Betrokkenheid.'));
    expect(velden.length).toBe(Object.keys(objecttype('Betrokkenheid').getFields()).length);
    for (const [c, info] of velden) expect([c, info.partners, info.categorie]).toEqual([c, lijst.partners, c === 'Betrokkenheid.id' ? 'pseudoniem' : lijst.categorie]);
    expect([...veldkaart].filter(([c, info]) => info.eigen === 'record' && !c.startsWith('Betrokkenheid.'))).toEqual([]);
  });

  test('op een deel is alleen betreft een lijst, en nooit null; een veld betreft van iets anders is geen lijst', () => {
    const lijsten = [...typen.keys()].flatMap((naam) => Object.values(objecttype(naam).getFields())
      .filter((v) => isListType(isNonNullType(v.type) ? v.type.ofType : v.type) && (isDeel(objecttype(naam)) || v.name === BETREFT)).map((v) => [`${naam}.${v.name}`, isNonNullType(v.type), isDeel(objecttype(naam))]));
    expect(lijsten.length).toBeGreaterThan(0);
    expect(lijsten.filter(([c, nietNull, deel]) => !String(c).endsWith(`.${BETREFT}`) || !nietNull || !deel)).toEqual([]);
  });
});

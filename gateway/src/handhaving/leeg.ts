import {
  FieldNode, getNamedType, GraphQLOutputType, GraphQLSchema, isListType, isNonNullType, isObjectType, Kind, parse, SelectionSetNode,
} from 'graphql';

type Waarde = null | [] | string | { [veld: string]: Waarde };

/**
 * What a partner that cannot be reached "answers" for one subgraph fetch: every requested entity, with
 * each field as it reads when withheld (null, or an empty list), and only the keys it was asked by. So
 * the rest of the netwerkdossier still composes; the response names the missing partner. Undefined when
 * the fetch asks for something that cannot be left empty (a required value that is not a key).
 */
export function leegAntwoord(schema: GraphQLSchema, query: string, variables: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const operatie = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operatie || operatie.kind !== Kind.OPERATION_DEFINITION || operatie.operation !== 'query') return undefined;
  const data: Record<string, unknown> = {};
  for (const s of operatie.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) return undefined;
    if (s.name.value === '__typename') data[s.alias?.value ?? '__typename'] = 'Query';
    else if (s.name.value === '_entities') {
      const representaties = (variables?.representations ?? []) as Array<Record<string, Waarde>>;
      const entiteiten = representaties.map((r) => object(schema, String(r.__typename), s.selectionSet, r));
      if (entiteiten.some((e) => e === undefined)) return undefined;
      data[s.alias?.value ?? '_entities'] = entiteiten;
    } else {
      const veld = schema.getQueryType()?.getFields()[s.name.value];
      if (!veld) return undefined;
      const waarde = leeg(schema, veld.type, s);
      if (waarde === undefined) return undefined;
      data[s.alias?.value ?? s.name.value] = waarde;
    }
  }
  return data;
}

function object(schema: GraphQLSchema, typeNaam: string, selectie: SelectionSetNode | undefined, sleutels: Record<string, Waarde>): Waarde | undefined {
  const type = schema.getType(typeNaam);
  if (!isObjectType(type) || !selectie) return undefined;
  const uit: Record<string, Waarde> = {};
  for (const s of selectie.selections) {
    if (s.kind === Kind.INLINE_FRAGMENT) {
      if (s.typeCondition && s.typeCondition.name.value !== typeNaam) continue;
      const binnen = object(schema, typeNaam, s.selectionSet, sleutels);
      if (binnen === undefined || binnen === null || typeof binnen !== 'object' || Array.isArray(binnen)) return undefined;
      Object.assign(uit, binnen);
      continue;
    }
    if (s.kind !== Kind.FIELD) return undefined;
    const naam = s.alias?.value ?? s.name.value;
    if (s.name.value === '__typename') {
      uit[naam] = typeNaam;
      continue;
    }
    const veld = type.getFields()[s.name.value];
    if (!veld) return undefined;
    const waarde = s.name.value in sleutels && !s.selectionSet ? sleutels[s.name.value] : leeg(schema, veld.type, s);
    if (waarde === undefined) return undefined;
    uit[naam] = waarde;
  }
  return uit;
}

function leeg(schema: GraphQLSchema, type: GraphQLOutputType, veld: FieldNode): Waarde | undefined {
  if (!isNonNullType(type)) return null;
  if (isListType(type.ofType)) return [];
  const binnen = getNamedType(type);
  // a required object: its own fields, each left empty; a required scalar cannot be left empty
  return isObjectType(binnen) ? object(schema, binnen.name, veld.selectionSet, {}) : undefined;
}

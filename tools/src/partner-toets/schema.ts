import { isCategorie } from '@netwerkdossier/shared';
import { DefinitionNode, FieldDefinitionNode, Kind, parse, StringValueNode, TypeNode } from 'graphql';

/** A field's type, as the SDL writes it: a named type or a list, each possibly non-null. */
export type Typeverwijzing = { nietNull: boolean } & ({ naam: string } | { lijst: Typeverwijzing });

export interface Veld {
  naam: string;
  type: Typeverwijzing;
  /** Its `@categorie`, or null when it has none. */
  categorie: string | null;
  /** Whether it needs an argument: the kit cannot ask such a field without knowing what to pass. */
  verplichteArgumenten: boolean;
}

/** What the kit reads from a partner's `_service` SDL: its object types and fields, enums and entities. */
export interface Partnerschema {
  objecten: Map<string, Veld[]>;
  enums: Set<string>;
  /** Object types with a `@key`: Huishouden and Persoon, and any entity of the partner's own. */
  entiteiten: Set<string>;
}

/** One field asked in the kit's query, under its response key, with what is asked of it. */
export interface Selectie {
  sleutel: string;
  veld: Veld;
  sub?: Selectie[];
}

function typeVan(node: TypeNode): Typeverwijzing {
  if (node.kind === Kind.NON_NULL_TYPE) return { ...typeVan(node.type), nietNull: true };
  if (node.kind === Kind.LIST_TYPE) return { nietNull: false, lijst: typeVan(node.type) };
  return { nietNull: false, naam: node.name.value };
}

/** The named type under the lists. */
export function benoemd(type: Typeverwijzing): string {
  return 'naam' in type ? type.naam : benoemd(type.lijst);
}

function veldVan(node: FieldDefinitionNode): Veld {
  const directief = node.directives?.find((d) => d.name.value === 'categorie');
  const naam = directief?.arguments?.find((a) => a.name.value === 'naam')?.value;
  return {
    naam: node.name.value,
    type: typeVan(node.type),
    categorie: naam?.kind === Kind.STRING ? (naam as StringValueNode).value : null,
    verplichteArgumenten: node.arguments?.some((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue) ?? false,
  };
}

/** Reads the SDL a partner gives in `_service { sdl }` (type definitions and extensions alike). */
export function leesSchema(sdl: string): Partnerschema {
  const schema: Partnerschema = { objecten: new Map(), enums: new Set(), entiteiten: new Set() };
  for (const def of parse(sdl).definitions as DefinitionNode[]) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION) schema.enums.add(def.name.value);
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const naam = def.name.value;
    if (naam === 'Query' || naam === 'Mutation' || naam.startsWith('_')) continue;
    if (def.directives?.some((d) => d.name.value === 'key')) schema.entiteiten.add(naam);
    schema.objecten.set(naam, [...(schema.objecten.get(naam) ?? []), ...(def.fields ?? []).map(veldVan)]);
  }
  return schema;
}

/** Every field without a valid `@categorie`, as Type.field. */
export function zonderCategorie(schema: Partnerschema): string[] {
  return [...schema.objecten].flatMap(([type, velden]) => velden.filter((v) => !isCategorie(v.categorie)).map((v) => `${type}.${v.naam}`));
}

/**
 * Everything that can be asked of a type: every field, records to their leaves, but no type twice on
 * one path (so Persoon under a Maatregel is asked, a cycle is not) and no field that needs an argument.
 */
export function volledigeSelectie(schema: Partnerschema, type: string, pad: readonly string[] = []): Selectie[] {
  const uit: Selectie[] = [];
  for (const veld of schema.objecten.get(type) ?? []) {
    if (veld.verplichteArgumenten) continue;
    const doel = benoemd(veld.type);
    if (!schema.objecten.has(doel)) {
      uit.push({ sleutel: veld.naam, veld });
      continue;
    }
    if (pad.includes(doel) || doel === type) continue;
    const sub = volledigeSelectie(schema, doel, [...pad, type]);
    if (sub.length) uit.push({ sleutel: veld.naam, veld, sub });
  }
  return uit;
}

/** The selection as query text. */
function alsTekst(selectie: Selectie[]): string {
  return selectie.map((s) => `${s.sleutel === s.veld.naam ? '' : `${s.sleutel}: `}${s.veld.naam}${s.sub ? ` { ${alsTekst(s.sub)} }` : ''}`).join(' ');
}

/** An `_entities` query asking these selections per entity type, with `__typename` on every entity. */
export function entiteitenQuery(perType: ReadonlyMap<string, Selectie[]>): string {
  const fragmenten = [...perType].filter(([, selectie]) => selectie.length).map(([type, selectie]) => `... on ${type} { ${alsTekst(selectie)} }`).join(' ');
  return `query ($representaties: [_Any!]!) { _entities(representations: $representaties) { __typename ${fragmenten} } }`;
}

import path from 'node:path';

import { ConstDirectiveNode, DocumentNode, EnumTypeDefinitionNode, Kind, ObjectTypeDefinitionNode, parse, StringValueNode } from 'graphql';

import { Categorie, CATEGORIEEN } from '../categorie';
import { PARTNER_NAMEN } from '../partners';

/** The composed supergraph checked in beside the gateway (gateway/supergraph.graphql of this checkout or image). */
export const STANDAARD_SUPERGRAPH = path.resolve(__dirname, '..', '..', '..', 'gateway', 'supergraph.graphql');

/** A field's category and the subgraph(s) that resolve it: several only for entity keys shared by all. */
export interface Veldeigenaar {
  categorie: Categorie;
  partners: string[];
}

function argument(directief: ConstDirectiveNode, naam: string): string | undefined {
  const waarde = directief.arguments?.find((a) => a.name.value === naam)?.value;
  return waarde?.kind === Kind.ENUM ? waarde.value : (waarde as StringValueNode | undefined)?.value;
}

/** Schema coordinate (`Type.field`) → category and owning subgraphs, from the supergraph's @join__type, @join__field and @categorie. */
export function veldeigenaars(doc: DocumentNode): Map<string, Veldeigenaar> {
  const grafen = new Map<string, string>();
  const graafEnum = doc.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  for (const waarde of graafEnum?.values ?? []) {
    const naam = waarde.directives?.find((d) => d.name.value === 'join__graph');
    if (naam) grafen.set(waarde.name.value, argument(naam, 'name')!);
  }
  const uit = new Map<string, Veldeigenaar>();
  for (const type of doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)) {
    const typeGrafen = (type.directives ?? []).filter((d) => d.name.value === 'join__type').map((d) => grafen.get(argument(d, 'graph')!)!);
    for (const veld of type.fields ?? []) {
      const categorie = veld.directives?.find((d) => d.name.value === 'categorie');
      if (!categorie) continue;
      const eigen = (veld.directives ?? []).filter((d) => d.name.value === 'join__field' && argument(d, 'graph')).map((d) => grafen.get(argument(d, 'graph')!)!);
      uit.set(`${type.name.value}.${veld.name.value}`, { categorie: argument(categorie, 'naam') as Categorie, partners: eigen.length ? eigen : typeGrafen });
    }
  }
  return uit;
}

/**
 * Per category, the partner organisations that hold data of it: whose say a change of its rules needs. With
 * `diensten` SUBGRAPHS, the register (netwerk) too: every place data of the category exists.
 */
export function houdersPerCategorie(velden: ReadonlyMap<string, Veldeigenaar>, diensten: readonly string[] = PARTNER_NAMEN): Record<Categorie, string[]> {
  const houders = Object.fromEntries(CATEGORIEEN.map((c) => [c, new Set<string>()])) as Record<Categorie, Set<string>>;
  for (const { categorie, partners } of velden.values()) for (const p of partners) if (diensten.includes(p)) houders[categorie].add(p);
  return Object.fromEntries(CATEGORIEEN.map((c) => [c, [...houders[c]].sort()])) as Record<Categorie, string[]>;
}

/**
 * houdersPerCategorie of a supergraph's text. Throws when it is not one (no field with a category): whoever
 * asks whose say a change needs must not get "nobody's" from a broken file.
 */
export function houdersUitSupergraph(sdl: string): Record<Categorie, string[]> {
  const velden = veldeigenaars(parse(sdl));
  if (velden.size === 0) throw new Error('de supergraph noemt geen enkel veld met een categorie');
  return houdersPerCategorie(velden);
}

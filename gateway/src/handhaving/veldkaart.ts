import { Categorie } from '@netwerkdossier/shared';
import { ConstDirectiveNode, EnumTypeDefinitionNode, Kind, ObjectTypeDefinitionNode, parse, StringValueNode } from 'graphql';

import { Partner } from '../beslissing';

/** Who owns a field's data and which category it is; decisions are made on these, never on response keys. */
export interface Veldinfo {
  categorie: Categorie;
  /** The subgraph(s) that resolve the field; several only for entity keys shared by all. */
  partners: Partner[];
}

/** Schema coordinate (`Type.field`) → owner and category, read from the supergraph. */
export type Veldkaart = ReadonlyMap<string, Veldinfo>;

function argument(directief: ConstDirectiveNode, naam: string): string | undefined {
  const waarde = directief.arguments?.find((a) => a.name.value === naam)?.value;
  return waarde?.kind === Kind.ENUM ? waarde.value : (waarde as StringValueNode | undefined)?.value;
}

/** Builds the field map from the supergraph's @join__type, @join__field and @categorie directives. */
export function leesVeldkaart(supergraphSdl: string): Veldkaart {
  const doc = parse(supergraphSdl);
  const grafen = new Map<string, Partner>();
  const graafEnum = doc.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  for (const waarde of graafEnum?.values ?? []) {
    const naam = waarde.directives?.find((d) => d.name.value === 'join__graph');
    if (naam) grafen.set(waarde.name.value, argument(naam, 'name') as Partner);
  }
  const kaart = new Map<string, Veldinfo>();
  for (const type of doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)) {
    const typeGrafen = (type.directives ?? []).filter((d) => d.name.value === 'join__type').map((d) => grafen.get(argument(d, 'graph')!)!);
    for (const veld of type.fields ?? []) {
      const categorie = veld.directives?.find((d) => d.name.value === 'categorie');
      if (!categorie) continue;
      const eigen = (veld.directives ?? []).filter((d) => d.name.value === 'join__field' && argument(d, 'graph')).map((d) => grafen.get(argument(d, 'graph')!)!);
      kaart.set(`${type.name.value}.${veld.name.value}`, { categorie: argument(categorie, 'naam') as Categorie, partners: eigen.length ? eigen : typeGrafen });
    }
  }
  return kaart;
}

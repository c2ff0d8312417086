import { GraphQLSchema, isInterfaceType, isObjectType, StringValueNode } from 'graphql';

import { isCategorie } from './categorie';

/** A field that has no (known) category, named so a developer can find it. */
export interface Classificatiefout {
  coordinaat: string;
  reden: string;
}

const FEDERATIE_TYPES = new Set(['_Service', '_Entity', '_Any']);
const FEDERATIE_VELDEN = new Set(['Query._entities', 'Query._service']);

/**
 * Checks that every field of every object and interface type carries exactly one
 * known `@categorie`. Federation's own `_entities`/`_service` are left out.
 */
export function controleerClassificatie(schema: GraphQLSchema): Classificatiefout[] {
  const fouten: Classificatiefout[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || FEDERATIE_TYPES.has(type.name)) continue;
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const veld of Object.values(type.getFields())) {
      const coordinaat = `${type.name}.${veld.name}`;
      if (FEDERATIE_VELDEN.has(coordinaat)) continue;
      const directieven = (veld.astNode?.directives ?? []).filter((d) => d.name.value === 'categorie');
      if (directieven.length === 0) {
        fouten.push({ coordinaat, reden: 'heeft geen @categorie' });
        continue;
      }
      if (directieven.length > 1) {
        fouten.push({ coordinaat, reden: 'heeft meer dan één @categorie' });
        continue;
      }
      const naam = directieven[0].arguments?.find((a) => a.name.value === 'naam')?.value as StringValueNode | undefined;
      if (!isCategorie(naam?.value)) {
        fouten.push({ coordinaat, reden: `heeft een onbekende categorie "${naam?.value ?? ''}"` });
      }
    }
  }
  return fouten;
}

import { getNamedType, GraphQLField, GraphQLSchema, isInterfaceType, isListType, isNonNullType, isObjectType, StringValueNode } from 'graphql';

import { Categorie, isCategorie } from './categorie';

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

const ONDERWERPEN = new Set(['Huishouden', 'Persoon']);
const categorie = (veld: GraphQLField<unknown, unknown>) =>
  ((veld.astNode?.directives ?? []).find((d) => d.name.value === 'categorie')?.arguments?.find((a) => a.name.value === 'naam')?.value as StringValueNode | undefined)?.value as Categorie | undefined;
const ontoegankelijk = (t: { astNode?: { directives?: ReadonlyArray<{ name: { value: string } }> } | null }) => (t.astNode?.directives ?? []).some((d) => d.name.value === 'inaccessible');

/**
 * Checks that the subgraph can withhold every field on its own: a record under a household or person
 * is shown or withheld with the field that leads to it, so its non-null fields must have that field's
 * category (or be pseudonyms); a field of another category must be nullable, or withholding it alone
 * would null its whole record. Registrations (mutations) and the gateway's internal types are the
 * caller's own facts and are not checked.
 */
export function controleerAfschermbaarheid(schema: GraphQLSchema): Classificatiefout[] {
  const ouders = new Map<string, Array<{ coordinaat: string; categorie: Categorie | undefined }>>();
  const typen = Object.values(schema.getTypeMap()).filter(isObjectType).filter((t) => !t.name.startsWith('_'));
  for (const type of typen) {
    if (type === schema.getMutationType() || ontoegankelijk(type)) continue;
    for (const veld of Object.values(type.getFields())) {
      if (ontoegankelijk(veld)) continue;
      const doel = getNamedType(veld.type).name;
      ouders.set(doel, [...(ouders.get(doel) ?? []), { coordinaat: `${type.name}.${veld.name}`, categorie: categorie(veld) }]);
    }
  }
  const fouten: Classificatiefout[] = [];
  for (const type of typen) {
    if (ONDERWERPEN.has(type.name)) {
      // withheld for one member, not for another: a non-null field would null the whole person or household
      for (const veld of Object.values(type.getFields())) {
        const c = categorie(veld);
        if (c && c !== 'pseudoniem' && isNonNullType(veld.type) && !isListType(veld.type.ofType)) {
          fouten.push({ coordinaat: `${type.name}.${veld.name}`, reden: 'is niet-null maar kan per persoon of huishouden worden afgeschermd; maak het nullable' });
        }
      }
      continue;
    }
    if (type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const veld of Object.values(type.getFields())) {
      const c = categorie(veld);
      if (!c || !isNonNullType(veld.type) || c === 'pseudoniem') continue;
      for (const ouder of ouders.get(type.name) ?? []) {
        if (ouder.categorie !== c) fouten.push({ coordinaat: `${type.name}.${veld.name}`, reden: `is niet-null maar kan los van ${ouder.coordinaat} (${ouder.categorie}) worden afgeschermd; maak het nullable` });
      }
    }
  }
  return fouten;
}

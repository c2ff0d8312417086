import { getNamedType, GraphQLField, GraphQLObjectType, GraphQLSchema, isInterfaceType, isListType, isNonNullType, isObjectType, StringValueNode } from 'graphql';

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

type Houder = { coordinaat: string; categorie: Categorie | undefined };

/** The schema's public object types, and for each type the fields that lead to it (its holders). */
function recordstructuur(schema: GraphQLSchema): { typen: GraphQLObjectType[]; ouders: Map<string, Houder[]> } {
  const ouders = new Map<string, Houder[]>();
  const typen = Object.values(schema.getTypeMap()).filter(isObjectType).filter((t) => !t.name.startsWith('_'));
  for (const type of typen) {
    if (type === schema.getMutationType() || ontoegankelijk(type)) continue;
    for (const veld of Object.values(type.getFields())) {
      if (ontoegankelijk(veld)) continue;
      const doel = getNamedType(veld.type).name;
      ouders.set(doel, [...(ouders.get(doel) ?? []), { coordinaat: `${type.name}.${veld.name}`, categorie: categorie(veld) }]);
    }
  }
  return { typen, ouders };
}

/**
 * Checks that the subgraph can withhold every field on its own: a record under a household or person
 * is shown or withheld with the field that leads to it, so its non-null fields must have that field's
 * category (or be pseudonyms); a field of another category must be nullable, or withholding it alone
 * would null its whole record. Registrations (mutations) and the gateway's internal types are the
 * caller's own facts and are not checked.
 */
export function controleerAfschermbaarheid(schema: GraphQLSchema): Classificatiefout[] {
  const { typen, ouders } = recordstructuur(schema);
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

/**
 * Categories the policy never shares beyond the partner's own dossier (the deelmatrix says `nooit` for
 * every vorm, a doorbraak never opens them, a household member never sees them): inside their record
 * they only narrow it. Where they do open, in the partner's own dossier, the record is open as well.
 */
const ALLEEN_EIGEN_DOSSIER: ReadonlySet<Categorie> = new Set(['melder', 'vertrouwelijk', 'werkaantekening']);

/**
 * Checks that every category a subgraph holds can take effect: a record under a household or person is
 * withheld as a whole with the field that holds it, so a field of another category inside it could be
 * open (and `uitleg` say so) while nothing of it can be shown. Refused unless the subgraph shows that
 * category on its own elsewhere (on the household or person, or in a record held only by fields of that
 * category: then the field inside merely narrows its record), or it is a pseudonym, or a category only
 * the own dossier opens.
 */
export function controleerBereikbaarheid(schema: GraphQLSchema): Classificatiefout[] {
  const { typen, ouders } = recordstructuur(schema);
  const records = typen.filter((t) => !ONDERWERPEN.has(t.name) && t !== schema.getQueryType() && t !== schema.getMutationType() && !ontoegankelijk(t));
  // per record type: the categories every field on some path from a household or person to it carries
  const ketens = new Map<string, Set<Categorie>>();
  const keten = (type: string, bezig = new Set<string>()): Set<Categorie> => {
    const bekend = ketens.get(type);
    if (bekend) return bekend;
    const uit = new Set<Categorie>();
    for (const ouder of ouders.get(type) ?? []) {
      const [ouderType] = ouder.coordinaat.split('.');
      if (!ouder.categorie || bezig.has(ouderType)) continue;
      if (ONDERWERPEN.has(ouderType) || ouderType === schema.getQueryType()?.name || keten(ouderType, new Set([...bezig, type])).has(ouder.categorie)) uit.add(ouder.categorie);
    }
    ketens.set(type, uit);
    return uit;
  };
  const zelfstandig = new Set<Categorie>();
  for (const type of typen.filter((t) => ONDERWERPEN.has(t.name))) for (const veld of Object.values(type.getFields())) if (categorie(veld)) zelfstandig.add(categorie(veld)!);
  for (const type of records) for (const veld of Object.values(type.getFields())) if (categorie(veld) && keten(type.name).has(categorie(veld)!)) zelfstandig.add(categorie(veld)!);
  const fouten: Classificatiefout[] = [];
  for (const type of records) {
    for (const veld of Object.values(type.getFields())) {
      const c = categorie(veld);
      if (!c || c === 'pseudoniem' || zelfstandig.has(c) || ALLEEN_EIGEN_DOSSIER.has(c)) continue;
      for (const ouder of ouders.get(type.name) ?? []) {
        if (ouder.categorie !== c) fouten.push({ coordinaat: `${type.name}.${veld.name}`, reden: `(${c}) staat in een record dat met ${ouder.coordinaat} (${ouder.categorie}) als geheel wordt afgeschermd; waar ${c} open is en ${ouder.categorie} niet, is het onbereikbaar terwijl de uitleg het zichtbaar noemt: geef het de categorie ${ouder.categorie}, of haal het uit dit record` });
      }
    }
  }
  return fouten;
}

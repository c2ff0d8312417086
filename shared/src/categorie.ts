import { Directive } from 'type-graphql';

/**
 * The data categories every field belongs to. Policies decide per category; a field
 * without one never reaches the supergraph.
 */
export const CATEGORIEEN = [
  'pseudoniem',
  'identificatie',
  'gezinssituatie',
  'veiligheid',
  'hulpverlening',
  'gezondheid',
  'justitieel',
  'bestaanszekerheid',
  'grondslag',
  'melder',
  'vertrouwelijk',
  'werkaantekening',
  'maatregelkader',
] as const;

export type Categorie = (typeof CATEGORIEEN)[number];

/** The `@link` url under which subgraphs import `@categorie`; it is an identifier, never fetched. */
export const CATEGORIE_SPEC_URL = 'https://netwerkdossier.nl/categorie/v1.0';

export const CATEGORIE_DIRECTIVE_SDL = /* GraphQL */ `
  directive @categorie(naam: String!) on FIELD_DEFINITION
`;

/** Classifies a field: `@Field() @Categorie('veiligheid') aard!: string`. */
export function Categorie(naam: Categorie): MethodDecorator & PropertyDecorator {
  return Directive(`@categorie(naam: "${naam}")`);
}

/** Type guard for values read from SDL. */
export function isCategorie(waarde: unknown): waarde is Categorie {
  return typeof waarde === 'string' && (CATEGORIEEN as readonly string[]).includes(waarde);
}

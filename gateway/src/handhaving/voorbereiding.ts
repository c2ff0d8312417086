import { DocumentNode, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';

import { Beslissingscontext, Persoonsbeslissing } from '../beslissing';
import { Besluitenset } from './besluitenset';
import { Afgeschermd, itemsVoor, voegOnderwerpToe } from './controle';
import { snoei, Verwijderd } from './snoeien';
import { Veldkaart } from './veldkaart';

/** What a query becomes once decided: the decisions, what was taken out and why, and what is left to plan. */
export interface Voorbereiding {
  besluiten: Besluitenset;
  /**
   * The households the caller may see anything of: the grants' scope. A household the caller is not
   * involved with is treated exactly like one that does not exist (its root field answers null).
   */
  reikwijdte: string[];
  afgeschermd: Afgeschermd[];
  /** The pruned operation with `_onderwerp` on every household and person, or null when nothing is left. */
  document: DocumentNode | null;
  operatie: OperationDefinitionNode | null;
}

/** The rows that decide a field about the household as a whole (a member's household-level rows where made), or about one person. */
function rijenOpNiveau(tabel: Persoonsbeslissing[], huishouden: boolean): Persoonsbeslissing[] {
  const apart = new Set(tabel.filter((b) => b.niveau).map((b) => b.persoonId));
  return tabel.filter((b) => (b.niveau ? huishouden : !(huishouden && apart.has(b.persoonId))));
}

function afgeschermdVoor(v: Verwijderd, veldkaart: Veldkaart, tabel: Persoonsbeslissing[], besluiten: Besluitenset): Afgeschermd[] {
  const info = veldkaart.get(v.coordinaat);
  if (!info) return [{ pad: v.pad, persoon: null, categorie: null, partner: null, reden: 'Dit veld heeft geen categorie en wordt nooit getoond.', regel: 'classificatie' }];
  const rijen = rijenOpNiveau(tabel, info.niveau === 'huishouden');
  return itemsVoor(v.pad, info.categorie, info.partners, besluiten, (p) => rijen.filter((b) => b.partner === p && b.categorie === info.categorie && b.uitkomst !== 'zichtbaar'));
}

/**
 * The gateway's policy work on one query, before planning: arrange the decision table for enforcement,
 * remove every field no subject in scope may see, explain each removal, and mark subjects in the rest.
 */
export function bereidVoor(
  schema: GraphQLSchema, document: DocumentNode, operatieNaam: string | null, reikwijdte: string[],
  contexten: Beslissingscontext[], tabel: Persoonsbeslissing[], veldkaart: Veldkaart,
): Voorbereiding {
  // involved: something of the household may be seen (visible or anonymised)
  const zienbaar = new Set(tabel.filter((b) => b.uitkomst !== 'afgeschermd').map((b) => b.persoonId));
  const inScope = contexten.filter((c) => reikwijdte.includes(c.huishoudenId) && c.personen.some((p) => zienbaar.has(p.id)));
  const betrokken = new Set(inScope.map((c) => c.huishoudenId));
  const personen = new Set(inScope.flatMap((c) => c.personen.map((p) => p.id)));
  const besluiten = new Besluitenset(inScope, tabel.filter((b) => personen.has(b.persoonId)));
  // a field stays in the operation when someone in scope may see it (visible or anonymised); the
  // subgraphs then answer per household and person, and the result is checked against the same decisions.
  // Only entity keys have several partners: the same pseudonym, wherever it comes from.
  const toegestaan = (coordinaat: string) => {
    // nothing in scope: only the (then empty) list of one's own households
    if (betrokken.size === 0) return coordinaat === 'Query.huishoudens';
    const info = veldkaart.get(coordinaat);
    return !!info && info.partners.some((p) => besluiten.ergensToegestaan(p, info.categorie, info.niveau));
  };
  const { document: gesnoeid, verwijderd } = snoei(schema, document, toegestaan);
  const afgeschermd = verwijderd.flatMap((v) => afgeschermdVoor(v, veldkaart, tabel, besluiten));
  const isDeze = (d: DocumentNode['definitions'][number]): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (d.name?.value ?? null) === operatieNaam;
  if (!gesnoeid.definitions.some((d) => isDeze(d) && d.selectionSet.selections.length > 0)) return { besluiten, reikwijdte: [...betrokken], afgeschermd, document: null, operatie: null };
  // only this operation and the fragments it still uses travel on
  const gemarkeerd = voegOnderwerpToe(schema, { ...gesnoeid, definitions: gesnoeid.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION || isDeze(d)) });
  return { besluiten, reikwijdte: [...betrokken], afgeschermd, document: gemarkeerd, operatie: gemarkeerd.definitions.find(isDeze)! };
}

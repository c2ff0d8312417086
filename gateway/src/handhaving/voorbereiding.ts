import { DocumentNode, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';

import { Beslissingscontext, NIET_BETROKKEN, NOG_NIET_BEVESTIGD, Persoonsbeslissing, Vrager } from '../beslissing';
import { Besluitenset } from './besluitenset';
import { Afgeschermd, itemsVoor, voegOnderwerpToe } from './controle';
import { snoei, Verwijderd } from './snoeien';
import { Veldkaart } from './veldkaart';

/** The households one root field of the query is about, under its response key. */
export interface Gevraagd {
  pad: string;
  huishoudens: string[];
}

/** What a query becomes once decided: the decisions, what was taken out and why, and what is left to plan. */
export interface Voorbereiding {
  besluiten: Besluitenset;
  /**
   * The households the caller may see anything of: the grants' scope. A household the caller may
   * see nothing of is treated exactly like one that does not exist (its root field answers null, a list
   * leaves it out), with one item that names none of its members.
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

/** Why the caller may see nothing of a household, as the one item that stands for all of it. */
export type HeelAfgeschermd = Pick<Afgeschermd, 'regel' | 'reden'>;

/**
 * Whether the caller may see a household at all, from its decision rows: only where the registry may
 * show the household's own pseudonym (for every member), since everything else hangs under it. Where
 * not, why: the rule that withholds it when the caller is involved (something else of the household
 * would be visible), otherwise the answer an unknown household gets.
 */
export function heelAfgeschermd(rijen: Persoonsbeslissing[]): HeelAfgeschermd | null {
  const eigen = rijenOpNiveau(rijen, true).filter((b) => b.partner === 'netwerk' && b.categorie === 'pseudoniem');
  if (eigen.length && eigen.every((b) => b.uitkomst === 'zichtbaar')) return null;
  if (!rijen.some((b) => b.uitkomst !== 'afgeschermd')) {
    // one's own statutory registration that waits for confirmation: the registrant knows of it, so it may say so
    return rijen.some((b) => b.regel === 'bevestiging') ? { regel: 'bevestiging', reden: NOG_NIET_BEVESTIGD } : { regel: 'betrokkenheid', reden: NIET_BETROKKEN };
  }
  // the rules that close a pseudonym hold for the whole household; by rule, never by member order
  const [weg] = eigen.filter((b) => b.uitkomst !== 'zichtbaar').sort((a, b) => a.regel.localeCompare(b.regel));
  return { regel: weg.regel, reden: weg.reden };
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
  schema: GraphQLSchema, document: DocumentNode, operatieNaam: string | null, gevraagd: Gevraagd[],
  contexten: Beslissingscontext[], tabel: Persoonsbeslissing[], veldkaart: Veldkaart, vrager: Vrager | null = null,
): Voorbereiding {
  const huishoudenVan = new Map(contexten.flatMap((c) => c.personen.map((p) => [p.id, c.huishoudenId] as const)));
  const rijenVan = new Map<string, Persoonsbeslissing[]>();
  for (const b of tabel) {
    const h = huishoudenVan.get(b.persoonId);
    if (!h) continue;
    const rijen = rijenVan.get(h);
    if (rijen) rijen.push(b);
    else rijenVan.set(h, [b]);
  }
  const weg = new Map(gevraagd.flatMap((g) => g.huishoudens).map((h) => [h, heelAfgeschermd(rijenVan.get(h) ?? [])] as const));
  const inScope = contexten.filter((c) => weg.get(c.huishoudenId) === null);
  const betrokken = new Set(inScope.map((c) => c.huishoudenId));
  const personen = new Set(inScope.flatMap((c) => c.personen.map((p) => p.id)));
  const besluiten = new Besluitenset(inScope, tabel.filter((b) => personen.has(b.persoonId)), vrager);
  // a field stays in the operation when someone in scope may see it (visible or anonymised); the
  // subgraphs then answer per household and person, and the result is checked against the same decisions.
  // Only entity keys have several partners: the same pseudonym, wherever it comes from.
  const toegestaan = (coordinaat: string): boolean | 'deels' => {
    // nothing in scope: only the (then empty) list of one's own households
    if (betrokken.size === 0) return coordinaat === 'Query.huishoudens';
    const info = veldkaart.get(coordinaat);
    if (!info) return false;
    const ergens = info.partners.some((p) => besluiten.ergensToegestaan(p, info.categorie, info.niveau, info.deel));
    if (!info.eigen || !besluiten.vrager?.organisatie) return ergens;
    // one's own records (a betrokkenheid) are one's own to see: their list is asked, and its partner gives the
    // others only where they may be shown (shared/src/betreft.ts), as the result check holds it to. Where a
    // household's may not, that is explained here, once for the list, from the decisions alone
    const anderenNiet = info.eigen === 'lijst' && [...betrokken].some((h) => info.partners.every((p) => besluiten.uitkomst(p, { soort: 'huishouden', id: h }, info.categorie) === 'afgeschermd'));
    return anderenNiet ? 'deels' : true;
  };
  const { document: gesnoeid, verwijderd: weggelaten, deels } = snoei(schema, document, toegestaan);
  const verwijderd = [...weggelaten, ...deels];
  // a household seen not at all reads as one item where it was asked (its root field, or the list that
  // leaves it out): nothing about its members, not even how many
  const nergens = gevraagd.flatMap((g) => g.huishoudens.flatMap((h) => {
    const waarom = weg.get(h);
    return waarom ? [{ pad: g.pad, persoon: null, categorie: 'pseudoniem', partner: 'netwerk', ...waarom }] : [];
  }));
  // where every household asked is left out, its item says all: nothing further about fields taken out below it
  const gedekt = new Set(gevraagd.filter((g) => g.huishoudens.length > 0 && g.huishoudens.every((h) => weg.get(h))).map((g) => g.pad));
  const onderGedekt = (pad: string) => [...gedekt].some((g) => pad === g || pad.startsWith(`${g}.`));
  const afgeschermd = [...nergens, ...verwijderd.filter((v) => !onderGedekt(v.pad) && !nergens.some((n) => n.pad === v.pad)).flatMap((v) => afgeschermdVoor(v, veldkaart, tabel, besluiten))];
  const isDeze = (d: DocumentNode['definitions'][number]): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (d.name?.value ?? null) === operatieNaam;
  if (!gesnoeid.definitions.some((d) => isDeze(d) && d.selectionSet.selections.length > 0)) return { besluiten, reikwijdte: [...betrokken], afgeschermd, document: null, operatie: null };
  // only this operation and the fragments it still uses travel on
  const gemarkeerd = voegOnderwerpToe(schema, { ...gesnoeid, definitions: gesnoeid.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION || isDeze(d)) });
  return { besluiten, reikwijdte: [...betrokken], afgeschermd, document: gemarkeerd, operatie: gemarkeerd.definitions.find(isDeze)! };
}

import {
  DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema, isObjectType, Kind,
  OperationDefinitionNode, SelectionSetNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';

import { BETREFT, betreftVan, EIGENAAR_VELDEN, eigenLijst, isBetreftVeld, isBuitenBeeld, isEigenaarType, isEigenRecord } from '@netwerkdossier/shared';

import { NIET_BETROKKEN, Partner } from '../beslissing';
import { BUITEN_HUISHOUDEN } from '../beslissing/reden';
import { Besluitenset, Onderwerp } from './besluitenset';
import { EenmaligePseudoniemen } from './eenmalig';
import { Veldinfo, Veldkaart } from './veldkaart';

/** One withheld item, as the client reads it in `extensions.afgeschermd`. */
export interface Afgeschermd {
  pad: string;
  persoon: string | null;
  categorie: string | null;
  partner: string | null;
  reden: string;
  regel: string;
}

/** The response key under which the gateway asks for each household's and person's pseudonym. */
export const ONDERWERP_ALIAS = '_onderwerp';
const ONDERWERP_TYPEN: Record<string, 'huishouden' | 'persoon'> = { Huishouden: 'huishouden', Persoon: 'persoon' };

/** The response key under which the gateway asks, of each part attributed to persons, whom it concerns (shared/src/betreft.ts). */
export const BETREFT_ALIAS = '_betreft';

const isDeel = (type: GraphQLObjectType | GraphQLInterfaceType | null | undefined): boolean => {
  const veld = isObjectType(type) ? type.getFields()[BETREFT] : undefined;
  return !!veld && isBetreftVeld({ naam: BETREFT, doelType: getNamedType(veld.type).name });
};

/** Whether a record type's records may be the caller's own (a betrokkenheid): the gateway then asks whose each is. */
const eigenaarTypen = new WeakMap<GraphQLObjectType, boolean>();
const isEigenaar = (type: GraphQLObjectType | GraphQLInterfaceType | null | undefined): boolean => {
  if (!isObjectType(type)) return false;
  let ja = eigenaarTypen.get(type);
  if (ja === undefined) eigenaarTypen.set(type, (ja = isEigenaarType(Object.values(type.getFields()).map((v) => ({ naam: v.name, doelType: getNamedType(v.type).name })))));
  return ja;
};

const veldAls = (alias: string, naam: string): FieldNode => ({ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: alias }, name: { kind: Kind.NAME, value: naam } });
const EIGENAAR_ALIASSEN = EIGENAAR_VELDEN.map((n) => `_${n}`);

/**
 * Adds `_onderwerp: id` to every selection on a household or person, `_betreft: betreft` on a part, and
 * `_professional`, `_organisatie` on a record that may be the caller's own, so the result says whom each part is about.
 */
export function voegOnderwerpToe(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(document, visitWithTypeInfo(typeInfo, {
    SelectionSet(node) {
      const type = typeInfo.getParentType() as GraphQLObjectType | null;
      const extra = type && ONDERWERP_TYPEN[type.name] ? [veldAls(ONDERWERP_ALIAS, 'id')]
        : [...(isDeel(type) ? [veldAls(BETREFT_ALIAS, BETREFT)] : []), ...(isEigenaar(type) ? EIGENAAR_VELDEN.map((n) => veldAls(`_${n}`, n)) : [])];
      return extra.length ? { ...node, selections: [...node.selections, ...extra] } : undefined;
    },
  }));
}

/** True when a client's document uses one of the gateway's own response keys. */
export function gebruiktOnderwerpAlias(document: DocumentNode): boolean {
  let gebruikt = false;
  visit(document, { Field: (n) => void (gebruikt ||= [ONDERWERP_ALIAS, BETREFT_ALIAS, ...EIGENAAR_ALIASSEN].includes(n.alias?.value ?? '')) });
  return gebruikt;
}

const leeg = (w: unknown) => w === null || w === undefined || (Array.isArray(w) && w.length === 0);

/**
 * Items for one withheld cell: per person with the rule that decided; for households the caller is not
 * involved with, one item that names nobody, whatever rule decided. `buiten`: the cell is a part that also
 * names someone the decisions do not know; one item says so without whom, besides the members' own.
 */
export function itemsVoor(pad: string, categorie: string, partners: Partner[], besluiten: Besluitenset, redenen: (p: Partner) => ReturnType<Besluitenset['redenen']>, buiten = false): Afgeschermd[] {
  const rijen = partners.flatMap(redenen).filter((b) => besluiten.betrokkenBij(b.persoonId));
  const items = rijen.map((b) => ({ pad, persoon: b.persoonId, categorie: b.categorie, partner: b.partner, reden: b.reden, regel: b.regel }));
  if (buiten) return [{ pad, persoon: null, categorie, partner: partners[0], reden: BUITEN_HUISHOUDEN, regel: 'betreft' }, ...items];
  if (!rijen.length) return [{ pad, persoon: null, categorie, partner: partners[0], reden: NIET_BETROKKEN, regel: 'betrokkenheid' }];
  return items;
}

export interface Controle {
  /** With the real pseudonyms (for the toegangslog); the response maps them through EenmaligePseudoniemen. */
  afgeschermd: Afgeschermd[];
  /** Values a subgraph returned that the decisions withhold; they were removed before answering. */
  overtredingen: string[];
}

/**
 * The last layer: walks the merged result along the executed document and checks every value against
 * the decisions for the household or person it is about. What is withheld is reported with its path;
 * what a subgraph returned although it was withheld is removed and reported as a violation. Also
 * strips the gateway's `_onderwerp` keys.
 */
export function controleerResultaat(
  schema: GraphQLSchema, document: DocumentNode, data: Record<string, unknown>, besluiten: Besluitenset, veldkaart: Veldkaart, eenmalig = new EenmaligePseudoniemen(besluiten),
): Controle {
  const fragmenten = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const operatie = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const uit: Controle = { afgeschermd: [], overtredingen: [] };
  const gezien = new Set<string>();
  const gemarkeerd = new Set<Record<string, unknown>>();

  const velden = (set: SelectionSetNode, type: GraphQLObjectType, bezocht = new Set<string>()): FieldNode[] => set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return !s.typeCondition || s.typeCondition.name.value === type.name ? velden(s.selectionSet, type, bezocht) : [];
    const f = fragmenten.get(s.name.value);
    if (!f || bezocht.has(f.name.value) || f.typeCondition.name.value !== type.name) return [];
    return velden(f.selectionSet, type, new Set([...bezocht, f.name.value]));
  });

  // the caller's own record (their betrokkenheid) is theirs to see, whoever else it concerns
  const isEigen = (type: GraphQLObjectType, object: Record<string, unknown>) => isEigenaar(type) && !!besluiten.vrager
    && isEigenRecord({ professional: object._professional, organisatie: object._organisatie }, besluiten.vrager.sub, besluiten.vrager.organisatie);
  // a part attributed to persons is decided for them; the same object can be reached twice (a field and a fragment on it): read, strip at the end
  const onderwerpVan = (type: GraphQLObjectType, object: Record<string, unknown>, geerfd: Onderwerp | undefined): Onderwerp | undefined => {
    const soort = ONDERWERP_TYPEN[type.name];
    const ids = isDeel(type) ? betreftVan({ [BETREFT]: object[BETREFT_ALIAS] }) : [];
    return soort ? { soort, id: String(object[ONDERWERP_ALIAS]) } : ids.length ? { soort: 'personen', ids } : geerfd;
  };
  const toonbaar = (info: Veldinfo, onderwerp: Onderwerp) => info.partners.some((p) => besluiten.uitkomst(p, onderwerp, info.categorie) !== 'afgeschermd');

  const loop = (set: SelectionSetNode, type: GraphQLObjectType, object: Record<string, unknown>, geerfd: Onderwerp | undefined, pad: string) => {
    const soort = ONDERWERP_TYPEN[type.name];
    const eigenaar = isEigenaar(type);
    const eigen = isEigen(type, object);
    const onderwerp = onderwerpVan(type, object, geerfd);
    if (soort || isDeel(type) || eigenaar) gemarkeerd.add(object);
    for (const veld of velden(set, type)) {
      const sleutel = (veld.alias ?? veld.name).value;
      if (veld.name.value.startsWith('__') || sleutel === ONDERWERP_ALIAS || sleutel === BETREFT_ALIAS || EIGENAAR_ALIASSEN.includes(sleutel) || !(sleutel in object)) continue;
      if (eigen) continue;
      const coordinaat = `${type.name}.${veld.name.value}`;
      const hier = `${pad}${sleutel}`;
      const info = veldkaart.get(coordinaat);
      // a carrier of parts opens where any member may see it; each part below decides for itself
      const voor: Onderwerp | undefined = info?.deel === 'drager' && onderwerp?.soort === 'huishouden' ? { soort: 'deels', id: onderwerp.id } : onderwerp;
      const veldType = getNamedType(type.getFields()[veld.name.value]?.type);
      if (info?.eigen === 'lijst' && onderwerp?.soort === 'huishouden' && isObjectType(veldType)) {
        // an own list: the caller's own records, and another's only where it may be shown; any other is removed
        // (not emptied). Where others may not be shown, the preparation said so once, from the decisions alone
        const lijst = Array.isArray(object[sleutel]) ? (object[sleutel] as Array<Record<string, unknown>>) : [];
        const getoond = eigenLijst(lijst, (w) => isEigen(veldType, w), (w) => toonbaar(info, onderwerpVan(veldType, w, onderwerp)!));
        if (getoond.length !== lijst.length) uit.overtredingen.push(hier);
        if (Array.isArray(object[sleutel])) object[sleutel] = getoond;
        if (veld.selectionSet) getoond.forEach((w, i) => loop(veld.selectionSet!, veldType, w, onderwerp, `${hier}.${i}.`));
        continue;
      }
      if (voor && info) {
        // only entity keys have several partners: the same pseudonym, shown if any of them may show it
        const weg = info.partners.every((p) => besluiten.uitkomst(p, voor, info.categorie) === 'afgeschermd');
        if (weg) {
          // whom a part is about is the partner's answer, not data it should have withheld: the grant's own subjects
          // (named also where their pseudonym may not be shown), or its stand-in for anyone else (BUITEN_BEELD)
          const toeschrijving = veld.name.value === BETREFT && isDeel(type) && (isBuitenBeeld(object[sleutel]) || betreftVan({ [BETREFT]: object[sleutel] }).every((id) => besluiten.huishoudenVan.has(id)));
          if (!leeg(object[sleutel]) && !toeschrijving) uit.overtredingen.push(hier);
          object[sleutel] = Array.isArray(object[sleutel]) ? [] : null;
          const sleutelItem = `${hier}|${coordinaat}`;
          if (!gezien.has(sleutelItem)) {
            gezien.add(sleutelItem);
            // a part that names someone no decision is for (outside the household, or the partner's stand-in): withheld, and said without whom
            const leden = voor.soort === 'personen' ? voor.ids.filter((id) => besluiten.huishoudenVan.has(id)) : [];
            const buiten = voor.soort === 'personen' && leden.length < voor.ids.length;
            const redenVoor: Onderwerp = buiten ? { soort: 'personen', ids: leden } : voor;
            uit.afgeschermd.push(...itemsVoor(hier, info.categorie, info.partners, besluiten, (p) => besluiten.redenen(p, redenVoor, info.categorie), buiten));
          }
          continue;
        }
      } else if (!info || info.categorie !== 'pseudoniem') {
        // a field of no category, or of a category with no subject above it to decide for: withheld (fail closed)
        if (!leeg(object[sleutel])) uit.overtredingen.push(hier);
        object[sleutel] = null;
        continue;
      }
      // a person seen only anonymised keeps no stable pseudonym anywhere in the response: a stand-in for this response
      // only, in every shown value (their id, who gave a consent, whom a part or a doorbraak concerns, and any text)
      object[sleutel] = eenmalig.vervangIn(object[sleutel]);
      const waarde = object[sleutel];
      if (!veld.selectionSet || !isObjectType(veldType) || waarde === null || typeof waarde !== 'object') continue;
      if (Array.isArray(waarde)) waarde.forEach((w, i) => w && loop(veld.selectionSet!, veldType, w as Record<string, unknown>, onderwerp, `${hier}.${i}.`));
      else loop(veld.selectionSet, veldType, waarde as Record<string, unknown>, onderwerp, `${hier}.`);
    }
  };
  loop(operatie.selectionSet, schema.getQueryType()!, data, undefined, '');
  for (const object of gemarkeerd) {
    delete object[ONDERWERP_ALIAS];
    for (const alias of [BETREFT_ALIAS, ...EIGENAAR_ALIASSEN]) delete object[alias];
  }
  return uit;
}

import {
  DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema, isObjectType, Kind,
  OperationDefinitionNode, SelectionSetNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';

import { BETREFT, betreftVan } from '@netwerkdossier/shared';

import { NIET_BETROKKEN, Partner } from '../beslissing';
import { Besluitenset, Onderwerp } from './besluitenset';
import { EenmaligePseudoniemen } from './eenmalig';
import { Veldkaart } from './veldkaart';

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

const isDeel = (type: GraphQLObjectType | GraphQLInterfaceType | null | undefined): boolean => isObjectType(type) && BETREFT in type.getFields();

/** Adds `_onderwerp: id` to every selection on a household or person, and `_betreft: betreft` on a part, so the result says whom each part is about. */
export function voegOnderwerpToe(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const veld: FieldNode = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: ONDERWERP_ALIAS }, name: { kind: Kind.NAME, value: 'id' } };
  const betreft: FieldNode = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: BETREFT_ALIAS }, name: { kind: Kind.NAME, value: BETREFT } };
  return visit(document, visitWithTypeInfo(typeInfo, {
    SelectionSet(node) {
      const type = typeInfo.getParentType();
      if (type && ONDERWERP_TYPEN[type.name]) return { ...node, selections: [...node.selections, veld] };
      return isDeel(type as GraphQLObjectType | null) ? { ...node, selections: [...node.selections, betreft] } : undefined;
    },
  }));
}

/** True when a client's document uses one of the gateway's own response keys. */
export function gebruiktOnderwerpAlias(document: DocumentNode): boolean {
  let gebruikt = false;
  visit(document, { Field: (n) => void (gebruikt ||= n.alias?.value === ONDERWERP_ALIAS || n.alias?.value === BETREFT_ALIAS) });
  return gebruikt;
}

const leeg = (w: unknown) => w === null || w === undefined || (Array.isArray(w) && w.length === 0);

/**
 * Items for one withheld cell: per person with the rule that decided; for households the caller is not
 * involved with, one item that names nobody, whatever rule decided.
 */
export function itemsVoor(pad: string, categorie: string, partners: Partner[], besluiten: Besluitenset, redenen: (p: Partner) => ReturnType<Besluitenset['redenen']>): Afgeschermd[] {
  const rijen = partners.flatMap(redenen).filter((b) => besluiten.betrokkenBij(b.persoonId));
  if (!rijen.length) return [{ pad, persoon: null, categorie, partner: partners[0], reden: NIET_BETROKKEN, regel: 'betrokkenheid' }];
  return rijen.map((b) => ({ pad, persoon: b.persoonId, categorie: b.categorie, partner: b.partner, reden: b.reden, regel: b.regel }));
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

  const loop = (set: SelectionSetNode, type: GraphQLObjectType, object: Record<string, unknown>, geerfd: Onderwerp | undefined, pad: string) => {
    const soort = ONDERWERP_TYPEN[type.name];
    // a part attributed to persons is decided for them; the same object can be reached twice (a field and a fragment on it): read, strip at the end
    const ids = isDeel(type) ? betreftVan({ [BETREFT]: object[BETREFT_ALIAS] }) : [];
    const onderwerp: Onderwerp | undefined = soort ? { soort, id: String(object[ONDERWERP_ALIAS]) } : ids.length ? { soort: 'personen', ids } : geerfd;
    if (soort || isDeel(type)) gemarkeerd.add(object);
    for (const veld of velden(set, type)) {
      const sleutel = (veld.alias ?? veld.name).value;
      if (veld.name.value.startsWith('__') || sleutel === ONDERWERP_ALIAS || sleutel === BETREFT_ALIAS || !(sleutel in object)) continue;
      const coordinaat = `${type.name}.${veld.name.value}`;
      const hier = `${pad}${sleutel}`;
      const info = veldkaart.get(coordinaat);
      // a carrier of parts opens where any member may see it; each part below decides for itself
      const voor: Onderwerp | undefined = info?.deel === 'drager' && onderwerp?.soort === 'huishouden' ? { soort: 'deels', id: onderwerp.id } : onderwerp;
      if (voor && info) {
        // only entity keys have several partners: the same pseudonym, shown if any of them may show it
        const weg = info.partners.every((p) => besluiten.uitkomst(p, voor, info.categorie) === 'afgeschermd');
        if (weg) {
          if (!leeg(object[sleutel])) uit.overtredingen.push(hier);
          object[sleutel] = Array.isArray(object[sleutel]) ? [] : null;
          const sleutelItem = `${hier}|${coordinaat}`;
          if (!gezien.has(sleutelItem)) {
            gezien.add(sleutelItem);
            uit.afgeschermd.push(...itemsVoor(hier, info.categorie, info.partners, besluiten, (p) => besluiten.redenen(p, voor, info.categorie)));
          }
          continue;
        }
      } else if (!info) {
        if (!leeg(object[sleutel])) uit.overtredingen.push(hier);
        object[sleutel] = null;
        continue;
      }
      // a person seen only anonymised keeps no stable pseudonym: a stand-in for this response only
      if (coordinaat === 'Persoon.id' && typeof object[sleutel] === 'string') object[sleutel] = eenmalig.voor(object[sleutel] as string);
      if (veld.name.value === BETREFT && isDeel(type) && Array.isArray(object[sleutel])) object[sleutel] = (object[sleutel] as unknown[]).map((id) => eenmalig.voor(String(id)));
      const veldType = getNamedType(type.getFields()[veld.name.value]?.type);
      const waarde = object[sleutel];
      if (!veld.selectionSet || !isObjectType(veldType) || waarde === null || typeof waarde !== 'object') continue;
      if (Array.isArray(waarde)) waarde.forEach((w, i) => w && loop(veld.selectionSet!, veldType, w as Record<string, unknown>, onderwerp, `${hier}.${i}.`));
      else loop(veld.selectionSet, veldType, waarde as Record<string, unknown>, onderwerp, `${hier}.`);
    }
  };
  loop(operatie.selectionSet, schema.getQueryType()!, data, undefined, '');
  for (const object of gemarkeerd) {
    delete object[ONDERWERP_ALIAS];
    delete object[BETREFT_ALIAS];
  }
  return uit;
}

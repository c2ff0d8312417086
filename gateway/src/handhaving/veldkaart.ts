import { Categorie, delenIn, isEigenaarType, veldeigenaars } from '@netwerkdossier/shared';
import { Kind, ObjectTypeDefinitionNode, parse, TypeNode } from 'graphql';

import { Partner } from '../beslissing';

/** Who owns a field's data and which category it is; decisions are made on these, never on response keys. */
export interface Veldinfo {
  categorie: Categorie;
  /** The subgraph(s) that resolve the field; several only for entity keys shared by all. */
  partners: Partner[];
  /**
   * Whom the field's value is about: a household as a whole, one person, or either (a record type
   * reached from both). Absent for root fields.
   */
  niveau?: Niveau;
  /** A field of a part attributed to persons, or a carrier that leads to parts (shared/src/betreft.ts). */
  deel?: 'deel' | 'drager';
  /**
   * A field that can show the caller's own records (shared/src/betreft.ts): an own list, or a field of a
   * record that may be the caller's own. Asked for a caller with an organisation whatever the decisions.
   */
  eigen?: 'lijst' | 'record';
}

export type Niveau = 'huishouden' | 'persoon' | 'beide';
const ONDERWERPEN: Record<string, Exclude<Niveau, 'beide'>> = { Huishouden: 'huishouden', Persoon: 'persoon' };

function typeNaam(t: TypeNode): string {
  return t.kind === Kind.NAMED_TYPE ? t.name.value : typeNaam(t.type);
}

/** For every record type, whether it hangs under a household, a person, or both. */
function niveaus(typen: ObjectTypeDefinitionNode[]): Map<string, Set<Exclude<Niveau, 'beide'>>> {
  const perType = new Map(typen.map((t) => [t.name.value, t]));
  const uit = new Map<string, Set<Exclude<Niveau, 'beide'>>>();
  for (const [start, niveau] of Object.entries(ONDERWERPEN)) {
    const rij = [start];
    for (let naam = rij.shift(); naam !== undefined; naam = rij.shift()) {
      for (const veld of perType.get(naam)?.fields ?? []) {
        const doel = typeNaam(veld.type);
        if (ONDERWERPEN[doel] || !perType.has(doel)) continue;
        const gezien = uit.get(doel) ?? new Set();
        if (gezien.has(niveau)) continue;
        uit.set(doel, gezien.add(niveau));
        rij.push(doel);
      }
    }
  }
  return uit;
}

/** Schema coordinate (`Type.field`) → owner and category, read from the supergraph. */
export type Veldkaart = ReadonlyMap<string, Veldinfo>;

/** Builds the field map from the supergraph's @join__type, @join__field and @categorie directives. */
export function leesVeldkaart(supergraphSdl: string): Veldkaart {
  const doc = parse(supergraphSdl);
  const eigenaars = veldeigenaars(doc);
  const kaart = new Map<string, Veldinfo>();
  const typen = doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const onder = niveaus(typen);
  const typevelden = new Map(typen.map((t) => [t.name.value, (t.fields ?? []).map((v) => ({ naam: v.name.value, doelType: typeNaam(v.type) }))]));
  const { delen, dragers, eigenLijsten } = delenIn(typevelden);
  for (const type of typen) {
    const eigenNiveau = ONDERWERPEN[type.name.value];
    const via = onder.get(type.name.value);
    const niveau: Niveau | undefined = eigenNiveau ?? (via ? (via.size > 1 ? 'beide' : [...via][0]) : undefined);
    for (const veld of type.fields ?? []) {
      const coordinaat = `${type.name.value}.${veld.name.value}`;
      const eigenaar = eigenaars.get(coordinaat);
      if (!eigenaar) continue;
      const deel = dragers.has(coordinaat) ? 'drager' : delen.has(type.name.value) ? 'deel' : undefined;
      // a record under a household or person (a betrokkenheid), not the privacy officer's or the inzage's own answers
      const vanEigen = eigenLijsten.has(coordinaat) ? 'lijst' : deel === 'deel' && niveau && isEigenaarType(typevelden.get(type.name.value) ?? []) ? 'record' : undefined;
      // TODO: the supergraph is checked at start-up (controleerSupergraph): its subgraphs are netwerk and registered partners
      kaart.set(coordinaat, { categorie: eigenaar.categorie, partners: eigenaar.partners as Partner[], ...(niveau ? { niveau } : {}), ...(deel ? { deel } : {}), ...(vanEigen ? { eigen: vanEigen } : {}) });
    }
  }
  return kaart;
}

import { DocumentNode, GraphQLSchema, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

import type { AlsBetrokkene, Doel } from '@netwerkdossier/shared';

import { Beslissingscontext, passendeBetrokkenheden, Vrager } from '../beslissing';
import type { Afgeschermd } from '../handhaving/controle';
import type { Besluitenset } from '../handhaving/besluitenset';
import type { Veldkaart } from '../handhaving/veldkaart';

/** One disclosed cell: this partner's data of this category about this person (or the household as a whole). */
export interface Verstrekt {
  huishouden: string;
  persoon: string | null;
  partner: string;
  categorie: string;
  uitkomst: string;
  /** What it rests on: toestemming:<id>, betrokkenheid:<id> (statutory, with its afweging), doorbraak:<id>, eigen:<organisatie> (one's own dossier), gezinslid:<id>; empty for what is anonymised. */
  grondslag: string[];
}

/**
 * What the executed operation disclosed, per item: every category it asked of each partner, for each
 * household and person in scope, where the decision let it through (visible or anonymised).
 */
export function verstrektDoor(schema: GraphQLSchema, document: DocumentNode | null, besluiten: Besluitenset, veldkaart: Veldkaart): Verstrekt[] {
  if (!document) return [];
  const cellen = new Map<string, { categorie: string; partner: string; niveau: string | undefined }>();
  // a part of a household-level record (a doel, an advies) is disclosed under each person it names, as the
  // partner records it (shared/src/afscherming.ts): recorded here for every person it may be about
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const info = veldkaart.get(`${typeInfo.getParentType()?.name}.${node.name.value}`);
      if (!info || info.categorie === 'pseudoniem') return;
      // a record that may be the caller's own (a betrokkenheid) names no persons: another's is about the household as a whole,
      // as its partner records it; the caller's own is no disclosure to them
      const niveau = info.deel === 'deel' && info.eigen !== 'record' ? undefined : info.niveau;
      for (const partner of info.partners) cellen.set(`${partner}|${info.categorie}|${niveau}`, { categorie: info.categorie, partner, niveau });
    },
  }));
  const uit: Verstrekt[] = [];
  for (const [huishouden, leden] of besluiten.ledenVan) {
    for (const { categorie, partner, niveau } of cellen.values()) {
      const p = partner;
      const c = categorie as Parameters<Besluitenset['uitkomst']>[2];
      if (niveau === 'huishouden') {
        const onderwerp = { soort: 'huishouden' as const, id: huishouden };
        const uitkomst = besluiten.uitkomst(p, onderwerp, c);
        if (uitkomst !== 'afgeschermd') uit.push({ huishouden, persoon: null, partner, categorie, uitkomst, grondslag: besluiten.grondslagVan(p, onderwerp, c) });
        continue;
      }
      for (const persoon of leden) {
        const onderwerp = { soort: 'persoon' as const, id: persoon };
        const uitkomst = besluiten.uitkomst(p, onderwerp, c);
        if (uitkomst !== 'afgeschermd') uit.push({ huishouden, persoon, partner, categorie, uitkomst, grondslag: besluiten.grondslagVan(p, onderwerp, c) });
      }
    }
  }
  return uit;
}

/**
 * Under which betrokkenheid the caller acts in each of these households, as the decisions took it: the
 * household's inzage holds back what was seen under a betrokkenheid not yet disclosed to it
 * (policies/inzage.yaml), and nothing else.
 */
export function alsBetrokkene(doel: Doel, vrager: Vrager, contexten: Beslissingscontext[], nu: Date): AlsBetrokkene[] {
  return contexten.map((ctx) => {
    const [onder] = passendeBetrokkenheden(doel, vrager, ctx, nu);
    return { huishouden: ctx.huishoudenId, vorm: onder?.vorm ?? 'geen', betrokkenheid: onder?.id ?? null };
  });
}

/** The record's content for a query: under which betrokkenheid, what was disclosed and what was withheld, with the rules. */
export function inhoudVanInzage(betrokkenheden: AlsBetrokkene[], verstrekt: Verstrekt[], afgeschermd: Afgeschermd[]): object {
  return { betrokkenheden, verstrekt, afgeschermd: afgeschermd.map(({ pad, persoon, categorie, partner, regel }) => ({ pad, persoon, categorie, partner, regel })) };
}

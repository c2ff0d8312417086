import { Professional, PROFESSIONALS } from '@netwerkdossier/shared';

import { TestNetwerk } from '../harness/netwerk';

/**
 * The tests' own count of a proposal's impact, done another way than the gateway's impact code: each persona
 * asks the gateway, with its own token, for its own household list and for its own `uitleg` of every household
 * on it, and the test counts the cells itself.
 */

/** The personas an impact is about: the demo professionals with a doel; the privacy officers' doel shows no dossier content. */
export const IMPACTPERSONAS: readonly Professional[] = PROFESSIONALS.filter((p) => p.persona && p.doel && p.rol !== 'privacyfunctionaris');

/** One row of a persona's own decision table; `persoon` is a one-time pseudonym of that one answer, `partner` an organisation's name. */
export interface EigenCel {
  persoon: string | null;
  categorie: string | null;
  partner: string | null;
  uitkomst: string;
  regel: string | null;
}

/** One household of a persona's own list, with the table the gateway gave the persona for it and the version it decided under. */
export interface EigenUitleg {
  huishouden: string;
  beleidsversie: string;
  cellen: EigenCel[];
}

/** A cell of one person (pseudonym) in one household that goes from `van` to `naar`, for this persona. */
export interface Verandering {
  persona: string;
  huishouden: string;
  persoon: string | null;
  partner: string;
  categorie: string;
  van: string;
  naar: string;
}

/** Changes as the impact groups them: per persona, partner, category and change, in households and persons. */
export type Telling = Omit<Verandering, 'huishouden' | 'persoon'> & { huishoudens: number; personen: number };

/** Every household on the persona's own list (at most 50: the test worlds are smaller), each with its own `uitleg`, under the version in force. */
export async function eigenUitleg(netwerk: TestNetwerk, p: Professional): Promise<EigenUitleg[]> {
  const token = await netwerk.token(p.sub);
  const lijst = await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token, doel: p.doel });
  const uit: EigenUitleg[] = [];
  for (const { id } of ((lijst.body.data as { huishoudens?: Array<{ id: string }> } | undefined)?.huishoudens ?? [])) {
    const a = await netwerk.vraag('query ($h: ID!, $d: String!) { uitleg(huishouden: $h, doel: $d) { beleidsversie beslissingen { persoon categorie partner uitkomst regel } } }', { token, doel: p.doel, variables: { h: id, d: p.doel } });
    const { beleidsversie, beslissingen } = (a.body.data as { uitleg: { beleidsversie: string; beslissingen: EigenCel[] } }).uitleg;
    uit.push({ huishouden: id, beleidsversie, cellen: beslissingen.map((c) => ({ ...c, partner: c.partner?.replace(/_/g, '-') ?? null })) });
  }
  return uit;
}

/** `eigenUitleg` of every impact persona, by sub. */
export async function eigenUitleggen(netwerk: TestNetwerk): Promise<Map<string, EigenUitleg[]>> {
  const uit = new Map<string, EigenUitleg[]>();
  for (const p of IMPACTPERSONAS) uit.set(p.sub, await eigenUitleg(netwerk, p));
  return uit;
}

/**
 * The cells that differ between two rounds of `eigenUitleggen` (before and after a version came into force),
 * for the partners that hold data of the category (`houders`). The pseudonyms differ per answer, so rows are
 * paired by position (the gateway decides persons in the order of their ids, categories and partners in a fixed
 * order); the pairing is checked, not assumed: the same households, at each position the same category and
 * partner, and one person before is one person after. Throws when it does not hold.
 */
export function veranderingen(voor: Map<string, EigenUitleg[]>, na: Map<string, EigenUitleg[]>, houders: Record<string, readonly string[]>): Verandering[] {
  const uit: Verandering[] = [];
  for (const [persona, huishoudens] of voor) {
    const daarna = new Map((na.get(persona) ?? []).map((h) => [h.huishouden, h]));
    if (daarna.size !== huishoudens.length) throw new Error(`${persona} bereikt na de wissel andere huishoudens`);
    for (const { huishouden, cellen } of huishoudens) {
      const straks = daarna.get(huishouden)?.cellen;
      if (!straks || straks.length !== cellen.length) throw new Error(`${persona}: de tabel van ${huishouden} is na de wissel anders van vorm`);
      const personen = new Map<string | null, string | null>();
      cellen.forEach((c, i) => {
        const d = straks[i];
        if (d.categorie !== c.categorie || d.partner !== c.partner || (personen.has(c.persoon) && personen.get(c.persoon) !== d.persoon)) throw new Error(`${persona}: rij ${i} van ${huishouden} past niet bij die van voor de wissel`);
        personen.set(c.persoon, d.persoon);
        if (c.uitkomst !== d.uitkomst && c.categorie && c.partner && houders[c.categorie]?.includes(c.partner)) uit.push({ persona, huishouden, persoon: c.persoon, partner: c.partner, categorie: c.categorie, van: c.uitkomst, naar: d.uitkomst });
      });
      if (new Set(personen.values()).size !== personen.size) throw new Error(`${persona}: in ${huishouden} horen twee personen van voor de wissel bij één erna`);
    }
  }
  return uit;
}

/** Changes counted per persona, partner, category and change: distinct households, and distinct persons (pseudonyms are per household answer). */
export function tel(lijst: readonly Verandering[]): Telling[] {
  const groepen = new Map<string, { t: Omit<Telling, 'huishoudens' | 'personen'>; h: Set<string>; p: Set<string> }>();
  for (const v of lijst) {
    const k = [v.persona, v.partner, v.categorie, v.van, v.naar].join('|');
    const g = groepen.get(k) ?? { t: { persona: v.persona, partner: v.partner, categorie: v.categorie, van: v.van, naar: v.naar }, h: new Set(), p: new Set() };
    g.h.add(v.huishouden);
    g.p.add(`${v.huishouden}|${v.persoon}`);
    groepen.set(k, g);
  }
  return [...groepen.values()].map(({ t, h, p }) => ({ ...t, huishoudens: h.size, personen: p.size }));
}

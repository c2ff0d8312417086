import { Besluiten, bit, Categorie, CATEGORIEEN, isCategorie, Onderwerpbesluit } from '@netwerkdossier/shared';

import { UITKOMSTEN } from './model';
import { entiteitenQuery, Partnerschema, Selectie, volledigeSelectie } from './schema';
import { Onderwerp, representaties, Steekproef, typeVan } from './steekproef';
import { Antwoord, GetekendeGrant, graphqlVerzoek, Partnerverbinding } from './verbinding';

/** One request of the kit about the sample, what the partner answered, and its log record asked right after. */
/** What a round is for: the basis, decisions per subject, or one of the cases where nothing may come. */
export type Rondesoort = 'basis' | 'wisselend' | 'afgeschermd' | 'zonder besluiten' | 'buiten de reikwijdte' | 'aliassen';

export interface Ronde {
  soort: Rondesoort;
  naam: string;
  grant: GetekendeGrant;
  /** What was asked per entity type. */
  selectie: Map<string, Selectie[]>;
  /** The subject of each representation asked, in order. */
  onderwerpen: Onderwerp[];
  antwoord: Antwoord;
  log: Antwoord;
}

/** The entities of a round's answer, or null when it holds no list of them. */
export function entiteitenVan(ronde: Ronde): unknown[] | null {
  const entiteiten = (ronde.antwoord.body?.data as { _entities?: unknown } | null | undefined)?._entities;
  return Array.isArray(entiteiten) ? entiteiten : null;
}

const ALLES = (1 << CATEGORIEEN.length) - 1;
const ZICHTBAAR: Onderwerpbesluit = { zichtbaar: ALLES, geanonimiseerd: 0 };

function besluitenVoor(onderwerpen: readonly Onderwerp[], besluit: (o: Onderwerp, i: number) => Onderwerpbesluit | undefined): Besluiten {
  const besluiten: Besluiten = { huishoudens: new Map(), personen: new Map() };
  onderwerpen.forEach((o, i) => {
    const b = besluit(o, i);
    if (b) (o.soort === 'huishouden' ? besluiten.huishoudens : besluiten.personen).set(o.id, b);
  });
  return besluiten;
}

/**
 * Decisions that differ per subject and category: in round `r`, subject `i` gets category `c` as
 * UITKOMSTEN[(i + c + r) % 3], so over three rounds every subject meets every outcome for every category;
 * the pseudonym is always visible (as the gateway decides it). In the last round each household's last
 * member is left out of the decisions altogether: a subject not listed gets nothing.
 */
function wisselend(onderwerpen: readonly Onderwerp[], categorieen: readonly Categorie[], r: number): Besluiten {
  return besluitenVoor(onderwerpen, (o, i) => {
    if (r === 2 && o.soort === 'persoon' && o.huishouden.leden.at(-1)?.id === o.id) return undefined;
    const b = { zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 };
    categorieen.forEach((c, ci) => {
      const uitkomst = UITKOMSTEN[(i + ci + r) % 3];
      if (uitkomst === 'zichtbaar') b.zichtbaar |= bit(c);
      if (uitkomst === 'geanonimiseerd') b.geanonimiseerd |= bit(c);
    });
    return b;
  });
}

/** The same selection with an alias on every field, to see that answers use the response keys asked. */
function metAliassen(selectie: Selectie[]): Selectie[] {
  return selectie.map((s) => ({ ...s, sleutel: `alias_${s.veld.naam}`, sub: s.sub && metAliassen(s.sub) }));
}

/** Everything per entity type the kit asks about (Huishouden and Persoon, as far as the partner has them). */
function selecties(schema: Partnerschema, zonderId = false): Map<string, Selectie[]> {
  const uit = new Map<string, Selectie[]>();
  for (const type of ['Huishouden', 'Persoon']) {
    if (schema.entiteiten.has(type)) uit.set(type, volledigeSelectie(schema, type).filter((s) => !(zonderId && s.veld.naam === 'id')));
  }
  return uit;
}

/** The partner's own categories (besides the pseudonym), in the order of CATEGORIEEN. */
function categorieenVan(schema: Partnerschema): Categorie[] {
  const gebruikt = new Set([...schema.objecten.values()].flatMap((velden) => velden.map((v) => v.categorie)));
  return CATEGORIEEN.filter((c) => c !== 'pseudoniem' && gebruikt.has(c) && isCategorie(c));
}

/**
 * The kit's requests about the sample, one after the other: everything visible (the basis the others are
 * measured against), three rounds of decisions that differ per subject, everything withheld, no decisions,
 * households outside the reikwijdte, and everything visible under aliases. Each answer's log record is
 * asked as soon as the answer is in.
 */
export async function voerRondesUit(verbinding: Partnerverbinding, schema: Partnerschema, steekproef: Steekproef): Promise<Ronde[]> {
  const { huishoudens, anderen } = steekproef;
  // a partner without Persoon (or Huishouden) is asked only about what it has
  const onderwerpen = steekproef.onderwerpen.filter((o) => schema.entiteiten.has(typeVan(o)));
  const reikwijdte = huishoudens.map((h) => h.id);
  const volledig = selecties(schema);
  const inhoud = selecties(schema, true);
  const categorieen = categorieenVan(schema);
  const alles = besluitenVoor(onderwerpen, () => ZICHTBAAR);
  const opdrachten: Array<{ soort: Rondesoort; naam: string; selectie: Map<string, Selectie[]>; reikwijdte: string[]; besluiten: Besluiten | undefined }> = [
    { soort: 'basis', naam: 'alles zichtbaar', selectie: volledig, reikwijdte, besluiten: alles },
    ...[0, 1, 2].map((r) => ({ soort: 'wisselend' as const, naam: `wisselende besluiten ${r + 1}`, selectie: volledig, reikwijdte, besluiten: wisselend(onderwerpen, categorieen, r) })),
    { soort: 'afgeschermd', naam: 'alles afgeschermd', selectie: inhoud, reikwijdte, besluiten: besluitenVoor(onderwerpen, () => ({ zichtbaar: 0, geanonimiseerd: 0 })) },
    { soort: 'zonder besluiten', naam: 'zonder besluiten', selectie: inhoud, reikwijdte, besluiten: undefined },
    { soort: 'buiten de reikwijdte', naam: 'buiten de reikwijdte', selectie: volledig, reikwijdte: anderen.slice(0, 3).map((h) => h.id), besluiten: alles },
    { soort: 'aliassen', naam: 'met aliassen', selectie: new Map([...volledig].map(([type, s]) => [type, metAliassen(s)])), reikwijdte, besluiten: alles },
  ];
  const rondes: Ronde[] = [];
  for (const o of opdrachten) {
    const query = entiteitenQuery(o.selectie);
    const variables = { representaties: representaties(onderwerpen) };
    const grant = await verbinding.grant(graphqlVerzoek(query, variables), { reikwijdte: o.reikwijdte, besluiten: o.besluiten });
    const antwoord = await verbinding.vraag(query, variables, grant.token);
    const log = await verbinding.log(grant.inhoud.jti);
    rondes.push({ soort: o.soort, naam: o.naam, grant, selectie: o.selectie, onderwerpen, antwoord, log });
  }
  return rondes;
}

import { Categorie, CATEGORIEEN } from './categorie';

/** What one subject (a household or a person) may be shown of one partner's data, per category. */
export type Uitkomst = 'zichtbaar' | 'geanonimiseerd' | 'afgeschermd';

/** Categories as bit masks (bit i = CATEGORIEEN[i]): compact enough for a grant header. */
export interface Onderwerpbesluit {
  zichtbaar: number;
  geanonimiseerd: number;
}

/**
 * The gateway's decisions a subgraph must apply, for the subjects one fetch can reach: each household
 * and each person by pseudonym. A subject that is not listed gets nothing (fail closed).
 */
export interface Besluiten {
  huishoudens: Map<string, Onderwerpbesluit>;
  personen: Map<string, Onderwerpbesluit>;
  /** Per household, what at least one member may be shown: opens the carriers of parts (betreft.ts). */
  deels?: Map<string, Onderwerpbesluit>;
  /** Per person, for parts of household-level records, where it differs from `personen` (a household member in their own household). */
  alsHuishouden?: Map<string, Onderwerpbesluit>;
}

/** On the wire: subjects grouped by identical masks, [zichtbaar, geanonimiseerd, ids]. */
export type BesluitGroep = [number, number, string[]];
export interface GecodeerdeBesluiten {
  h: BesluitGroep[];
  p: BesluitGroep[];
  d?: BesluitGroep[];
  q?: BesluitGroep[];
}

export function bit(categorie: Categorie): number {
  return 1 << CATEGORIEEN.indexOf(categorie);
}

export function uitkomstVan(besluit: Onderwerpbesluit | undefined, categorie: Categorie): Uitkomst {
  if (!besluit) return 'afgeschermd';
  if (besluit.zichtbaar & bit(categorie)) return 'zichtbaar';
  if (besluit.geanonimiseerd & bit(categorie)) return 'geanonimiseerd';
  return 'afgeschermd';
}

/**
 * Every subject keeps its entry, also one that may be shown nothing ([0, 0, ids]: one small group): the
 * partner must tell a member with nothing allowed from someone outside the grant (a part about them is
 * explained with their own reason, shared/src/betreft.ts), a member's household-level decision of nothing
 * must not fall back to their own (afscherming.ts), and a household's members' names are still scrubbed
 * from anonymised text (subgraph.ts reads the households' keys).
 */
function groepeer(besluiten: Map<string, Onderwerpbesluit>): BesluitGroep[] {
  const groepen = new Map<string, BesluitGroep>();
  for (const [id, b] of besluiten) {
    const sleutel = `${b.zichtbaar}/${b.geanonimiseerd}`;
    const groep = groepen.get(sleutel) ?? [b.zichtbaar, b.geanonimiseerd, []];
    groep[2].push(id);
    groepen.set(sleutel, groep);
  }
  return [...groepen.values()];
}

export function codeerBesluiten(besluiten: Besluiten): GecodeerdeBesluiten {
  const d = groepeer(besluiten.deels ?? new Map());
  const q = groepeer(besluiten.alsHuishouden ?? new Map());
  return { h: groepeer(besluiten.huishoudens), p: groepeer(besluiten.personen), ...(d.length ? { d } : {}), ...(q.length ? { q } : {}) };
}

const MASKER = (1 << CATEGORIEEN.length) - 1;

function ontgroepeer(groepen: unknown): Map<string, Onderwerpbesluit> {
  const uit = new Map<string, Onderwerpbesluit>();
  if (!Array.isArray(groepen)) throw new Error('besluiten hebben geen geldige vorm');
  for (const g of groepen) {
    if (!Array.isArray(g) || g.length !== 3 || !Number.isInteger(g[0]) || !Number.isInteger(g[1]) || !Array.isArray(g[2])) throw new Error('besluiten hebben geen geldige vorm');
    for (const id of g[2]) uit.set(String(id), { zichtbaar: g[0] & MASKER, geanonimiseerd: g[1] & MASKER & ~g[0] });
  }
  return uit;
}

/** Reads the grant claim; anything malformed is an error, so a bad grant never opens anything. */
export function decodeerBesluiten(claim: unknown): Besluiten {
  const c = claim as Partial<GecodeerdeBesluiten> | null;
  if (!c || typeof c !== 'object') throw new Error('besluiten hebben geen geldige vorm');
  // absent: no carrier opens, and parts are decided on the persons' own decisions (fail closed)
  return { huishoudens: ontgroepeer(c.h), personen: ontgroepeer(c.p), deels: ontgroepeer(c.d ?? []), alsHuishouden: ontgroepeer(c.q ?? []) };
}

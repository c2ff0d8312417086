import { DemoHuishouden, demoHuishouden } from '@netwerkdossier/shared';

/** A household or person the kit asks about, by pseudonym, with the demo household it belongs to. */
export interface Onderwerp {
  soort: 'huishouden' | 'persoon';
  id: string;
  huishouden: DemoHuishouden;
}

/** The households the kit asks about, and every subject in them: households first, then their members. */
export interface Steekproef {
  huishoudens: DemoHuishouden[];
  onderwerpen: Onderwerp[];
  /** Households of the demo world the sample leaves out: the kit asks about them outside a grant's reikwijdte. */
  anderen: DemoHuishouden[];
}

/** How many households the kit asks about at once: enough for every decision to meet data, well within a grant. */
const OMVANG = 6;

/**
 * Households of the demo world `seed` (the first `aantal`, as the partner was seeded) that this partner
 * knows: those the world says it has a dossier on, or, for a partner the world does not name, any.
 */
export function steekproef(naam: string, seed: string, aantal: number): Steekproef {
  const wereld = Array.from({ length: aantal }, (_, i) => demoHuishouden(seed, i));
  const bekend = wereld.filter((h) => h.bekendBij.has(naam));
  const huishoudens = (bekend.length ? bekend : wereld).slice(0, OMVANG);
  return {
    huishoudens,
    onderwerpen: [
      ...huishoudens.map((h): Onderwerp => ({ soort: 'huishouden', id: h.id, huishouden: h })),
      ...huishoudens.flatMap((h) => h.leden.map((p): Onderwerp => ({ soort: 'persoon', id: p.id, huishouden: h }))),
    ],
    anderen: wereld.filter((h) => !huishoudens.includes(h)),
  };
}

/** The entity type of a subject. */
export function typeVan(onderwerp: Pick<Onderwerp, 'soort'>): 'Huishouden' | 'Persoon' {
  return onderwerp.soort === 'huishouden' ? 'Huishouden' : 'Persoon';
}

/** The representations of these subjects for `_entities`. */
export function representaties(onderwerpen: readonly Onderwerp[]): Array<{ __typename: string; id: string }> {
  return onderwerpen.map((o) => ({ __typename: typeVan(o), id: o.id }));
}

import { Leeftijdsregel, Toestemminggever } from './beleid';

export const VOLWASSEN = 18;

/** Possible ages in whole years: only the birth year is known, so someone is one of two ages. */
export function leeftijden(persoon: { geboortejaar: number | null }, nu: Date): [number, number] | null {
  if (persoon.geboortejaar === null) return null;
  // an expected child (birth year still to come) counts as a newborn: the rules for the youngest apply
  const max = Math.max(0, nu.getUTCFullYear() - persoon.geboortejaar);
  return [Math.max(0, max - 1), max];
}

export function isMinderjarig(persoon: { geboortejaar: number | null }, nu: Date): boolean {
  const l = leeftijden(persoon, nu);
  return l === null || l[0] < VOLWASSEN;
}

/**
 * Who must consent for this person: the union over every age the person may have (conservative at a
 * birthday boundary), from the age rules in policies/leeftijden.yaml; an adult consents alone. The
 * gateway decides on it at every request; the household's own consent asks exactly these.
 */
export function wieStemtIn(regels: Leeftijdsregel[], persoon: { geboortejaar: number | null }, nu: Date): Set<Toestemminggever> {
  const l = leeftijden(persoon, nu) ?? [0, VOLWASSEN];
  const wie = new Set<Toestemminggever>();
  for (const r of regels) if (r.vanaf <= Math.min(l[1], VOLWASSEN - 1) && (r.tot === undefined || r.tot > l[0])) r.door.forEach((d) => wie.add(d));
  if (l[1] >= VOLWASSEN) wie.add('persoon');
  return wie;
}

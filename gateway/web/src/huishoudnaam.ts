import { ORGANISATIES } from './partners';
import { vormInWoorden } from './woorden';

/** What a household's name is made of, as far as this professional may see it (null where withheld). */
export interface Naambron {
  id: string;
  adres: string | null;
  leden: Array<{ personalia?: { achternaam: string } | null }>;
  betrokkenheden: Array<{ organisatie: string | null; team: string | null; professional: string | null; vorm: string | null }> | null;
}

/** The street of an address, without house number and place: "Dorpsstraat". */
function straat(adres: string): string {
  return adres.split(',')[0].replace(/\s+\d.*$/, '').trim();
}

/**
 * A household by name: the family name(s) and street where identificatie may be seen ("Familie Jansen en
 * De Vries · Dorpsstraat"), else a stable readable label: a number from its pseudonym, the vorm and team
 * ("Huishouden 1234 · consultatie · Wijkteam Noord"). Never the pseudonym itself.
 */
export function huishoudnaam(h: Naambron, ik: { sub: string; team: string | null }, vorm: string | undefined): string {
  const namen = [...new Set(h.leden.flatMap((l) => (l.personalia ? [l.personalia.achternaam] : [])))];
  if (namen.length > 0) return [`Familie ${namen.join(' en ')}`, h.adres ? straat(h.adres) : null].filter(Boolean).join(' · ');
  const eigen = h.betrokkenheden?.find((b) => b.professional === ik.sub);
  const team = eigen?.team ?? ik.team;
  const wie = eigen?.organisatie ? ORGANISATIES[eigen.organisatie] : null;
  const v = eigen?.vorm ?? vorm;
  return [`Huishouden ${huishoudnummer(h.id)}`, v ? vormInWoorden(v) : null, team ?? wie].filter(Boolean).join(' · ');
}

/** A short number from a household's pseudonym: the same household always has the same number. */
export function huishoudnummer(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 5), 16) % 10_000;
}

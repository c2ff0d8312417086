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

/** The household's pseudonym as a decimal number of 39 digits: its last digits are the household's number. */
function cijfers(id: string): string {
  return BigInt(`0x${id.replace(/-/g, '')}`).toString().padStart(39, '0');
}

/** Numbers given to the households of the list on screen, so that the dossier and confirmation screens say the same. */
const GEGEVEN = new Map<string, string>();

/**
 * Numbers the households of a list, together with those of the lists shown before, so that no two share a
 * number on screen: each gets the last 4 digits of its pseudonym as a number, more digits only where another
 * household ends in the same 4 (then as many as it takes). A household keeps its number as long as no new one
 * ends the same way.
 */
export function nummerHuishoudens(ids: readonly string[]): void {
  if (ids.every((id) => GEGEVEN.has(id))) return;
  const alle = [...new Set([...GEGEVEN.keys(), ...ids])].map((id) => [id, cijfers(id)] as const);
  for (const [id, c] of alle) {
    let lengte = 4;
    while (lengte < c.length && alle.some(([ander, a]) => ander !== id && a.endsWith(c.slice(-lengte)))) lengte++;
    GEGEVEN.set(id, c.slice(-lengte));
  }
}

/** A short number from a household's pseudonym: the one given in the list, else its last 4 digits. */
export function huishoudnummer(id: string): string {
  return GEGEVEN.get(id) ?? cijfers(id).slice(-4);
}

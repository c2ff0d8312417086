import { partnerVermelding } from '@netwerkdossier/shared';

/** One consent that is still missing: the person's own, or that of someone with gezag over them. */
export type Ontbrekend =
  | { wie: 'zelf'; rol: string; leeftijd: [number, number] | null }
  | { wie: 'gezag'; rol: string }
  /** a minor for whom nobody with gezag is registered (or whom the age rules name nobody for) */
  | { wie: 'niemand' };

/** What the reason may say: who is missing only where the caller may know the household's composition. */
export const TOESTEMMING_ONTBREEKT = 'Toestemming ontbreekt.';

const ENKELVOUD: Readonly<Record<string, string>> = { ouder: 'de ouder', kind: 'het kind', partner: 'de partner', 'ex-partner': 'de ex-partner', overig: 'het andere gezinslid' };
const MEERVOUD: Readonly<Record<string, string>> = { ouder: 'ouders', kind: 'kinderen', partner: 'partners', 'ex-partner': 'ex-partners', overig: 'andere gezinsleden' };
const TELWOORD = ['', 'een', 'beide', 'drie', 'vier', 'vijf', 'zes', 'zeven'];

const enkelvoud = (rol: string) => ENKELVOUD[rol] ?? 'het gezinslid';
const meervoud = (rol: string) => MEERVOUD[rol] ?? 'gezinsleden';

/** "a", "a en b", "a, b en c". */
export function opsomming(delen: string[]): string {
  return delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

function leeftijd([min, max]: [number, number]): string {
  if (max === 0) return 'nog geen jaar';
  return min === max ? `${max} jaar` : `${min} of ${max} jaar`;
}

function zelf(o: Extract<Ontbrekend, { wie: 'zelf' }>): string {
  return o.rol === 'kind' && o.leeftijd ? `het kind (${leeftijd(o.leeftijd)})` : enkelvoud(o.rol);
}

/** Those with gezag who did not consent, by role: "de ouder met gezag", "beide ouders met gezag", "de ouder en de partner met gezag". */
function gezag(rollen: string[]): string {
  const perRol = new Map<string, number>();
  for (const r of rollen) perRol.set(r, (perRol.get(r) ?? 0) + 1);
  const groepen = [...perRol].map(([rol, n]) => (n === 1 ? enkelvoud(rol) : `${TELWOORD[n] ?? n} ${meervoud(rol)}`));
  return `${opsomming(groepen)} met gezag`;
}

/**
 * The reason a cell that needs consent stays closed, naming by role whose consent is missing:
 * "Toestemming van de partner ontbreekt.", "Toestemming van het kind (14 jaar) en van de ouder met gezag
 * ontbreekt.". Only where the caller may know the household's composition; otherwise TOESTEMMING_ONTBREEKT.
 */
export function toestemmingOntbreekt(ontbrekend: Ontbrekend[], samenstellingBekend: boolean): string {
  if (!samenstellingBekend || ontbrekend.length === 0) return TOESTEMMING_ONTBREEKT;
  const eigen = ontbrekend.filter((o): o is Extract<Ontbrekend, { wie: 'zelf' }> => o.wie === 'zelf');
  const gezaghebbenden = ontbrekend.flatMap((o) => (o.wie === 'gezag' ? [o.rol] : []));
  const groepen = [...(eigen.length ? [zelf(eigen[0])] : []), ...(gezaghebbenden.length ? [gezag(gezaghebbenden)] : [])];
  const niemand = ontbrekend.some((o) => o.wie === 'niemand');
  if (groepen.length === 0) return 'Toestemming ontbreekt: er is niemand met gezag geregistreerd.';
  return `Toestemming van ${groepen.join(' en van ')} ontbreekt${niemand ? ', en er is niemand met gezag geregistreerd' : ''}.`;
}

/** A partner without any betrokkenheid with the household: what it holds is withheld because it is not involved, not for consent. */
export function nietBetrokken(partner: string): string {
  const naam = partnerVermelding(partner)?.inZin ?? partner;
  return `Niet betrokken: ${naam.charAt(0).toUpperCase()}${naam.slice(1)} is niet betrokken bij dit huishouden.`;
}

/**
 * A part of a household-level record that names someone the caller's decisions do not know: not a member of
 * this household (or one the caller may see nothing of). Withheld, since nothing decides for them; the reason
 * says so without who, how many, or whether they belong to another household.
 */
export const BUITEN_HUISHOUDEN = 'Dit deel gaat (ook) over iemand die voor u niet tot dit huishouden behoort.';

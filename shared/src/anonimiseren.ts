import { escape, NA_NAMEN, Stap, VOOR_NAMEN } from './anonimiseren.patronen';

/** Turns a free text into its anonymised form. */
export type Anonimiseerder = (tekst: string) => string;

/** Name parts that are ordinary words on their own (and compass points of a place): scrubbed only within the whole name. */
const TUSSENVOEGSELS = new Set(['de', 'den', 'der', 'van', 'het', "'t", 'te', 'ten', 'ter', 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'dos', 'von', 'zu', 'el', 'noord', 'zuid', 'oost', 'west']);
/** Per letter, its accented forms, so that "Zoe", "Zoë" and "ZOË" are one name (the text is composed first: NFC). */
const ACCENTEN = new Map<string, string>();
for (const a of 'àáâãäåèéêëìíîïòóôõöùúûüýÿçñ') ACCENTEN.set(a.normalize('NFD')[0], (ACCENTEN.get(a.normalize('NFD')[0]) ?? '') + a);

function letterPatroon(teken: string): string {
  const basis = teken.normalize('NFD')[0].toLowerCase();
  return ACCENTEN.has(basis) ? `[${basis}${ACCENTEN.get(basis)}]` : escape(teken);
}

/** The whole names and their parts worth scrubbing alone (not a tussenvoegsel, a house number or one letter), longest first. */
function woorden(namen: Iterable<string>): string[] {
  const heel = [...namen].map((n) => n.trim()).filter((n) => n.length >= 2);
  const delen = heel.flatMap((n) => n.split(/[\s,-]+/)).filter((d) => d.length >= 2 && /\p{L}/u.test(d) && !TUSSENVOEGSELS.has(d.toLowerCase()));
  return [...new Set([...heel, ...delen])].sort((a, b) => b.length - a.length);
}

/**
 * A scrubber that removes what can identify someone from a free text shown in anonymised form: the
 * names the partner knows for the household (members, their network, the address), as whole words in
 * any case, with or without accents and with a possessive s; and, whoever they belong to, e-mail
 * addresses, dates in any written form (14-3-2016, 14 mrt. '16, "de veertiende maart", a year of birth),
 * postcodes, numbers of six digits or more in digits or words ("nul zes een twee …"), street names with
 * or without house number, school names, and ages beside a name ("Sanne (8)", "Sanne, 8 jaar"). What it
 * cannot recognise (a rare job, a name it does not know without an age beside it) stays: anonymised
 * sharing still depends on the author writing the case without identifying details.
 */
export function maakAnonimiseerder(namen: Iterable<string>): Anonimiseerder {
  const bekend = woorden(namen);
  const naamPatroon: Stap[] = bekend.length
    ? [[new RegExp(`(?<![\\p{L}\\d])(?:${bekend.map((w) => [...w].map(letterPatroon).join('')).join('|')})(?:['’]?s)?(?![\\p{L}\\d])`, 'giu'), '[naam]']]
    : [];
  const stappen = [...VOOR_NAMEN, ...naamPatroon, ...NA_NAMEN];
  return (tekst) => stappen.reduce((uit, [patroon, vervanging]) => (typeof vervanging === 'string' ? uit.replace(patroon, vervanging) : uit.replace(patroon, vervanging)), tekst.normalize('NFC'));
}

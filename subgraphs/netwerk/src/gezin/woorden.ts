import { Beleid, Categorie, CATEGORIEEN, VORMEN } from '@netwerkdossier/shared';

/**
 * The kinds of information as a household member reads them (B1), each with an example. Only the
 * categories a consent can open are here; the others (pseudoniem, melder, vertrouwelijk, werkaantekening)
 * a family is never asked about.
 */
export const SOORTEN: Readonly<Partial<Record<Categorie, { naam: string; voorbeeld: string }>>> = {
  identificatie: { naam: 'Wie u bent', voorbeeld: 'naam, geboortedatum, adres en telefoonnummer' },
  gezinssituatie: { naam: 'Uw gezin', voorbeeld: 'wie er bij u wonen en wie het gezag over de kinderen heeft' },
  veiligheid: { naam: 'Veiligheid thuis', voorbeeld: 'zorgen over veiligheid en de afspraken daarover' },
  hulpverlening: { naam: 'Hulp en plan', voorbeeld: 'het gezinsplan en welke hulp u krijgt' },
  gezondheid: { naam: 'Gezondheid', voorbeeld: 'een ziekte, medicijnen of een behandeling' },
  justitieel: { naam: 'Politie en rechter', voorbeeld: 'contact met de politie of een rechtszaak' },
  bestaanszekerheid: { naam: 'Geld, werk en wonen', voorbeeld: 'schulden, inkomen of uw woning' },
  grondslag: { naam: 'Wie mag wat zien', voorbeeld: 'welke toestemmingen er zijn en wie er bij u betrokken is' },
  maatregelkader: { naam: 'Besluit van de rechter', voorbeeld: 'een ondertoezichtstelling en wat de rechter besliste' },
};

/** A kind in words, never its key: an unknown one reads as 'andere gegevens'. */
export const soortInWoorden = (c: string): string => SOORTEN[c as Categorie]?.naam.toLowerCase() ?? 'andere gegevens';

/** The categories a consent opens somewhere in the deelmatrix, in the policy's order: what a family may choose. */
export function kiesbareSoorten(beleid: Beleid): Categorie[] {
  return CATEGORIEEN.filter((c) => SOORTEN[c] && VORMEN.some((v) => beleid.matrix[c][v] === 'toestemming' || beleid.matrix[c][v] === 'toestemming-anders-geanonimiseerd'));
}

/** What a doel is for, as a household member reads it. */
const DOELEN: Readonly<Record<string, string>> = {
  'gezamenlijk-plan': 'om samen met u aan één plan te werken',
  casusoverleg: 'om uw situatie te bespreken in een overleg van hulpverleners',
  veiligheidsonderzoek: 'voor een onderzoek naar de veiligheid',
  'uitvoering-maatregel': 'om een maatregel van de rechter uit te voeren',
};

/** A doel in words, never its key. */
export const doelInWoorden = (doel: string): string => DOELEN[doel] ?? 'voor een doel dat met u is afgesproken';

/** A list of kinds of information in words: "wie u bent, veiligheid thuis". */
export const soortenInWoorden = (categorieen: readonly string[]): string => categorieen.map(soortInWoorden).join(', ');

/** How a consent was given, in words. */
const TOESTEMMINGSVORMEN: Readonly<Record<string, string>> = { schriftelijk: 'op papier', mondeling: 'in een gesprek', digitaal: 'in deze app' };
export const toestemmingsvormInWoorden = (vorm: string): string => TOESTEMMINGSVORMEN[vorm] ?? 'op een andere manier';

/** How an organisation works with the household, in words (a betrokkenheid's vorm). */
const VORMEN_IN_WOORDEN: Readonly<Record<string, string>> = {
  consultatie: 'denkt mee zonder uw naam te kennen',
  duo: 'werkt samen met de regiehouder aan uw plan',
  onderzoek: 'doet onderzoek naar de veiligheid',
  maatregel: 'voert een maatregel van de rechter uit',
};
export const vormInWoorden = (vorm: string): string => VORMEN_IN_WOORDEN[vorm] ?? 'is op een andere manier betrokken';

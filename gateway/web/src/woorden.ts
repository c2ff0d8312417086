/** The data categories as a professional reads them, never their keys (policies name them). */
const CATEGORIEEN: Readonly<Record<string, string>> = {
  pseudoniem: 'verwijzing zonder naam',
  identificatie: 'naam, adres en contact',
  gezinssituatie: 'gezinssamenstelling en gezag',
  veiligheid: 'veiligheid',
  hulpverlening: 'hulpverlening en plan',
  gezondheid: 'gezondheid',
  justitieel: 'justitiële gegevens',
  bestaanszekerheid: 'geld, werk en wonen',
  grondslag: 'toestemmingen en betrokkenheden',
  melder: 'wie meldde',
  vertrouwelijk: 'vertrouwelijke aantekeningen',
  werkaantekening: 'werkaantekeningen',
  maatregelkader: 'maatregel en uitspraak van de rechter',
};

/** A category in words; an unknown one as "andere gegevens". */
export const categorieInWoorden = (c: string): string => CATEGORIEEN[c] ?? 'andere gegevens';

/** Several categories in words: "veiligheid, gezondheid". */
export const categorieenInWoorden = (cs: readonly string[]): string => cs.map(categorieInWoorden).join(', ');

/** The vormen of betrokkenheid as they are said in a sentence. */
const VORMEN: Readonly<Record<string, string>> = { consultatie: 'consultatie', duo: 'duo', onderzoek: 'onderzoek', maatregel: 'maatregel' };

export const vormInWoorden = (v: string): string => VORMEN[v] ?? 'betrokken';

/** A doel by its description (`/aanmelden/wie`), never its key. */
export function doelInWoorden(doelen: ReadonlyArray<{ naam: string; omschrijving: string }>, doel: string): string {
  return doelen.find((d) => d.naam === doel)?.omschrijving.replace(/\.$/, '') ?? 'een afgesproken doel';
}

/** A member's role as it reads in a sentence ("ex-partner", not "ex_partner"). */
export const rolInWoorden = (rol: string): string => rol.replace(/_/g, '-');

const MAATREGELEN: Readonly<Record<string, string>> = {
  ots: 'ondertoezichtstelling (OTS)', voorlopige_ots: 'voorlopige ondertoezichtstelling', voogdij: 'voogdij',
  jeugdreclassering: 'jeugdreclassering', machtiging_uithuisplaatsing: 'machtiging uithuisplaatsing',
};

/** A maatregel's soort in words: "ondertoezichtstelling (OTS)", not "ots". */
export const maatregelInWoorden = (soort: string): string => MAATREGELEN[soort] ?? soort.replace(/_/g, ' ');

/** An enum value of a status or soort as it reads: "niet akkoord", not "niet_akkoord". */
export const alsTekst = (waarde: string): string => waarde.replace(/_/g, ' ');

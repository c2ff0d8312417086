import { cijfersIn, rangtelwoorden, telwoorden } from './telwoorden';

/** A step of the scrubber: a pattern and what replaces a match (a text, or a function that may keep it). */
export type Stap = [RegExp, string | ((...deel: string[]) => string)];

/** Not preceded / not followed by a letter or digit: a whole word or number. */
const BEGIN = '(?<![\\p{L}\\d])';
const EIND = '(?![\\p{L}\\d])';
const WOORD = "\\p{L}[\\p{L}'’-]*";
/** The shortest start of a word before a suffix. */
const BEGIN_VAN_WOORD = "\\p{L}[\\p{L}'’-]*?";

export function escape(tekst: string): string {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const een = (woorden: readonly string[]) => [...woorden].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A word in any case, for the patterns that must tell capitals apart elsewhere (they cannot use the i flag). */
const hoofdletterongevoelig = (woord: string) => woord.replace(/\p{L}/gu, (l) => `[${l.toLowerCase()}${l.toUpperCase()}]`);

const HOOFDTELWOORD = een(telwoorden(0, 99));

// --- dates: digits, month names and abbreviations, day and year in words ---------------------------------
const MAAND = `(?:${een(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'])}|(?:${een(['sept', 'febr', 'jan', 'feb', 'mrt', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'oct', 'nov', 'dec'])})\\.?)`;
const JAAR = `(?:\\d{4}|['’‘]\\s?\\d{2}|(?:tweeduizend|negentienhonderd)(?:[\\s-]?(?:${HOOFDTELWOORD}))?)`;
const DAG = `(?:\\d{1,2}(?:ste|de|e)?|${een([...telwoorden(1, 31, rangtelwoorden), ...telwoorden(1, 31)])})`;
const DATUMS: Stap[] = [
  [new RegExp(`${BEGIN}${DAG}(?:\\s+van)?[\\s-]+${MAAND}(?:\\.?[\\s,-]*${JAAR})?${EIND}`, 'giu'), '[datum]'],
  [new RegExp(`${BEGIN}${MAAND}\\.?[\\s,-]*${JAAR}${EIND}`, 'giu'), '[datum]'],
  [new RegExp(`${BEGIN}${MAAND}\\s+\\d{1,2}(?:ste|de|e)?,?\\s+\\d{4}${EIND}`, 'giu'), '[datum]'],
  [new RegExp(`${BEGIN}\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}|['’]\\d{2})${EIND}`, 'gu'), '[datum]'],
  [new RegExp(`${BEGIN}\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}${EIND}`, 'gu'), '[datum]'],
  // a year alone is no date, but a year of birth is
  [new RegExp(`(${BEGIN}(?:geboren|geb\\.?|geboortejaar|geboortedatum)(?:\\s*(?:in|op|uit|:))?\\s*)${JAAR}${EIND}`, 'giu'), '$1[datum]'],
  [new RegExp(`\\(\\s*\\*\\s*${JAAR}\\s*\\)`, 'giu'), '([datum])'],
];

// --- postcodes, and numbers of six digits or more in digits and number words (phone, BSN) ----------------
const WOORDJES = new Set(['de', 'en', 'in', 'is', 'op', 'te', 'om', 'of', 'na', 'al', 'nu', 'ik', 'je', 'we', 'ze', 'er', 'ja', 'zo', 'uw', 'nr']);
const GETAL = `(?:\\d+|${HOOFDTELWOORD})${EIND}`;
const GETALLEN: Stap[] = [
  // "2016 de" reads as a year before an article, "2016 DE" as a postcode
  [new RegExp(`${BEGIN}[1-9]\\d{3}\\s?([a-z]{2})${EIND}`, 'giu'), (m, letters) => (letters === letters.toLowerCase() && WOORDJES.has(letters) ? m : '[postcode]')],
  [new RegExp(`${BEGIN}[+(]?${GETAL}(?:[\\s\\-.()/]+${GETAL})*`, 'giu'), (m) => {
    if ((m.match(/\d+|\p{L}+/gu) ?? []).reduce((n, d) => n + cijfersIn(d), 0) < 6) return m;
    // "(06) 1234 5678" is one number; "(06-12345678)" keeps its brackets
    return m.startsWith('(') && !m.includes(')') ? '([nummer]' : '[nummer]';
  }],
];

// --- street names, with or without house number, whoever lives there ---------------------------------------
const STRAAT = ['straat', 'laan', 'gracht', 'kade', 'singel', 'steeg', 'dreef', 'plantsoen', 'allee', 'boulevard', 'burgwal', 'weg', 'plein', 'dijk', 'pad', 'hof', 'park', 'markt'];
/** Ordinary words that end like a street; without a house number behind them they are kept. */
const ALLEDAAGS = new Set([
  'onderweg', 'halfweg', 'snelweg', 'uitweg', 'zijweg', 'spoorweg', 'overweg', 'achterweg', 'schoolplein', 'speelplein', 'kerkhof', 'gerechtshof',
  'fietspad', 'voetpad', 'zijpad', 'wandelpad', 'pretpark', 'dierenpark', 'vakantiepark', 'supermarkt', 'arbeidsmarkt', 'woningmarkt', 'weekmarkt',
  'jaarmarkt', 'kerstmarkt', 'oprijlaan', 'opslaan', 'uitslaan', 'aanslaan', 'doorslaan', 'omslaan', 'afslaan', 'neerslaan', 'toeslaan', 'dichtslaan',
  'terugslaan', 'overslaan', 'vastslaan', 'inslaan', 'blokkade', 'bedreef', 'aandreef', 'opsteeg', 'besteeg', 'oversteeg',
]);
const HUISNUMMER = `\\s+\\d{1,5}(?:-?[a-z]|-[ivx]+|-\\d{1,3})?${EIND}`;
const STRATEN: Stap[] = [
  [new RegExp(`${BEGIN}(${BEGIN_VAN_WOORD}(${een(STRAAT)}))${EIND}(${HUISNUMMER})?`, 'giu'), (m, woord, achtervoegsel, huisnummer) => {
    const gewoon = woord.length - achtervoegsel.length < 2 || (!huisnummer && ALLEDAAGS.has(woord.toLowerCase()));
    return gewoon ? m : '[adres]';
  }],
];

// --- school names: after a kind of school, or a name ending in College, Lyceum, Gymnasium or -school -------
const SOORTEN_STERK = ['basisschool', 'obs', 'cbs', 'pcbs', 'rkbs', 'kbs', 'sbo', 'vso', 'ikc', 'kindcentrum', 'montessorischool', 'daltonschool', 'jenaplanschool', 'scholengemeenschap', 'roc'];
const SOORTEN = [...SOORTEN_STERK, 'school', 'college', 'lyceum', 'gymnasium'];
const LIDWOORD = "(?:de|het|'t|’t)";
/** Words that follow a kind of school in an ordinary sentence ("naar de basisschool en …"). */
const GEEN_NAAM = new Set(['en', 'of', 'in', 'op', 'is', 'om', 'te', 'met', 'voor', 'van', 'aan', 'bij', 'naar', 'uit', 'tot', 'maar', 'want', 'dus', 'die', 'dat', 'een', 'zit', 'zat', 'gaat', 'ging', 'heeft', 'had', 'was', 'wordt', 'werd', 'moet', 'kan', 'zal', 'niet', 'ook', 'nog', 'wel', 'hele', 'volgende', 'eigen', 'nieuwe', 'oude', 'zelf', 'daar', 'hier', 'meldt', 'belt', 'belde']);
/** Compounds on -school that name a kind, not a school. */
const GEWONE_SCHOLEN = new Set(['', 'basis', 'kleuter', 'montessori', 'dalton', 'jenaplan', 'hoge', 'lagere', 'middelbare', 'vak', 'rij', 'dans', 'muziek', 'zwem', 'zomer', 'zondags', 'avond', 'brede', 'vrije', 'speciale']);
const HOOFDWOORD = "\\p{Lu}[\\p{L}'’-]*";
const SCHOLEN: Stap[] = [
  // capitals mark the name: "basisschool De Regenboog", "OBS Het Palet", "SCHOOL DE KLIMOP"
  [new RegExp(`${BEGIN}(${SOORTEN.map(hoofdletterongevoelig).join('|')})\\s+(?:${hoofdletterongevoelig('het')}\\s+|${hoofdletterongevoelig('de')}\\s+|['’]t\\s+)?${HOOFDWOORD}(?:\\s+${HOOFDWOORD}){0,3}`, 'gu'), '$1 [school]'],
  // in lower case only after a kind that is never an ordinary word: "obs de klimop"
  [new RegExp(`${BEGIN}(${een(SOORTEN_STERK)})\\s+(?:${LIDWOORD}\\s+)?(${WOORD})`, 'giu'), (m, soort, naam) => (GEEN_NAAM.has(naam.toLowerCase()) ? m : `${soort} [school]`)],
  [new RegExp(`${BEGIN}((?:${hoofdletterongevoelig('het')}\\s+)?)(?:${HOOFDWOORD}\\s+){1,3}(?:${['college', 'lyceum', 'gymnasium'].map(hoofdletterongevoelig).join('|')})${EIND}`, 'gu'), '$1[school]'],
  [new RegExp(`${BEGIN}(het\\s+)(${WOORD})\\s+(?:college|lyceum|gymnasium)${EIND}`, 'giu'), (m, het, naam) => (GEEN_NAAM.has(naam.toLowerCase()) ? m : `${het}[school]`)],
  [new RegExp(`${BEGIN}(\\p{Lu}[\\p{L}'’-]*?)${hoofdletterongevoelig('school')}${EIND}`, 'gu'), (m, voor) => (GEWONE_SCHOLEN.has(voor.toLowerCase()) ? m : '[school]')],
];

/** What the scrubber removes before the names it knows: e-mail, dates, numbers, streets, schools. */
export const VOOR_NAMEN: Stap[] = [[/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mailadres]'], ...DATUMS, ...GETALLEN, ...STRATEN, ...SCHOLEN];

// --- ages (and years of birth) next to a name -------------------------------------------------------------
const NAMEN = '\\[naam\\](?:\\s+\\[naam\\])*';
// "een jaar" is too often just a year: one in words only as "één"
const LEEFTIJD = `(?:\\d{1,3}|${een(['één', ...telwoorden(2, 99)])})`;
/** What the scrubber removes after the names: an age or birth year beside a name, known or not. */
export const NA_NAMEN: Stap[] = [
  [new RegExp(`(${NAMEN}\\s*)\\(\\s*${LEEFTIJD}(?:\\s*(?:jaar|jr\\.?|j\\.?))?(?:\\s+oud)?\\s*\\)`, 'giu'), '$1([leeftijd])'],
  [new RegExp(`(${NAMEN}\\s*)\\(\\s*(?:geb\\.?\\s*)?\\d{4}\\s*\\)`, 'giu'), '$1([datum])'],
  // "[naam], 8 jaar", "[naam] is acht jaar oud", "[naam], die net 8 jaar is": within the same clause
  [new RegExp(`(${NAMEN}[^.;:!?\\n\\[]{0,30}?)${BEGIN}${LEEFTIJD}(\\s*-?\\s*(?:jaar|jr\\.?)${EIND})`, 'giu'), '$1[leeftijd]$2'],
  [new RegExp(`${BEGIN}${LEEFTIJD}\\s*-?\\s*jarige(\\s+${NAMEN})`, 'giu'), '[leeftijd]$1'],
  // a name the partner does not know, with an age in brackets: "Kees (8)"
  [new RegExp(`${BEGIN}\\p{Lu}\\p{Ll}+(\\s*)\\(\\s*\\d{1,2}\\s*(?:jaar|jr\\.?)?\\s*\\)`, 'gu'), '[naam]$1([leeftijd])'],
];

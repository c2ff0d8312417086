/** Dutch number words, for recognising dates, ages and phone numbers written out in free text. */
const EENHEDEN = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TIENERS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TIENTALLEN = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** The ways n (0–99) is written as a word: "één" beside "een", "tweeëntwintig" beside "tweeentwintig". */
export function hoofdtelwoorden(n: number): string[] {
  if (n < 10) return n === 1 ? ['een', 'één'] : [EENHEDEN[n]];
  if (n < 20) return [TIENERS[n - 10]];
  const tiental = TIENTALLEN[Math.floor(n / 10)];
  const eenheid = n % 10;
  if (eenheid === 0) return [tiental];
  // "ën" after a vowel: tweeëntwintig, drieëndertig; also written without the trema
  const voor = EENHEDEN[eenheid].endsWith('e') ? ['ën', 'en'] : ['en'];
  const eenheden = eenheid === 1 ? ['een', 'één'] : [EENHEDEN[eenheid]];
  return eenheden.flatMap((e) => voor.map((v) => `${e}${v}${tiental}`));
}

/** The ways the n-th (1–31) is written as a word: eerste, derde, achtste, veertiende, eenentwintigste. */
export function rangtelwoorden(n: number): string[] {
  if (n === 1) return ['eerste'];
  if (n === 3) return ['derde'];
  return hoofdtelwoorden(n).map((w) => (n === 8 || n >= 20 ? `${w}ste` : `${w}de`));
}

/** Number words from `van` to `tot` (inclusive), longest first so an alternation prefers the whole word. */
export function telwoorden(van: number, tot: number, soort: (n: number) => string[] = hoofdtelwoorden): string[] {
  const woorden: string[] = [];
  for (let n = van; n <= tot; n++) woorden.push(...soort(n));
  return [...new Set(woorden)].sort((a, b) => b.length - a.length);
}

/** How many digits a number word or a group of digits stands for: one for nul–negen, two for tien–negenennegentig. */
export function cijfersIn(woordOfGetal: string): number {
  if (/^\d+$/.test(woordOfGetal)) return woordOfGetal.length;
  const w = woordOfGetal.toLowerCase();
  return EENHEDEN.includes(w) || w === 'één' ? 1 : 2;
}

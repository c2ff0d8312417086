const LEESBAAR = /^\d{4}-\d{2}-\d{2}([T ].*)?$/;

/** What a redacted or missing date reads as: never "Invalid Date", never the anonymiser's "[datum]". */
export const DATUM_AFGESCHERMD = 'datum afgeschermd';

function alsDatum(d: string | null | undefined): Date | null {
  if (!d || !LEESBAAR.test(d)) return null;
  const t = new Date(d.length === 10 ? `${d}T12:00:00Z` : d);
  return Number.isNaN(t.getTime()) ? null : t;
}

/** A date (JJJJ-MM-DD) or a moment as the household reads it: "4 maart 2026"; a redacted one: "datum afgeschermd". */
export function datum(d: string | null | undefined): string {
  return alsDatum(d)?.toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }) ?? DATUM_AFGESCHERMD;
}

/** A moment with its time: "4 maart 2026 om 14:05". */
export function moment(d: string | null | undefined): string {
  return alsDatum(d)?.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }) ?? DATUM_AFGESCHERMD;
}

/** Sorts newest first; dates that cannot be read go last. */
export function nieuwsteEerst(a: string, b: string): number {
  return (alsDatum(b)?.getTime() ?? -Infinity) - (alsDatum(a)?.getTime() ?? -Infinity) || 0;
}

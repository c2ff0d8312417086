/** A date (JJJJ-MM-DD) or a moment as the household reads it: "4 maart 2026". */
export function datum(d: string): string {
  return new Date(d.length === 10 ? `${d}T12:00:00Z` : d).toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
}

/** The partners as a household member reads them. */
export const ORGANISATIES: Readonly<Record<string, string>> = { 'lokaal-team': 'het lokaal team', 'veilig-thuis': 'Veilig Thuis', gi: 'de jeugdbescherming (GI)', raad: 'de Raad voor de Kinderbescherming' };

/** A date (JJJJ-MM-DD or a moment) in words: "4 maart 2026". */
export function datumInWoorden(datum: string | Date): string {
  const d = typeof datum === 'string' ? new Date(`${datum}T12:00:00Z`) : datum;
  return d.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
}

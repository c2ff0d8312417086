import { PARTNERS } from '@netwerkdossier/shared';

/** The partners as a household member reads them (`inZin` of each partner.json). */
export const ORGANISATIES: Readonly<Record<string, string>> = Object.fromEntries(PARTNERS.map((p) => [p.naam, p.inZin]));

/** A date (JJJJ-MM-DD or a moment) in words: "4 maart 2026". */
export function datumInWoorden(datum: string | Date): string {
  const d = typeof datum === 'string' ? new Date(`${datum}T12:00:00Z`) : datum;
  return d.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
}

/** A professional's name where the partner registry knows it (partner.json). */
export function bekendeNaam(organisatie: string, sub: string): string | undefined {
  return PARTNERS.find((p) => p.naam === organisatie)?.professionals.find((p) => p.sub === sub)?.naam;
}

/** A professional of a partner by name where the registry knows it (partner.json), else by their identity. */
export function professionalNaam(organisatie: string, sub: string): string {
  return bekendeNaam(organisatie, sub) ?? sub;
}

import { leesPartners } from './register';
import { PartnerVermelding } from './vermelding';

export * from './register';
export * from './schema';
export * from './vermelding';

/** The registered partners, read once from their folders. */
export const PARTNERS: readonly PartnerVermelding[] = leesPartners();

/** The names of the registered partners, in port order. */
export const PARTNER_NAMEN: readonly string[] = PARTNERS.map((p) => p.naam);

/** The partner called `naam`, or undefined when no folder declares it. */
export function partnerVermelding(naam: string): PartnerVermelding | undefined {
  return PARTNERS.find((p) => p.naam === naam);
}

/** How a professional reads a partner's name ("Veilig Thuis"); an unregistered name as it is. */
export function weergavenaam(naam: string): string {
  return partnerVermelding(naam)?.weergavenaam ?? naam;
}

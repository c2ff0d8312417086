/** A registered partner as the gateway names it (`GET /partners`, from each `subgraphs/<naam>/partner.json`). */
export interface Partnernaam {
  naam: string;
  weergavenaam: string;
  inZin: string;
}

/** Display name per data owner as the gateway reports it in `extensions` (veilig-thuis); filled by laadPartners. */
export const PARTNERS: Record<string, string> = { netwerk: 'het register' };

/** Display name per GraphQL enum value of an organisation (veilig_thuis); filled by laadPartners. */
export const ORGANISATIES: Record<string, string> = {};

/** The GraphQL enum value of an organisation ("veilig-thuis" in a token is veilig_thuis in the schema). */
export const alsEnum = (organisatie: string) => organisatie.replace(/-/g, '_');

/**
 * Reads the partners' names from the gateway once, before the app renders: the web app holds no copy of
 * the list, so a partner that joins shows by its own name. Without an answer names stay as the schema has them.
 */
export async function laadPartners(): Promise<void> {
  const antwoord = await fetch('/partners').catch(() => undefined);
  if (!antwoord?.ok) return;
  for (const p of (await antwoord.json()) as Partnernaam[]) {
    PARTNERS[p.naam] = p.weergavenaam;
    ORGANISATIES[alsEnum(p.naam)] = p.weergavenaam;
  }
}

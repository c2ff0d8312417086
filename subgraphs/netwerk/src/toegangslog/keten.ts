import { createHash } from 'node:crypto';

/** Keys sorted at every level: the same record always serialises the same, whatever stored it (jsonb reorders). */
export function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde instanceof Date) return JSON.stringify(waarde.toISOString());
  if (waarde !== null && typeof waarde === 'object') {
    return `{${Object.keys(waarde).sort().filter((k) => (waarde as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canoniek((waarde as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(waarde);
}

/** The first record's predecessor. */
export const BEGIN_HASH = '0'.repeat(64);

/** What a record's hash covers: everything in it but the hash itself. */
export interface Ketenvelden {
  volgnummer: number;
  tijdstip: Date;
  actie: string;
  auditId: string | null;
  sub: string;
  organisatie: string | null;
  rol: string;
  team: string | null;
  namens: string | null;
  doel: string | null;
  beleidsversie: string | null;
  huishoudens: string[];
  personen: string[];
  inhoud: unknown;
  vorigeHash: string;
}

export function hashVan(r: Ketenvelden): string {
  const { volgnummer, tijdstip, actie, auditId, sub, organisatie, rol, team, namens, doel, beleidsversie, huishoudens, personen, inhoud, vorigeHash } = r;
  return createHash('sha256')
    .update(canoniek({ volgnummer, tijdstip, actie, auditId, sub, organisatie, rol, team, namens, doel, beleidsversie, huishoudens, personen, inhoud, vorigeHash }))
    .digest('hex');
}

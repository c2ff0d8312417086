import { createHash } from 'node:crypto';

import { canoniek, type Inhoudvelden } from '@netwerkdossier/shared';

export { canoniek };

/** The first record's predecessor. */
export const BEGIN_HASH = '0'.repeat(64);

/** What stays of a record for good: no personal data, enough to keep the chain verifiable. */
export interface Kopvelden {
  volgnummer: number;
  tijdstip: Date;
  actie: string;
  auditId: string | null;
  vorigeHash: string;
  /** Hash of the content (Inhoudvelden); null only in records written before retention existed. */
  inhoudHash: string | null;
}

export type Ketenvelden = Kopvelden & Inhoudvelden;

/** The content's fields, which are also its columns: what the retention job empties. */
export const INHOUDVELDEN = ['sub', 'organisatie', 'rol', 'team', 'namens', 'doel', 'beleidsversie', 'huishoudens', 'personen', 'inhoud'] as const satisfies ReadonlyArray<keyof Inhoudvelden>;

const sha256 = (waarde: unknown) => createHash('sha256').update(canoniek(waarde)).digest('hex');

export function inhoudHashVan(r: Inhoudvelden): string {
  const { sub, organisatie, rol, team, namens, doel, beleidsversie, huishoudens, personen, inhoud } = r;
  return sha256({ sub, organisatie, rol, team, namens, doel, beleidsversie, huishoudens, personen, inhoud });
}

/**
 * A record's hash covers its head and its content's hash, so the content can be removed after its
 * retention term without breaking the chain. Records from before that (no inhoudHash) hash everything
 * directly, and verify as they always did.
 */
export function hashVan(r: Kopvelden | Ketenvelden): string {
  const { volgnummer, tijdstip, actie, auditId, vorigeHash, inhoudHash } = r;
  if (inhoudHash !== null) return sha256({ volgnummer, tijdstip, actie, auditId, vorigeHash, inhoudHash });
  const { sub, organisatie, rol, team, namens, doel, beleidsversie, huishoudens, personen, inhoud } = r as Ketenvelden;
  return sha256({ volgnummer, tijdstip, actie, auditId, sub, organisatie, rol, team, namens, doel, beleidsversie, huishoudens, personen, inhoud, vorigeHash });
}

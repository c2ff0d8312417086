import { NIET_VRIJGEGEVEN, NietVrijgegeven } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

/** Per audit id, whose part of a request was never released: 'alles' for the whole request. */
export type NietVrijgegevenPer = Map<string, Set<string> | 'alles'>;

/**
 * What the records "disclosed, not released" (NIET_VRIJGEGEVEN) say about these audit ids: the inzage does
 * not list as seen what a partner gave but the gateway never released. A record whose content has expired
 * counts for the whole request.
 */
export async function nietVrijgegevenVoor(dataSource: DataSource, auditIds: string[]): Promise<NietVrijgegevenPer> {
  const uit: NietVrijgegevenPer = new Map();
  if (auditIds.length === 0) return uit;
  const rijen = (await dataSource.query('SELECT audit_id, inhoud FROM toegangslog WHERE actie = $1 AND audit_id = ANY($2)', [NIET_VRIJGEGEVEN, auditIds])) as Array<{ audit_id: string; inhoud: NietVrijgegeven | null }>;
  for (const { audit_id: auditId, inhoud } of rijen) {
    const was = uit.get(auditId);
    if (was === 'alles' || !inhoud?.partners) uit.set(auditId, 'alles');
    else uit.set(auditId, new Set([...(was ?? []), ...inhoud.partners]));
  }
  return uit;
}

/** Whether this partner's part of the request with this audit id was released. */
export function vrijgegeven(niet: NietVrijgegevenPer, auditId: string | null, partner: string): boolean {
  const p = auditId ? niet.get(auditId) : undefined;
  return !(p === 'alles' || p?.has(partner));
}

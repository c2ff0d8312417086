import { TOEGANGSLOG_ENTITIES, verifieerToegangslog } from '@netwerkdossier/netwerk';
import { kruiscontrole } from '@netwerkdossier/gateway';
import { Beleid, NIET_VRIJGEGEVEN, ServiceNaam, SUBGRAPHS, Verstrekking } from '@netwerkdossier/shared';
import { JWK } from 'jose';
import { DataSource } from 'typeorm';

import type { Controle } from './uitkomsten';
import type { Antwoord } from './verkeer';

function perVrager(xs: Array<{ sub: string; doel: string | null }>): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(`${x.sub}/${x.doel}`, (m.get(`${x.sub}/${x.doel}`) ?? 0) + 1);
  return m;
}

/**
 * Every response's audit id has exactly one toegangslog record, and every record with an audit id has its
 * response. A refused doel's 403 carries no audit id (the gateway refuses before the response has one) while
 * its `weigering` record has one: those are matched by count per persona and doel, and reported.
 */
export async function controleerToegangslog(netwerk: DataSource, antwoorden: Antwoord[]): Promise<Controle> {
  const alle = (await netwerk.query('SELECT audit_id::text AS audit_id, actie, sub, doel FROM toegangslog WHERE audit_id IS NOT NULL')) as Array<{ audit_id: string; actie: string; sub: string; doel: string | null }>;
  // a response whose partner's part was not released (that partner down) has its inzien record and, beside it,
  // one that says so: not a second record of the response, counted apart
  const ids = antwoorden.map((a) => a.auditId).filter((id): id is string => !!id);
  const beantwoord = new Set(ids);
  const rijen = alle.filter((r) => r.actie !== NIET_VRIJGEGEVEN);
  const nietVrijgegeven = alle.filter((r) => r.actie === NIET_VRIJGEGEVEN && beantwoord.has(r.audit_id)).length;
  const [{ zonder }] = (await netwerk.query('SELECT count(*)::int AS zonder FROM toegangslog WHERE audit_id IS NULL')) as Array<{ zonder: number }>;
  const records = new Map<string, number>();
  for (const r of rijen) records.set(r.audit_id, (records.get(r.audit_id) ?? 0) + 1);
  const geweigerd = antwoorden.filter((a) => !a.auditId && a.soort === 'weigering' && a.status === 403);
  const zonderAuditId = antwoorden.filter((a) => !a.auditId).length - geweigerd.length;
  const dubbelGeantwoord = ids.length - beantwoord.size;
  const ontbreekt = [...beantwoord].filter((id) => !records.has(id));
  const meer = [...beantwoord].filter((id) => (records.get(id) ?? 0) > 1);
  const los = rijen.filter((r) => !beantwoord.has(r.audit_id));
  const weigeringen = los.filter((r) => r.actie === 'weigering');
  const zonderAntwoord = los.filter((r) => r.actie !== 'weigering').map((r) => r.audit_id);
  const [verwacht, gevonden] = [perVrager(geweigerd), perVrager(weigeringen)];
  const weigeringenKloppen = verwacht.size === gevonden.size && [...verwacht].every(([k, n]) => gevonden.get(k) === n);
  const voorbeeld = (xs: string[]) => (xs.length ? ` (bijv. ${xs.slice(0, 3).join(', ')})` : '');
  return {
    naam: 'antwoorden == toegangslog-records',
    geslaagd: ids.length > 0 && zonderAuditId === 0 && dubbelGeantwoord === 0 && ontbreekt.length === 0 && meer.length === 0 && zonderAntwoord.length === 0 && weigeringenKloppen,
    regels: [
      `${antwoorden.length} antwoorden, ${ids.length} met audit-id (${dubbelGeantwoord} dubbel); ${records.size} audit-id's in het toegangslog`,
      `zonder record: ${ontbreekt.length}${voorbeeld(ontbreekt)}; met meer dan één record: ${meer.length}${voorbeeld(meer)}; records zonder antwoord: ${zonderAntwoord.length}${voorbeeld(zonderAntwoord)}; antwoorden zonder audit-id: ${zonderAuditId}`,
      `geweigerd doel (403, zonder audit-id in het antwoord): ${geweigerd.length} antwoorden, ${weigeringen.length} weigering-records (${[...gevonden].map(([k, n]) => `${k} ${n}`).join(', ') || 'geen'})${weigeringenKloppen ? '' : ' KLOPT NIET'}`,
      `buiten de vergelijking: ${zonder} records zonder audit-id (de gateway legt elk geladen beleid vast, actie 'beleid'); ${nietVrijgegeven} records '${NIET_VRIJGEGEVEN}' naast het record van hun antwoord`,
    ],
  };
}

/** The toegangslog's hash chain and signed checkpoints (what `npm run audit:verify` checks). */
export async function controleerKeten(netwerk: DataSource, checkpointSleutels: JWK[], beleid: Beleid): Promise<Controle> {
  const v = await verifieerToegangslog(netwerk, checkpointSleutels, beleid.bewaartermijnen.toegangslog);
  return {
    naam: 'toegangslog-keten klopt',
    geslaagd: v.records > 0 && v.bevindingen.length === 0,
    regels: [`${v.records} records, ${v.checkpoints} ondertekende checkpoints`, ...v.bevindingen.map((b) => `record ${b.volgnummer ?? '?'}: ${b.reden}`)],
  };
}

/** Every disclosure in a partner's verstrekkingenlog is accounted for in the toegangslog (what `npm run audit:kruiscontrole` checks). */
export async function controleerVerstrekkingen(netwerk: DataSource, databaseUrls: Record<ServiceNaam, string>): Promise<Controle> {
  const bronnen = Object.fromEntries(SUBGRAPHS.map((naam) => [naam, new DataSource({ type: 'postgres', url: databaseUrls[naam], entities: [Verstrekking] })]));
  try {
    for (const ds of Object.values(bronnen)) await ds.initialize();
    const { verstrekkingen, onverantwoord } = await kruiscontrole(netwerk, bronnen);
    return {
      naam: 'verstrekkingenlogs kloppen met het toegangslog',
      geslaagd: verstrekkingen > 0 && onverantwoord.length === 0,
      regels: [`${verstrekkingen} verstrekkingen bij ${SUBGRAPHS.length} diensten, ${onverantwoord.length} niet verantwoord`, ...onverantwoord.slice(0, 10).map((o) => `${o.partner} grant ${o.grant ?? '—'} (audit ${o.auditId ?? '—'}): ${o.reden}`)],
    };
  } finally {
    for (const ds of Object.values(bronnen)) if (ds.isInitialized) await ds.destroy();
  }
}

/** netwerk's database with the toegangslog's entities, for the checks above. */
export async function openToegangslog(url: string): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url, entities: TOEGANGSLOG_ENTITIES }).initialize();
}

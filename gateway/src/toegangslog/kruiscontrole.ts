import { NIET_VRIJGEGEVEN, NietVrijgegeven, ServiceNaam, Verstrekking } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import type { Verstrekt } from './regel';

/** A disclosure one side records and the other does not account for. */
export interface Onverantwoord {
  partner: ServiceNaam;
  /** The partner's record (its grant id); null when the toegangslog names a disclosure the partner has no record of. */
  grant: string | null;
  auditId: string | null;
  reden: string;
}

export interface Kruiscontrole {
  /** Verstrekkingen read from the partners' logs. */
  verstrekkingen: number;
  /** Of those, accounted for by a record whose content was removed after its retention term (by audit id alone). */
  vervallen: number;
  /** Of those, accounted for by a record that says they were disclosed but never released. */
  nietVrijgegeven: number;
  /** `inzien` records whose disclosures were looked up at their partners. */
  raadplegingen: number;
  /** `inzien` records older than the verstrekkingenlogs' retention term: their partners may have removed theirs. */
  raadplegingenVervallen: number;
  onverantwoord: Onverantwoord[];
  /** Partners whose log could not be read: not checked, and named. */
  onbereikbaar: ServiceNaam[];
}

interface Logrij {
  volgnummer: string;
  audit_id: string;
  actie: string;
  /** Null once the record's retention term has passed: its audit id still accounts for the disclosure. */
  inhoud: ({ verstrekt?: Verstrekt[] } & Partial<NietVrijgegeven>) | null;
}

/** The reason given for a verstrekking whose audit id has no toegangslog record at all. */
export const GEEN_RECORD = 'geen toegangslog-record met dit audit-id';

const PAGINA = 1000;
/** The two logs are written at almost the same moment; this keeps a record at the edge of its term from counting as missing. */
const MARGE_BIJ_TERMIJN = "interval '1 hour'";

/** Per audit id: whose part a NIET_VRIJGEGEVEN record covers ('alles': the whole request), or null when its content has expired. */
type NietVrijgegevenPer = Map<string, { partners: Set<string> | 'alles'; inhoud: Logrij['inhoud'] }>;

function nietVrijgegevenPer(rijen: Logrij[]): NietVrijgegevenPer {
  const uit: NietVrijgegevenPer = new Map();
  for (const r of rijen.filter((r) => r.actie === NIET_VRIJGEGEVEN)) {
    const was = uit.get(r.audit_id)?.partners;
    const deze = !r.inhoud || !r.inhoud.partners ? 'alles' : new Set(r.inhoud.partners);
    const partners = was === 'alles' || deze === 'alles' ? 'alles' : new Set([...(was ?? []), ...deze]);
    uit.set(r.audit_id, { partners, inhoud: r.inhoud ?? uit.get(r.audit_id)?.inhoud ?? null });
  }
  return uit;
}

const dekt = (n: NietVrijgegevenPer, auditId: string, partner: string) => {
  const p = n.get(auditId)?.partners;
  return p === 'alles' || !!p?.has(partner);
};

/** Why these items of a partner's verstrekking are not among the record's disclosures (empty: all are). */
function nietGedekt(v: Verstrekking, partner: ServiceNaam, verantwoord: Verstrekt[]): string[] {
  const huishoudenVan = new Map(verantwoord.filter((e) => e.persoon).map((e) => [e.persoon!, e.huishouden]));
  return v.items.filter((item) => !verantwoord.some((e) => e.partner === partner && e.categorie === item.categorie && (item.soort === 'huishouden'
    ? e.huishouden === item.id
    : e.persoon === item.id || (e.persoon === null && e.huishouden === huishoudenVan.get(item.id)))))
    .map((item) => `${item.categorie} over ${item.soort} ${item.id} staat niet in het toegangslog-record`);
}

/**
 * Every verstrekking a partner recorded against netwerk's toegangslog: it needs a record with the same
 * audit id that lists that partner's category for that household or person (an `inzien` record), or a
 * record that says it was disclosed but not released (NIET_VRIJGEGEVEN). A verstrekking without items
 * (the partner was asked, disclosed nothing) needs nothing. A record whose content was removed after its
 * retention term accounts by audit id alone (`vervallen`).
 */
async function verstrekkingenNagaan(toegangslog: DataSource, partner: ServiceNaam, ds: DataSource, uit: Kruiscontrole): Promise<void> {
  for (let vanaf = 0; ; vanaf += PAGINA) {
    const pagina = await ds.getRepository(Verstrekking).find({ order: { tijdstip: 'ASC', grant: 'ASC' }, skip: vanaf, take: PAGINA });
    if (pagina.length === 0) return;
    uit.verstrekkingen += pagina.length;
    const auditIds = [...new Set(pagina.map((v) => v.auditId).filter((a): a is string => !!a))];
    const rijen = (await toegangslog.query('SELECT volgnummer, audit_id, actie, inhoud FROM toegangslog WHERE audit_id = ANY($1) AND actie = ANY($2)', [auditIds, ['inzien', NIET_VRIJGEGEVEN]])) as Logrij[];
    const inzien = new Map(rijen.filter((r) => r.actie === 'inzien').map((r) => [r.audit_id, r.inhoud && (r.inhoud.verstrekt ?? [])]));
    const niet = nietVrijgegevenPer(rijen);
    for (const v of pagina) {
      if (v.items.length === 0) continue;
      const fout = (reden: string) => uit.onverantwoord.push({ partner, grant: v.grant, auditId: v.auditId, reden });
      const record = v.auditId ? inzien.get(v.auditId) : undefined;
      if (record) {
        for (const reden of nietGedekt(v, partner, record)) fout(reden);
        continue;
      }
      const nietVrijgegeven = v.auditId && dekt(niet, v.auditId, partner) ? niet.get(v.auditId)!.inhoud : undefined;
      if (record === null || nietVrijgegeven === null) {
        uit.vervallen++;
        continue;
      }
      if (!nietVrijgegeven) {
        fout(GEEN_RECORD);
        continue;
      }
      uit.nietVrijgegeven++;
      // what the gateway would have disclosed, or the grants the record was written for
      if (nietVrijgegeven.verstrekt) for (const reden of nietGedekt(v, partner, nietVrijgegeven.verstrekt as Verstrekt[])) fout(reden);
      else if (!nietVrijgegeven.verstrekkingen?.some((n) => n.partner === partner && n.grant === v.grant)) fout('het record "niet vrijgegeven" met dit audit-id noemt deze verstrekking niet');
    }
  }
}

/**
 * Every disclosure the toegangslog assigns to a partner (an `inzien` record's `verstrekt` items) against
 * that partner's log: it must hold a verstrekking with the record's audit id, unless a NIET_VRIJGEGEVEN
 * record says that partner's part never came or was never released. Records older than the
 * verstrekkingenlogs' term are counted, not looked up (their partners removed theirs); so are records
 * whose own content has expired.
 */
async function raadplegingenNagaan(toegangslog: DataSource, partners: Partial<Record<ServiceNaam, DataSource>>, uit: Kruiscontrole, verstrekkingenlogMaanden: number | null): Promise<void> {
  const termijn = verstrekkingenlogMaanden === null ? 'false' : `tijdstip + make_interval(months => ${Math.trunc(verstrekkingenlogMaanden)}) <= clock_timestamp() + ${MARGE_BIJ_TERMIJN}`;
  for (let na = 0; ;) {
    const rijen = (await toegangslog.query(
      `SELECT volgnummer, audit_id, actie, jsonb_build_object('verstrekt', inhoud->'verstrekt') AS inhoud, ${termijn} AS verlopen FROM toegangslog
       WHERE actie = 'inzien' AND audit_id IS NOT NULL AND inhoud IS NOT NULL AND volgnummer > $1 ORDER BY volgnummer LIMIT ${PAGINA}`,
      [na],
    )) as Array<Logrij & { verlopen: boolean }>;
    if (rijen.length === 0) return;
    na = Number(rijen[rijen.length - 1].volgnummer);
    const nietRijen = (await toegangslog.query('SELECT volgnummer, audit_id, actie, inhoud FROM toegangslog WHERE audit_id = ANY($1) AND actie = $2', [rijen.map((r) => r.audit_id), NIET_VRIJGEGEVEN])) as Logrij[];
    const niet = nietVrijgegevenPer(nietRijen);
    const gezocht = new Map<ServiceNaam, Map<string, number>>();
    for (const r of rijen) {
      if (r.verlopen) {
        uit.raadplegingenVervallen++;
        continue;
      }
      uit.raadplegingen++;
      for (const partner of new Set((r.inhoud?.verstrekt ?? []).map((e) => e.partner as ServiceNaam))) {
        if (dekt(niet, r.audit_id, partner) || uit.onbereikbaar.includes(partner)) continue;
        if (!partners[partner]) {
          uit.onverantwoord.push({ partner, grant: null, auditId: r.audit_id, reden: `toegangslog-record ${r.volgnummer} noemt een verstrekking door ${partner}, een partner zonder verstrekkingenlog om na te gaan` });
          continue;
        }
        if (!gezocht.has(partner)) gezocht.set(partner, new Map());
        gezocht.get(partner)!.set(r.audit_id, Number(r.volgnummer));
      }
    }
    for (const [partner, perAudit] of gezocht) {
      const gevonden = (await partners[partner]!.query('SELECT DISTINCT audit_id FROM verstrekking WHERE audit_id = ANY($1)', [[...perAudit.keys()]])) as Array<{ audit_id: string }>;
      const wel = new Set(gevonden.map((g) => g.audit_id));
      for (const [auditId, volgnummer] of perAudit) {
        if (!wel.has(auditId)) uit.onverantwoord.push({ partner, grant: null, auditId, reden: `toegangslog-record ${volgnummer} noemt een verstrekking door ${partner}; ${partner} heeft geen verstrekking met dit audit-id` });
      }
    }
  }
}

/**
 * Reconciles the partners' verstrekkingenlogs and netwerk's toegangslog both ways: each verstrekking must
 * be accounted for in the toegangslog, and each disclosure the toegangslog assigns to a partner must be
 * in that partner's log. So a verstrekking deleted from a partner's database is seen from the toegangslog,
 * and a toegangslog record removed is seen from the partners'. `onbereikbaar` names the partners whose
 * log could not be opened: their part is not checked, and the result says so. `verstrekkingenlogMaanden`
 * is the partners' retention term (policy bewaartermijnen.verstrekkingenlog); without it every record is
 * looked up. Reads both logs in pages.
 */
export async function kruiscontrole(
  toegangslog: DataSource,
  partners: Partial<Record<ServiceNaam, DataSource>>,
  opties: { onbereikbaar?: ServiceNaam[]; verstrekkingenlogMaanden?: number } = {},
): Promise<Kruiscontrole> {
  const uit: Kruiscontrole = { verstrekkingen: 0, vervallen: 0, nietVrijgegeven: 0, raadplegingen: 0, raadplegingenVervallen: 0, onverantwoord: [], onbereikbaar: [...(opties.onbereikbaar ?? [])] };
  for (const [partner, ds] of Object.entries(partners) as Array<[ServiceNaam, DataSource]>) await verstrekkingenNagaan(toegangslog, partner, ds, uit);
  await raadplegingenNagaan(toegangslog, partners, uit, opties.verstrekkingenlogMaanden ?? null);
  return uit;
}

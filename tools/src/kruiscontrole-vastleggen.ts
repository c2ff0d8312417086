import { GEEN_RECORD, Onverantwoord } from '@netwerkdossier/gateway';
import { voegToe } from '@netwerkdossier/netwerk';
import { NIET_VRIJGEGEVEN, NietVrijgegeven, ServiceNaam, Verstrekking } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Why such verstrekkingen were not released: the record says it, so whoever reads the log can weigh it. */
const REDEN = 'geen record van deze raadpleging in het toegangslog: de gateway geeft niets vrij voordat dat record duurzaam is, '
  + 'dus wat de partners onder dit audit-id verstrekten is nooit vrijgegeven (vastgelegd met audit:kruiscontrole --vastleggen)';

/**
 * For each audit id under which partners recorded verstrekkingen and the toegangslog holds no record at
 * all, appends a NIET_VRIJGEGEVEN record to the chain naming those verstrekkingen (partner, grant, time):
 * the gateway wrote nothing and so released nothing (it answers only once the `inzien` record is
 * durable). That holds only of an intact chain: run `audit:verify` first, for a record cut off the end
 * would look the same. Verstrekkingen younger than `margeMinuten` are left: their request may be in flight.
 * Checked again under the chain's lock, so a record written meanwhile is not contradicted.
 */
export async function legNietVrijgegevenVast(netwerk: DataSource, bronnen: Partial<Record<ServiceNaam, DataSource>>, onverantwoord: Onverantwoord[], margeMinuten: number): Promise<Array<{ auditId: string; volgnummer: number; grants: Array<{ partner: string; grant: string }> }>> {
  const grens = Date.now() - margeMinuten * 60_000;
  const perAudit = new Map<string, Array<{ partner: ServiceNaam; v: Verstrekking }>>();
  for (const o of onverantwoord) {
    if (o.reden !== GEEN_RECORD || !o.grant || !o.auditId || perAudit.get(o.auditId)?.some((g) => g.v.grant === o.grant)) continue;
    const v = await bronnen[o.partner]?.getRepository(Verstrekking).findOneBy({ grant: o.grant });
    if (!v || v.tijdstip.getTime() > grens) continue;
    perAudit.set(o.auditId, [...(perAudit.get(o.auditId) ?? []), { partner: o.partner, v }]);
  }
  const uit: Array<{ auditId: string; volgnummer: number; grants: Array<{ partner: string; grant: string }> }> = [];
  for (const [auditId, gegeven] of perAudit) {
    const volgnummer = await netwerk.transaction(async (m) => {
      await m.query("SELECT pg_advisory_xact_lock(hashtext('toegangslog'))");
      const [{ er }] = (await m.query('SELECT EXISTS (SELECT 1 FROM toegangslog WHERE audit_id = $1) AS er', [auditId])) as Array<{ er: boolean }>;
      if (er) return null;
      const items = gegeven.flatMap(({ v }) => v.items);
      const inhoud: NietVrijgegeven = {
        reden: REDEN,
        partners: [...new Set(gegeven.map((g) => g.partner))].sort(),
        verstrekkingen: gegeven.map(({ partner, v }) => ({ partner, grant: v.grant, tijdstip: v.tijdstip.toISOString() })),
      };
      const [eerste] = gegeven.map((g) => g.v);
      const [vastgelegd] = await voegToe(m, [{
        actie: NIET_VRIJGEGEVEN, auditId, sub: eerste.sub, organisatie: eerste.organisatie, rol: 'onbekend', team: null, namens: null, doel: eerste.doel, beleidsversie: null,
        huishoudens: [...new Set(items.filter((i) => i.soort === 'huishouden' && UUID.test(i.id)).map((i) => i.id))],
        personen: [...new Set(items.filter((i) => i.soort === 'persoon' && UUID.test(i.id)).map((i) => i.id))],
        inhoud,
      }]);
      return vastgelegd.volgnummer;
    });
    if (volgnummer !== null) uit.push({ auditId, volgnummer, grants: gegeven.map(({ partner, v }) => ({ partner, grant: v.grant })) });
  }
  return uit;
}

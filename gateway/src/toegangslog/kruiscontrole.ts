import { ServiceNaam, Verstrekking } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import type { Verstrekt } from './regel';

/** A disclosure a partner recorded that the toegangslog does not account for. */
export interface Onverantwoord {
  partner: ServiceNaam;
  grant: string;
  auditId: string | null;
  reden: string;
}

interface Logrij {
  audit_id: string;
  /** Null once the record's retention term has passed: its audit id still accounts for the disclosure. */
  inhoud: { verstrekt?: Verstrekt[] } | null;
}

/**
 * Cross-checks each partner's verstrekkingenlog against netwerk's toegangslog: every disclosure needs a
 * toegangslog record with the same audit id that lists that partner's category for that household or
 * person. A record whose content was removed after its retention term accounts for its disclosures by
 * audit id alone (counted as `vervallen`). Reads the partners' logs in pages.
 */
export async function kruiscontrole(toegangslog: DataSource, partners: Partial<Record<ServiceNaam, DataSource>>): Promise<{ verstrekkingen: number; vervallen: number; onverantwoord: Onverantwoord[] }> {
  const onverantwoord: Onverantwoord[] = [];
  let verstrekkingen = 0;
  let vervallen = 0;
  for (const [partner, ds] of Object.entries(partners) as Array<[ServiceNaam, DataSource]>) {
    for (let vanaf = 0; ; vanaf += 1000) {
      const pagina = await ds.getRepository(Verstrekking).find({ order: { tijdstip: 'ASC', grant: 'ASC' }, skip: vanaf, take: 1000 });
      if (pagina.length === 0) break;
      verstrekkingen += pagina.length;
      const auditIds = [...new Set(pagina.map((v) => v.auditId).filter((a): a is string => !!a))];
      const rijen = (await toegangslog.query("SELECT audit_id, inhoud FROM toegangslog WHERE audit_id = ANY($1) AND actie = 'inzien'", [auditIds])) as Logrij[];
      const perAudit = new Map(rijen.map((r) => [r.audit_id, r.inhoud && (r.inhoud.verstrekt ?? [])]));
      for (const v of pagina) {
        const verantwoord = v.auditId ? perAudit.get(v.auditId) : undefined;
        if (verantwoord === null) {
          vervallen++;
          continue;
        }
        if (!verantwoord) {
          onverantwoord.push({ partner, grant: v.grant, auditId: v.auditId, reden: 'geen toegangslog-record met dit audit-id' });
          continue;
        }
        const huishoudenVan = new Map(verantwoord.filter((e) => e.persoon).map((e) => [e.persoon!, e.huishouden]));
        for (const item of v.items) {
          const gedekt = verantwoord.some((e) => e.partner === partner && e.categorie === item.categorie && (item.soort === 'huishouden'
            ? e.huishouden === item.id
            : e.persoon === item.id || (e.persoon === null && e.huishouden === huishoudenVan.get(item.id))));
          if (!gedekt) onverantwoord.push({ partner, grant: v.grant, auditId: v.auditId, reden: `${item.categorie} over ${item.soort} ${item.id} staat niet in het toegangslog-record` });
        }
      }
    }
  }
  return { verstrekkingen, vervallen, onverantwoord };
}

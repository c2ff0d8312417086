import { GRANT_ALGORITME } from '@netwerkdossier/shared';
import { importJWK, JWK, jwtVerify } from 'jose';
import { DataSource, MoreThan } from 'typeorm';

import { BEGIN_HASH, hashVan } from './keten';
import { Logcheckpoint, Logregel } from './logregel';

/** Something wrong in the log: the first bad record (or checkpoint), and what is wrong with it. */
export interface Bevinding {
  volgnummer: number | null;
  reden: string;
}

export interface Verificatie {
  records: number;
  checkpoints: number;
  /** The chain's head as verified. */
  laatste: number;
  /** Empty when the log is intact; otherwise the first bad record first. */
  bevindingen: Bevinding[];
}

const PAGINA = 5000;

/**
 * Verifies the toegangslog: gapless numbers from 1, each record's hash over its content and its
 * predecessor's hash (an edited or deleted record breaks the chain there), and every checkpoint: the
 * gateway's signature, and that the record it names still exists with that hash (cutting off the end,
 * or replacing the whole log, breaks a checkpoint). Reads in pages, so a long log fits in memory.
 * The data source needs the entities Logregel and Logcheckpoint (TOEGANGSLOG_ENTITIES).
 */
export async function verifieerToegangslog(dataSource: DataSource, gatewaySleutel: JWK): Promise<Verificatie> {
  const bevindingen: Bevinding[] = [];
  const checkpoints = await dataSource.getRepository(Logcheckpoint).find({ order: { volgnummer: 'ASC' } });
  const gezocht = new Map(checkpoints.map((c) => [c.volgnummer, c.hash]));
  const gevonden = new Map<number, string>();
  let vorige = { volgnummer: 0, hash: BEGIN_HASH };
  let records = 0;
  let ketenHeel = true;
  for (;;) {
    const rijen = await dataSource.getRepository(Logregel).find({ where: { volgnummer: MoreThan(vorige.volgnummer) }, order: { volgnummer: 'ASC' }, take: PAGINA });
    if (rijen.length === 0) break;
    for (const r of rijen) {
      const volgnummer = r.volgnummer;
      records++;
      if (gezocht.has(volgnummer)) gevonden.set(volgnummer, r.hash);
      if (ketenHeel) {
        const herberekend = hashVan(r);
        let reden: string | null = null;
        if (volgnummer !== vorige.volgnummer + 1) reden = `record ${vorige.volgnummer + 1}${volgnummer - 1 > vorige.volgnummer + 1 ? ` tot ${volgnummer - 1}` : ''} ontbreekt`;
        else if (r.vorigeHash !== vorige.hash) reden = 'verwijst niet naar de hash van zijn voorganger';
        else if (herberekend !== r.hash) reden = 'inhoud klopt niet met zijn hash (gewijzigd)';
        if (reden) {
          bevindingen.push({ volgnummer: volgnummer !== vorige.volgnummer + 1 ? vorige.volgnummer + 1 : volgnummer, reden });
          ketenHeel = false;
        }
      }
      vorige = { volgnummer, hash: r.hash };
    }
  }
  const sleutel = await importJWK(gatewaySleutel, GRANT_ALGORITME);
  for (const c of checkpoints) {
    const { volgnummer } = c;
    try {
      const { payload, protectedHeader } = await jwtVerify(c.handtekening, sleutel, { algorithms: [GRANT_ALGORITME] });
      if (protectedHeader.typ !== 'toegangslog-checkpoint' || payload.volgnummer !== volgnummer || payload.hash !== c.hash) throw new Error('inhoud');
    } catch {
      bevindingen.push({ volgnummer, reden: 'checkpoint is niet door de gateway ondertekend, of gewijzigd' });
      continue;
    }
    if (!gevonden.has(volgnummer)) bevindingen.push({ volgnummer, reden: 'het record van dit checkpoint ontbreekt: het log is ingekort' });
    else if (gevonden.get(volgnummer) !== c.hash) bevindingen.push({ volgnummer, reden: 'het record heeft een andere hash dan het checkpoint: het log is vervangen of gewijzigd' });
  }
  bevindingen.sort((a, b) => (a.volgnummer ?? 0) - (b.volgnummer ?? 0));
  return { records, checkpoints: checkpoints.length, laatste: vorige.volgnummer, bevindingen };
}

/** What a data source needs to verify the log (e.g. the audit:verify command's own connection). */
export const TOEGANGSLOG_ENTITIES = [Logregel, Logcheckpoint];

import { GRANT_ALGORITME, plusMaanden, Recordsoort } from '@netwerkdossier/shared';
import { importJWK, JWK, jwtVerify } from 'jose';
import { DataSource, MoreThan } from 'typeorm';

import { Bewaarrun, soortVanActie } from './bewaren';
import { BEGIN_HASH, hashVan, inhoudHashVan, Ketenvelden } from './keten';
import { Logcheckpoint, Logregel } from './logregel';

/** Something wrong in the log: the first bad record (or checkpoint), and what is wrong with it. */
export interface Bevinding {
  volgnummer: number | null;
  reden: string;
}

export interface Verificatie {
  records: number;
  /** Records whose content the retention job removed (their head and hashes still verify). */
  vervallen: number;
  checkpoints: number;
  /** The chain's head as verified. */
  laatste: number;
  /** Empty when the log is intact; otherwise the first bad record first. */
  bevindingen: Bevinding[];
}

const PAGINA = 5000;

/** A record whose content was removed: when it was written, and which kind it is (for its term). */
interface Stomp {
  volgnummer: number;
  tijdstip: Date;
  soort: string;
}

/** Why a record (content present) does not verify, or null. */
function fout(r: Logregel, vorige: { volgnummer: number; hash: string; tijdstip: Date | null }): string | null {
  if (r.volgnummer !== vorige.volgnummer + 1) return `record ${vorige.volgnummer + 1}${r.volgnummer - 1 > vorige.volgnummer + 1 ? ` tot ${r.volgnummer - 1}` : ''} ontbreekt`;
  if (r.vorigeHash !== vorige.hash) return 'verwijst niet naar de hash van zijn voorganger';
  if (r.vervallenOp === null && r.inhoudHash !== null && inhoudHashVan(r as Ketenvelden) !== r.inhoudHash) return 'inhoud klopt niet met zijn hash (gewijzigd)';
  if (hashVan(r as Ketenvelden) !== r.hash) return r.vervallenOp === null ? 'inhoud klopt niet met zijn hash (gewijzigd)' : 'kop van een vervallen record klopt niet met zijn hash (gewijzigd)';
  if (vorige.tijdstip && r.tijdstip < vorige.tijdstip) return 'tijdstip ligt vóór dat van zijn voorganger';
  return null;
}

/**
 * Verifies the toegangslog: gapless numbers from 1, each record's hash over its head and content and
 * its predecessor's hash (an edited or deleted record breaks the chain there), times that never run
 * backwards, and every checkpoint: the gateway's signature, and that the record it names still exists
 * with that hash (cutting off the end, or replacing the whole log, breaks a checkpoint).
 * A record whose content was removed must be named by a later run of the retention job, made when its
 * term had passed — by `termijnen` (the policy now) if given, else by the terms the run recorded.
 * Reads in pages, so a long log fits in memory.
 * The data source needs the entities Logregel and Logcheckpoint (TOEGANGSLOG_ENTITIES).
 */
export async function verifieerToegangslog(dataSource: DataSource, gatewaySleutel: JWK, termijnen?: Record<Recordsoort, number>): Promise<Verificatie> {
  const bevindingen: Bevinding[] = [];
  const checkpoints = await dataSource.getRepository(Logcheckpoint).find({ order: { volgnummer: 'ASC' } });
  const gezocht = new Map(checkpoints.map((c) => [c.volgnummer, c.hash]));
  const gevonden = new Map<number, string>();
  const stompen: Stomp[] = [];
  const runs: Array<{ volgnummer: number; tijdstip: Date; run: Bewaarrun }> = [];
  let vorige: { volgnummer: number; hash: string; tijdstip: Date | null } = { volgnummer: 0, hash: BEGIN_HASH, tijdstip: null };
  let records = 0;
  let ketenHeel = true;
  for (;;) {
    const rijen = await dataSource.getRepository(Logregel).find({ where: { volgnummer: MoreThan(vorige.volgnummer) }, order: { volgnummer: 'ASC' }, take: PAGINA });
    if (rijen.length === 0) break;
    for (const r of rijen) {
      records++;
      if (gezocht.has(r.volgnummer)) gevonden.set(r.volgnummer, r.hash);
      if (ketenHeel) {
        const reden = fout(r, vorige);
        if (reden) {
          bevindingen.push({ volgnummer: r.volgnummer !== vorige.volgnummer + 1 ? vorige.volgnummer + 1 : r.volgnummer, reden });
          ketenHeel = false;
        }
      }
      if (r.vervallenOp !== null) stompen.push({ volgnummer: r.volgnummer, tijdstip: r.tijdstip, soort: soortVanActie(r.actie) });
      else if (r.actie === 'bewaartermijn') runs.push({ volgnummer: r.volgnummer, tijdstip: r.tijdstip, run: r.inhoud as Bewaarrun });
      vorige = { volgnummer: r.volgnummer, hash: r.hash, tijdstip: r.tijdstip };
    }
  }
  for (const s of stompen) {
    const door = runs.find((d) => d.volgnummer > s.volgnummer && d.run.vervallen.some(([van, tot]) => s.volgnummer >= van && s.volgnummer <= tot));
    const maanden = (termijnen ?? door?.run.termijnen)?.[s.soort as Recordsoort];
    if (!door) bevindingen.push({ volgnummer: s.volgnummer, reden: 'inhoud verwijderd zonder vastgelegde run van de bewaartaak' });
    else if (maanden === undefined || plusMaanden(s.tijdstip, maanden) > door.tijdstip) {
      const volgensRun = door.run.termijnen[s.soort as Recordsoort];
      bevindingen.push({ volgnummer: s.volgnummer, reden: `inhoud verwijderd vóór het einde van de bewaartermijn (${maanden ?? '?'} maanden voor ${s.soort}; de bewaartaak in record ${door.volgnummer} rekende met ${volgensRun ?? '?'} maanden)` });
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
  return { records, vervallen: stompen.length, checkpoints: checkpoints.length, laatste: vorige.volgnummer, bevindingen };
}

/** What a data source needs to verify the log (e.g. the audit:verify command's own connection). */
export const TOEGANGSLOG_ENTITIES = [Logregel, Logcheckpoint];

import { GRANT_ALGORITME, plusMaanden, Recordsoort } from '@netwerkdossier/shared';
import { importJWK, JWK, jwtVerify } from 'jose';
import { DataSource, MoreThan } from 'typeorm';

import { Bewaarrun, soortVanActie } from './bewaren';
import { BEGIN_HASH, hashVan, INHOUDVELDEN, inhoudHashVan, Ketenvelden } from './keten';
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

/** A record whose content was removed: when it was written and emptied, and which kind it is (for its term). */
interface Stomp {
  volgnummer: number;
  tijdstip: Date;
  vervallenOp: Date;
  soort: string;
}

/** A run of the retention job as recorded: when, with which terms, which records; and when the next record came. */
interface Run {
  volgnummer: number;
  tijdstip: Date;
  run: Bewaarrun;
  volgende: Date | null;
}

/** Why a record does not fit the chain, or null. */
function fout(r: Logregel, vorige: { volgnummer: number; hash: string }): string | null {
  if (r.volgnummer !== vorige.volgnummer + 1) return `record ${vorige.volgnummer + 1}${r.volgnummer - 1 > vorige.volgnummer + 1 ? ` tot ${r.volgnummer - 1}` : ''} ontbreekt`;
  if (r.vorigeHash !== vorige.hash) return 'verwijst niet naar de hash van zijn voorganger';
  if (r.vervallenOp === null && r.inhoudHash !== null && inhoudHashVan(r as Ketenvelden) !== r.inhoudHash) return 'inhoud klopt niet met zijn hash (gewijzigd)';
  if (hashVan(r as Ketenvelden) !== r.hash) return r.vervallenOp === null ? 'inhoud klopt niet met zijn hash (gewijzigd)' : 'kop van een vervallen record klopt niet met zijn hash (gewijzigd)';
  if (r.vervallenOp !== null && INHOUDVELDEN.some((k) => r[k] !== null)) return 'vervallen record heeft weer inhoud';
  return null;
}

/** A run record as the retention job writes it, or null when it is not one. */
function alsRun(inhoud: unknown): Bewaarrun | null {
  const run = inhoud as Partial<Bewaarrun> | null;
  const bereik = (b: unknown) => Array.isArray(b) && b.length === 2 && b.every((n) => Number.isInteger(n)) && b[0] <= b[1];
  if (!run || typeof run.termijnen !== 'object' || run.termijnen === null || !Array.isArray(run.vervallen) || !run.vervallen.every(bereik)) return null;
  return run as Bewaarrun;
}

/**
 * Verifies the toegangslog: gapless numbers from 1, each record's hash over its head and content and
 * its predecessor's hash (an edited or deleted record breaks the chain there), and every checkpoint:
 * the gateway's signature, and that the record it names still exists with that hash (cutting off the
 * end, or replacing the whole log, breaks a checkpoint). Separately, times that run backwards between
 * records written since retention exists (older records took the time of the writing process).
 * A record whose content was removed must be named by a run of the retention job recorded just
 * before it was emptied (the run's time ≤ the emptying's, which is before the next record), and the
 * record's term by `termijnen` (the policy now) must have passed at the run.
 * Reads in pages, so a long log fits in memory.
 * The data source needs the entities Logregel and Logcheckpoint (TOEGANGSLOG_ENTITIES).
 */
export async function verifieerToegangslog(dataSource: DataSource, gatewaySleutel: JWK, termijnen: Record<Recordsoort, number>): Promise<Verificatie> {
  const bevindingen: Bevinding[] = [];
  const checkpoints = await dataSource.getRepository(Logcheckpoint).find({ order: { volgnummer: 'ASC' } });
  const gezocht = new Map(checkpoints.map((c) => [c.volgnummer, c.hash]));
  const gevonden = new Map<number, string>();
  const stompen: Stomp[] = [];
  const runs: Run[] = [];
  let vorige: { volgnummer: number; hash: string; tijdstip: Date | null; nieuw: boolean } = { volgnummer: 0, hash: BEGIN_HASH, tijdstip: null, nieuw: false };
  let records = 0;
  let ketenHeel = true;
  let tijdHeel = true;
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
      const nieuw = r.inhoudHash !== null;
      if (tijdHeel && nieuw && vorige.nieuw && vorige.tijdstip && r.tijdstip < vorige.tijdstip) {
        bevindingen.push({ volgnummer: r.volgnummer, reden: 'tijdstip ligt vóór dat van zijn voorganger' });
        tijdHeel = false;
      }
      const laatsteRun = runs[runs.length - 1];
      if (laatsteRun?.volgnummer === vorige.volgnummer) laatsteRun.volgende = r.tijdstip;
      if (r.vervallenOp !== null) stompen.push({ volgnummer: r.volgnummer, tijdstip: r.tijdstip, vervallenOp: r.vervallenOp, soort: soortVanActie(r.actie) });
      else if (r.actie === 'bewaartermijn') {
        const run = alsRun(r.inhoud);
        if (run) runs.push({ volgnummer: r.volgnummer, tijdstip: r.tijdstip, run, volgende: null });
        else bevindingen.push({ volgnummer: r.volgnummer, reden: 'run van de bewaartaak is onleesbaar' });
      }
      vorige = { volgnummer: r.volgnummer, hash: r.hash, tijdstip: r.tijdstip, nieuw };
    }
  }
  for (const s of stompen) {
    const door = runs.find((d) => d.volgnummer > s.volgnummer && d.run.vervallen.some(([van, tot]) => s.volgnummer >= van && s.volgnummer <= tot));
    const maanden = termijnen[s.soort as Recordsoort];
    if (!door) bevindingen.push({ volgnummer: s.volgnummer, reden: 'inhoud verwijderd zonder vastgelegde run van de bewaartaak' });
    else if (s.vervallenOp < door.tijdstip || (door.volgende && s.vervallenOp > door.volgende)) {
      bevindingen.push({ volgnummer: s.volgnummer, reden: `inhoud verwijderd buiten de run van de bewaartaak in record ${door.volgnummer} om` });
    } else if (maanden === undefined || plusMaanden(s.tijdstip, maanden) > door.tijdstip) {
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

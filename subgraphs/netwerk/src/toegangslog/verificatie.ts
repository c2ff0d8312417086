import { Checkpoint, checkpointKlopt, plusMaanden, Recordsoort } from '@netwerkdossier/shared';
import { JWK } from 'jose';
import { DataSource, MoreThan } from 'typeorm';

import { Bewaarrun, soortVanActie } from './bewaren';
import { BEGIN_HASH, hashVan, INHOUDVELDEN, inhoudHashVan, Ketenvelden } from './keten';
import { Logcheckpoint, Logregel } from './logregel';

/** Something wrong in the log: the first bad record (or checkpoint), and what is wrong with it. */
export interface Bevinding {
  volgnummer: number | null;
  reden: string;
}

/** What one witness (a partner's database, the write-once file) holds of the log's signed checkpoints. */
export interface Getuigenis {
  getuige: string;
  checkpoints: Checkpoint[];
}

/** Per witness: how many checkpoints it holds, and the highest record one of them names. */
export interface Getuigeverslag {
  getuige: string;
  checkpoints: number;
  hoogste: number | null;
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
  getuigen: Getuigeverslag[];
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
 * before it was emptied (the run's time ≤ the emptying's ≤ the next record's: the database stamps the
 * emptying in microseconds, the chain keeps milliseconds, so the next record may share its millisecond),
 * and the record's term by `termijnen` (the policy now) must have passed at the run.
 * Only the first break of the chain is named: what follows it hangs on a chain that no longer holds
 * there. Likewise only the first time that runs backwards.
 * Checkpoints are checked with the checkpoint public keys, each by its kid. Then every witness's
 * checkpoints (each partner's copy, the write-once file; see vergelijkMetGetuigen): a cut of the tail
 * together with netwerk's own checkpoints still leaves them behind.
 * Reads in pages, so a long log fits in memory.
 * The data source needs the entities Logregel and Logcheckpoint (TOEGANGSLOG_ENTITIES).
 */
export async function verifieerToegangslog(dataSource: DataSource, checkpointSleutels: JWK[], termijnen: Record<Recordsoort, number>, getuigen: Getuigenis[] = []): Promise<Verificatie> {
  const bevindingen: Bevinding[] = [];
  const checkpoints = await dataSource.getRepository(Logcheckpoint).find({ order: { volgnummer: 'ASC' } });
  const gezocht = new Set([...checkpoints, ...getuigen.flatMap((g) => g.checkpoints)].map((c) => c.volgnummer));
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
  for (const c of checkpoints) {
    const { volgnummer } = c;
    if (!(await checkpointKlopt(c, checkpointSleutels))) {
      bevindingen.push({ volgnummer, reden: 'checkpoint is niet met een checkpoint-sleutel van de gateway ondertekend, of gewijzigd' });
      continue;
    }
    if (!gevonden.has(volgnummer)) bevindingen.push({ volgnummer, reden: 'het record van dit checkpoint ontbreekt: het log is ingekort' });
    else if (gevonden.get(volgnummer) !== c.hash) bevindingen.push({ volgnummer, reden: 'het record heeft een andere hash dan het checkpoint: het log is vervangen of gewijzigd' });
  }
  bevindingen.push(...(await vergelijkMetGetuigen(gevonden, vorige.volgnummer, checkpointSleutels, getuigen)));
  bevindingen.sort((a, b) => (a.volgnummer ?? 0) - (b.volgnummer ?? 0));
  const verslagen = getuigen.map((g) => ({ getuige: g.getuige, checkpoints: g.checkpoints.length, hoogste: g.checkpoints.length ? Math.max(...g.checkpoints.map((c) => c.volgnummer)) : null }));
  return { records, vervallen: stompen.length, checkpoints: checkpoints.length, laatste: vorige.volgnummer, bevindingen, getuigen: verslagen };
}

const tijd = (t: Date) => t.toISOString().replace('T', ' ').slice(0, 19);

/**
 * Per witness, at most one finding each of: a signed checkpoint beyond the chain's head (the tail was cut:
 * from which record on, and what the witness saw), one whose record has another hash (the log was
 * replaced), and one not signed by a checkpoint key (forged, or a key not configured).
 */
async function vergelijkMetGetuigen(gevonden: Map<number, string>, kop: number, sleutels: JWK[], getuigen: Getuigenis[]): Promise<Bevinding[]> {
  const bevindingen: Bevinding[] = [];
  for (const { getuige, checkpoints } of getuigen) {
    const echt: Checkpoint[] = [];
    let vals: Checkpoint | undefined;
    for (const c of checkpoints) (await checkpointKlopt(c, sleutels)) ? echt.push(c) : (vals ??= c);
    if (vals) bevindingen.push({ volgnummer: vals.volgnummer, reden: `getuige ${getuige} heeft een checkpoint dat niet met een checkpoint-sleutel van de gateway is ondertekend (kid ${vals.kid})` });
    const voorbij = echt.filter((c) => c.volgnummer > kop).sort((a, b) => b.volgnummer - a.volgnummer)[0];
    if (voorbij) {
      bevindingen.push({ volgnummer: kop + 1, reden: `het log is ingekort: records ${kop + 1} tot en met ${voorbij.volgnummer} ontbreken; getuige ${getuige} zag een ondertekend checkpoint van record ${voorbij.volgnummer} (${tijd(voorbij.tijdstip)} UTC)` });
    }
    const anders = echt.find((c) => c.volgnummer <= kop && gevonden.has(c.volgnummer) && gevonden.get(c.volgnummer) !== c.hash);
    if (anders) bevindingen.push({ volgnummer: anders.volgnummer, reden: `record ${anders.volgnummer} heeft een andere hash dan getuige ${getuige} zag: het log is vervangen of gewijzigd` });
  }
  return bevindingen;
}

/** What a data source needs to verify the log (e.g. the audit:verify command's own connection). */
export const TOEGANGSLOG_ENTITIES = [Logregel, Logcheckpoint];

import { rooster, versies, Versie } from '@netwerkdossier/netwerk';
import { controleerKeten, Ketencontrole } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

/** One approved version of netwerk's schedule as the audit found it: 'bewezen', or why not. */
export interface GecontroleerdeVersie {
  volgnummer: number;
  versie: string;
  vanaf: string;
  bewijs: string;
}

/** What `npm run audit:beleid` found. */
export interface Beleidsaudit {
  versies: GecontroleerdeVersie[];
  /** The 'beleid/in-werking' records of the toegangslog, with and without their content (past the retention term). */
  records: { leesbaar: number; zonderInhoud: number };
  /** What does not hold; any one fails the audit. */
  bevindingen: string[];
  /** What an auditor should know and is no fault: proposals outside the schedule, records past their retention term. */
  informatie: string[];
}

/** A 'beleid/in-werking' record: which version came in force, under what name, from when (null: content removed). */
interface InWerkingRecord {
  record: number;
  beleidsversie: string | null;
  inhoud: { volgnummer: number; vanaf?: string } | null;
}

async function inWerkingRecords(q: DataSource): Promise<InWerkingRecord[]> {
  const rijen = (await q.query("SELECT volgnummer, beleidsversie, inhoud FROM toegangslog WHERE actie = 'beleid/in-werking' ORDER BY volgnummer")) as Array<{ volgnummer: string; beleidsversie: string | null; inhoud: InWerkingRecord['inhoud'] }>;
  return rijen.map((r) => ({ record: Number(r.volgnummer), beleidsversie: r.beleidsversie, inhoud: r.inhoud }));
}

const besluitInWoorden = (b: Versie['besluiten'][number]) => `${b.oordeel} door ${b.door}${b.organisatie ? ` (${b.organisatie})` : ''}`;

/**
 * Checks netwerk's schedule as a gateway does (controleerKeten, with `controle`), and against the toegangslog: every
 * version recorded as put in force ('beleid/in-werking', written in the same transaction) must still be in the
 * schedule under the same name and moment, and every version in the schedule must have such a record. So a version
 * netwerk's database administrator deleted from beleid_in_werking while every gateway restarted (a gateway remembers
 * only while it runs) is found, and so is one written past the gateways. Whether the toegangslog itself is whole is
 * `audit:verify`'s check.
 */
export async function controleerBeleid(q: DataSource, controle: Ketencontrole): Promise<Beleidsaudit> {
  const regels = [...(await rooster(q))].sort((a, b) => a.volgorde - b.volgorde);
  const bewezen = await controleerKeten(regels, controle);
  const uit: Beleidsaudit = { versies: [], records: { leesbaar: 0, zonderInhoud: 0 }, bevindingen: [], informatie: [] };
  for (const r of regels) {
    const waarom = bewezen.get(r.volgnummer);
    uit.versies.push({ volgnummer: r.volgnummer, versie: r.versie, vanaf: r.vanaf, bewijs: waarom ?? 'bewezen' });
    if (waarom) uit.bevindingen.push(`versie ${r.volgnummer} is niet bewezen goedgekeurd: ${waarom}`);
  }

  const inRooster = new Map(regels.map((r) => [r.volgnummer, r]));
  const vastgelegd = new Set<number>();
  const records = await inWerkingRecords(q);
  for (const { record, beleidsversie, inhoud } of records) {
    if (!inhoud) continue;
    const nr = inhoud.volgnummer;
    vastgelegd.add(nr);
    const regel = inRooster.get(nr);
    if (!regel) uit.bevindingen.push(`versie ${nr} kwam in werking (toegangslog record ${record}) maar staat niet meer in het rooster`);
    else if (beleidsversie !== regel.versie) uit.bevindingen.push(`versie ${nr} heette bij het in werking treden ${beleidsversie} (toegangslog record ${record}), in het rooster ${regel.versie}`);
    else if (inhoud.vanaf !== undefined && inhoud.vanaf !== regel.vanaf) uit.bevindingen.push(`versie ${nr} kwam in werking vanaf ${inhoud.vanaf} (toegangslog record ${record}), volgens het rooster vanaf ${regel.vanaf}`);
  }
  const zonderInhoud = records.filter((r) => !r.inhoud);
  uit.records = { leesbaar: records.length - zonderInhoud.length, zonderInhoud: zonderInhoud.length };
  const zonderRecord = regels.filter((r) => !vastgelegd.has(r.volgnummer));
  // a record past its retention term keeps no volgnummer: as many versions without one as there are such records may be theirs
  if (zonderRecord.length > zonderInhoud.length) {
    for (const r of zonderRecord) uit.bevindingen.push(`versie ${r.volgnummer} staat in het rooster maar het toegangslog heeft geen record dat zij in werking kwam`);
  } else {
    for (const r of zonderRecord) uit.informatie.push(`versie ${r.volgnummer} heeft geen leesbaar record 'beleid/in-werking'; een van de ${zonderInhoud.length} records na hun bewaartermijn zonder inhoud kan het zijn`);
  }

  for (const v of (await versies(q)).filter((v) => !inRooster.has(v.volgnummer)).reverse()) {
    const besluiten = v.besluiten.length ? v.besluiten.map(besluitInWoorden).join(', ') : 'nog geen besluit';
    uit.informatie.push(`voorstel ${v.volgnummer} (${v.versie}) van ${v.voorgesteldDoor}, ${v.voorgesteldOp}: niet in het rooster, ${v.status}; ${besluiten}`);
  }
  return uit;
}

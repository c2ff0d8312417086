import { randomUUID } from 'node:crypto';

import { VERSTREKKINGENLOG } from '@netwerkdossier/shared';

import { beoordeel, nietGetoetst, Uitslag } from './eisen';
import { uitkomstIn } from './model';
import { Ronde } from './rondes';
import { beschrijf, logVerzoek, Partnerverbinding } from './verbinding';
import { verstrektIn } from './verstrekt';

/** A record as `GET /verstrekkingenlog/:grant` gives it (shared/src/verstrekkingenlog.ts). */
interface Logrecord {
  grant?: unknown;
  auditId?: unknown;
  sub?: unknown;
  organisatie?: unknown;
  doel?: unknown;
  items?: Array<{ soort?: unknown; id?: unknown; categorie?: unknown; uitkomst?: unknown }>;
}

/** What of a record differs from the grant it was made for. */
function kopVerschillen(record: Logrecord, ronde: Ronde): string[] {
  const { jti, audit, sub, organisatie, doel } = ronde.grant.inhoud;
  const verwacht: Array<[string, unknown, unknown]> = [['grant', record.grant, jti], ['auditId', record.auditId, audit], ['sub', record.sub, sub], ['organisatie', record.organisatie, organisatie], ['doel', record.doel, doel]];
  return verwacht.filter(([, gezien, v]) => gezien !== v).map(([veld, gezien, v]) => `${ronde.naam}: ${veld} is ${JSON.stringify(gezien)}, verwacht ${JSON.stringify(v)}`);
}

/**
 * What the answer disclosed that the record leaves out, or records as less than the grant allowed to show
 * (anonymised where it was visible, or anything but zichtbaar or geanonimiseerd).
 */
function itemVerschillen(record: Logrecord, ronde: Ronde): string[] {
  const items = Array.isArray(record.items) ? record.items : [];
  const uit: string[] = [];
  const verstrekt = verstrektIn(ronde);
  for (const v of verstrekt) {
    const item = items.find((i) => i.soort === v.soort && i.id === v.id && i.categorie === v.categorie);
    const besluit = uitkomstIn(ronde.grant.inhoud.besluiten, v, v.categorie);
    if (!item) uit.push(`${ronde.naam}: ${v.soort} ${v.id}, ${v.categorie} is verstrekt maar niet vastgelegd`);
    // recording more than was shown (zichtbaar) overstates a disclosure, never hides one
    else if (!(item.uitkomst === 'zichtbaar' || (item.uitkomst === 'geanonimiseerd' && besluit !== 'zichtbaar'))) uit.push(`${ronde.naam}: ${v.soort} ${v.id}, ${v.categorie} vastgelegd als ${JSON.stringify(item.uitkomst)}, de grant zei ${besluit}`);
  }
  return uit;
}

/**
 * Requirement group 3: every disclosure is in the partner's verstrekkingenlog as soon as the answer is
 * (asked at once over `GET /verstrekkingenlog/:grant`), under the grant's jti, with per subject and
 * category what was disclosed; and that log is the gateway's alone to read.
 */
export async function toetsVerstrekkingenlog(verbinding: Partnerverbinding, rondes: Ronde[]): Promise<Uitslag[]> {
  const vastgelegd: string[] = [];
  const inhoud: string[] = [];
  let getoetst = 0;
  for (const ronde of rondes) {
    const verstrekt = verstrektIn(ronde);
    if (ronde.log.status !== 200 || !ronde.log.body) {
      if (verstrekt.length) vastgelegd.push(`${ronde.naam}: ${verstrekt.length} verstrekkingen, maar direct na het antwoord geen record voor grant ${ronde.grant.inhoud.jti} (${beschrijf(ronde.log)})`);
      continue;
    }
    getoetst++;
    vastgelegd.push(...kopVerschillen(ronde.log.body as Logrecord, ronde));
    inhoud.push(...itemVerschillen(ronde.log.body as Logrecord, ronde));
  }
  const uitslagen = [beoordeel('3.1', vastgelegd), getoetst ? beoordeel('3.2', inhoud) : nietGetoetst('3.2', 'er is geen record om te toetsen (3.1)')];

  const metRecord = rondes.find((r) => r.log.status === 200);
  if (!metRecord) return [...uitslagen, nietGetoetst('3.3', 'er is geen record om naar te vragen (3.1)'), nietGetoetst('3.4', 'er is geen record om naar te vragen (3.1)')];
  // a fetch that disclosed nothing is recorded too: audit:kruiscontrole then tells "had nothing" from "removed"
  const zonderVerstrekking = rondes.filter((r) => r.antwoord.status === 200 && r.antwoord.body?.data && verstrektIn(r).length === 0);
  const nietVastgelegd = zonderVerstrekking.filter((r) => r.log.status !== 200).map((r) => `${r.naam}: niets verstrekt, en geen record voor grant ${r.grant.inhoud.jti} (${beschrijf(r.log)})`);
  const leegVastgelegd = zonderVerstrekking.length ? beoordeel('3.4', nietVastgelegd) : nietGetoetst('3.4', 'geen ronde waarin niets verstrekt werd');
  const jti = metRecord.grant.inhoud.jti;
  const gelekt: string[] = [];
  const pogingen: Array<[string, string]> = [
    ...(await verbinding.nietVanDeGateway(VERSTREKKINGENLOG, logVerzoek(jti))),
    ['met de grant van de gateway voor het record van een andere grant', (await verbinding.grant(logVerzoek(randomUUID()), { intern: VERSTREKKINGENLOG })).token],
  ];
  for (const [naam, grant] of pogingen) {
    const a = await verbinding.log(jti, grant);
    if (a.status < 400 || a.tekst.includes(jti)) gelekt.push(`${naam}: ${beschrijf(a)}`);
  }
  return [...uitslagen, beoordeel('3.3', gelekt), leegVastgelegd];
}

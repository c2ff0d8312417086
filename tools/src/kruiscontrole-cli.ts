import { Kruiscontrole, kruiscontrole } from '@netwerkdossier/gateway';
import { TOEGANGSLOG_ENTITIES } from '@netwerkdossier/netwerk';
import { ServiceNaam, SUBGRAPHS, Verstrekking } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { beleidInRegister } from './beleid-in-register';
import { legNietVrijgegevenVast } from './kruiscontrole-vastleggen';
import { databaseUrlVan } from './omgeving';

const GEBRUIK = 'npm run audit:kruiscontrole [-- --vastleggen [--marge <minuten>]]';

function opties(args: string[]): { vastleggen: boolean; margeMinuten: number } {
  const vastleggen = args.includes('--vastleggen');
  const i = args.indexOf('--marge');
  const margeMinuten = i >= 0 ? Number(args[i + 1]) : 15;
  const bekend = new Set(['--vastleggen', '--marge', ...(i >= 0 ? [args[i + 1]] : [])]);
  if (args.some((a) => !bekend.has(a)) || !Number.isFinite(margeMinuten) || margeMinuten < 0) throw new Error(`Gebruik: ${GEBRUIK}`);
  return { vastleggen, margeMinuten };
}

function toon(u: Kruiscontrole): void {
  console.log(`verstrekkingenlogs: ${u.verstrekkingen} verstrekkingen bij ${SUBGRAPHS.length - u.onbereikbaar.length} van ${SUBGRAPHS.length} diensten${u.vervallen ? ` (${u.vervallen} verantwoord door een record waarvan de bewaartermijn voorbij is)` : ''}${u.nietVrijgegeven ? `; ${u.nietVrijgegeven} verstrekt maar niet vrijgegeven (vastgelegd)` : ''}`);
  console.log(`toegangslog: ${u.raadplegingen} raadplegingen bij hun partners nagegaan${u.raadplegingenVervallen ? ` (${u.raadplegingenVervallen} ouder dan de bewaartermijn van de verstrekkingenlogs, niet meer na te gaan)` : ''}`);
  for (const p of u.onbereikbaar) console.log(`NIET NAGEGAAN: ${p} niet bereikbaar; zijn verstrekkingenlog is niet gecontroleerd`);
  if (u.onverantwoord.length === 0 && u.onbereikbaar.length === 0) console.log('alles verantwoord: elke verstrekking staat in het toegangslog, en elke verstrekking in het toegangslog bij haar partner');
  if (u.onverantwoord.length) console.log(`NIET VERANTWOORD: ${u.onverantwoord.length}`);
  for (const o of u.onverantwoord) console.log(`  ${o.partner} grant ${o.grant ?? '—'} (audit ${o.auditId ?? '—'}): ${o.reden}`);
}

/**
 * `npm run audit:kruiscontrole`: reconciles the partners' verstrekkingenlogs and the toegangslog both ways
 * (gateway/src/toegangslog/kruiscontrole.ts). With `--vastleggen` it first records, for each audit id of
 * which partners hold verstrekkingen but the toegangslog holds no record at all, that they were disclosed
 * and not released (see kruiscontrole-vastleggen.ts); only verstrekkingen older than `--marge` minutes
 * (default 15), so a request still in flight is never taken for one that failed.
 * Databases: <SERVICE>_DATABASE_URL each, else those of `npm start` (embedded); the retention term of the
 * verstrekkingenlogs from the policy in force (netwerk's registry).
 * Exit 0 when everything is accounted for, 1 when not, 2 when a log could not be read (named).
 */
async function main(): Promise<void> {
  let gevraagd: ReturnType<typeof opties>;
  try {
    gevraagd = opties(process.argv.slice(2));
  } catch (fout) {
    console.error((fout as Error).message);
    process.exitCode = 2;
    return;
  }
  const { vastleggen, margeMinuten } = gevraagd;
  const netwerk = new DataSource({ type: 'postgres', url: databaseUrlVan('netwerk'), entities: TOEGANGSLOG_ENTITIES });
  const bronnen: Partial<Record<ServiceNaam, DataSource>> = {};
  const onbereikbaar: ServiceNaam[] = [];
  try {
    const beleid = await beleidInRegister();
    await netwerk.initialize();
    for (const naam of SUBGRAPHS) {
      const ds = new DataSource({ type: 'postgres', url: databaseUrlVan(naam), entities: [Verstrekking] });
      try {
        bronnen[naam] = await ds.initialize();
      } catch (fout) {
        console.error(`${naam}: verstrekkingenlog niet te lezen (${(fout as Error).message})`);
        onbereikbaar.push(naam);
      }
    }
    const controleer = () => kruiscontrole(netwerk, bronnen, { onbereikbaar, verstrekkingenlogMaanden: beleid.bewaartermijnen.verstrekkingenlog });
    let uitslag = await controleer();
    if (vastleggen) {
      const vastgelegd = await legNietVrijgegevenVast(netwerk, bronnen, uitslag.onverantwoord, margeMinuten);
      for (const v of vastgelegd) console.log(`vastgelegd: audit ${v.auditId} verstrekt maar niet vrijgegeven (toegangslog-record ${v.volgnummer}: ${v.grants.map((g) => `${g.partner} grant ${g.grant}`).join(', ')})`);
      if (vastgelegd.length === 0) console.log('vastleggen: niets vast te leggen');
      if (vastgelegd.length) uitslag = await controleer();
    }
    toon(uitslag);
    process.exitCode = uitslag.onverantwoord.length ? 1 : uitslag.onbereikbaar.length ? 2 : 0;
  } catch (fout) {
    console.error(`Kruiscontrole niet uitgevoerd: ${(fout as Error).message}. Draait \`npm start\`, of zet de <SERVICE>_DATABASE_URL's.`);
    process.exitCode = 2;
  } finally {
    for (const ds of [netwerk, ...Object.values(bronnen)]) if (ds?.isInitialized) await ds.destroy();
  }
}

void main();

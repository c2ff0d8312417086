import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { leesOudeGrantSleutels } from '@netwerkdossier/gateway';
import { installatieAnker, Ketencontrole } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { Beleidsaudit, controleerBeleid } from './beleidsaudit';
import { DATA_MAP, verbindMetNetwerk } from './omgeving';

/** The gateway's public grant key: GATEWAY_GRANT_PUBLIEKE_SLEUTEL, else the development key in the data folder. */
async function grantSleutel(): Promise<JWK | undefined> {
  const json = process.env.GATEWAY_GRANT_PUBLIEKE_SLEUTEL;
  if (json === undefined) {
    const bestand = path.join(DATA_MAP, 'grant-sleutel.json');
    return existsSync(bestand) ? (JSON.parse(await readFile(bestand, 'utf8')) as { publiek: JWK }).publiek : undefined;
  }
  let jwk: JWK | undefined;
  try {
    jwk = JSON.parse(json) as JWK;
  } catch {
    // falls through to the error below
  }
  // the auditor needs the public half only, and should not hold the private one
  if (jwk?.kty !== 'EC' || 'd' in jwk) throw new Error('GATEWAY_GRANT_PUBLIEKE_SLEUTEL moet de publieke EC-sleutel (P-256) van de gateway als JWK zijn');
  return jwk;
}

/** What a gateway checks the chain with: its public grant keys (now and before) and the installation's policy. */
async function ketencontrole(): Promise<Ketencontrole> {
  const sleutel = await grantSleutel();
  if (!sleutel) throw new Error('Geen publieke grant-sleutel: zet GATEWAY_GRANT_PUBLIEKE_SLEUTEL of start eerst `npm start`.');
  return { publiek: [sleutel, ...leesOudeGrantSleutels(process.env.GATEWAY_OUDE_GRANT_SLEUTELS)], anker: await installatieAnker() };
}

function toon(audit: Beleidsaudit): void {
  console.log(`rooster van netwerk: ${audit.versies.length} goedgekeurde versie(s)`);
  for (const v of audit.versies) console.log(`  versie ${v.volgnummer}  ${v.versie}  in werking vanaf ${v.vanaf}${Date.parse(v.vanaf) > Date.now() ? ' (gepland)' : ''}  ${v.bewijs === 'bewezen' ? 'bewezen' : `NIET BEWEZEN: ${v.bewijs}`}`);
  console.log(`toegangslog: ${audit.records.leesbaar} records 'beleid/in-werking'${audit.records.zonderInhoud ? `, ${audit.records.zonderInhoud} na hun bewaartermijn zonder inhoud` : ''} (of het toegangslog zelf heel is, controleert \`npm run audit:verify\`)`);
  if (audit.informatie.length) console.log('ter informatie:');
  for (const regel of audit.informatie) console.log(`  ${regel}`);
}

/**
 * `npm run audit:beleid`: checks netwerk's schedule of approved policy versions as every gateway does (the chain of
 * the gateway's evidence from the installation's policy, controleerKeten) and against the toegangslog's record of each
 * version put in force (beleidsaudit.ts), so a version taken out of the schedule while every gateway restarted is
 * found. Database: NETWERK_DATABASE_URL, else the one `npm start` runs. Keys: GATEWAY_GRANT_PUBLIEKE_SLEUTEL (JWK),
 * else the development key in the data folder, and GATEWAY_OUDE_GRANT_SLEUTELS; anchor: POLICIES_DIR, else
 * policies/. Exit 0 intact, 1 findings, 2 when it cannot start.
 */
async function main(): Promise<void> {
  const controle = await ketencontrole().catch((fout: Error) => {
    console.error(fout.message);
    process.exit(2);
  });
  const dataSource = await verbindMetNetwerk();
  try {
    const audit = await controleerBeleid(dataSource, controle).catch((fout: Error) => {
      console.error(`Kan het beleid niet lezen uit de database van netwerk: ${fout.message}`);
      process.exitCode = 2;
    });
    if (!audit) return;
    toon(audit);
    if (audit.bevindingen.length === 0) {
      console.log('intact: elke versie in het rooster is bewezen goedgekeurd en staat in het toegangslog, en elke versie die in werking kwam staat in het rooster');
      return;
    }
    console.log(`NIET INTACT — ${audit.bevindingen.length} bevinding(en):`);
    for (const b of audit.bevindingen) console.log(`  ${b}`);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

void main();

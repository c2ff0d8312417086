import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { TOEGANGSLOG_ENTITIES, verifieerToegangslog } from '@netwerkdossier/netwerk';
import { leesCheckpointPubliekeSleutels } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { beleidInRegister } from './beleid-in-register';
import { leesGetuigen } from './getuigen';
import { DATA_MAP, verbindMetNetwerk } from './omgeving';

/** The accepted checkpoint public keys: CHECKPOINT_PUBLIEKE_SLEUTELS, else the development key in the data folder. */
async function checkpointSleutels(): Promise<JWK[] | undefined> {
  if (process.env.CHECKPOINT_PUBLIEKE_SLEUTELS) return leesCheckpointPubliekeSleutels(process.env.CHECKPOINT_PUBLIEKE_SLEUTELS, 'CHECKPOINT_PUBLIEKE_SLEUTELS');
  const bestand = path.join(DATA_MAP, 'checkpoint-sleutel.json');
  return existsSync(bestand) ? [(JSON.parse(await readFile(bestand, 'utf8')) as { publiek: JWK }).publiek] : undefined;
}

/**
 * `npm run audit:verify`: verifies netwerk's toegangslog (chain and signed checkpoints), compares its head
 * with every witness (each partner's database, and TOEGANGSLOG_CHECKPOINT_BESTAND if set) and names the
 * first bad record, or the truncation and the witness that saw more. Databases: <SERVICE>_DATABASE_URL,
 * else the ones `npm start` runs (embedded, EMBEDDED_PG_PORT). Keys: CHECKPOINT_PUBLIEKE_SLEUTELS (JWKs
 * with kid), else the development key in the data folder. Removed content is checked against the
 * retention terms of the policy in force (netwerk's registry). Exit 0 intact, 1 not (or a witness
 * unreadable), 2 when it cannot start.
 */
async function main(): Promise<void> {
  const beleid = await beleidInRegister().catch((fout: Error) => {
    console.error(fout.message);
    process.exit(2);
  });
  const sleutels = await checkpointSleutels().catch((fout: Error) => {
    console.error(fout.message);
    process.exit(2);
  });
  if (!sleutels) {
    console.error('Geen publieke checkpoint-sleutels: zet CHECKPOINT_PUBLIEKE_SLEUTELS of start eerst `npm start`.');
    process.exit(2);
  }
  const dataSource = await verbindMetNetwerk(TOEGANGSLOG_ENTITIES);
  try {
    const getuigen = await leesGetuigen();
    const v = await verifieerToegangslog(dataSource, sleutels, beleid.bewaartermijnen.toegangslog, getuigen.getuigenissen);
    console.log(`toegangslog: ${v.records} records (tot en met ${v.laatste}, waarvan ${v.vervallen} na hun bewaartermijn zonder inhoud), ${v.checkpoints} ondertekende checkpoints`);
    for (const g of v.getuigen) console.log(`  getuige ${g.getuige}: ${g.checkpoints} checkpoints${g.hoogste === null ? '' : `, tot en met record ${g.hoogste}`}`);
    for (const o of getuigen.onleesbaar) console.log(`  getuige ${o.getuige}: NIET GELEZEN (${o.reden})`);
    if (v.bevindingen.length === 0 && getuigen.onleesbaar.length === 0) {
      console.log('intact: de keten, alle checkpoints en alle getuigen kloppen');
      return;
    }
    if (v.bevindingen.length === 0) console.log(`de keten en de gelezen getuigen kloppen, maar ${getuigen.onleesbaar.length} getuige(n) niet gelezen: een ingekort log is zo niet uit te sluiten`);
    else {
      const [eerste] = v.bevindingen;
      console.log(`NIET INTACT — eerste fout bij record ${eerste.volgnummer ?? '?'}: ${eerste.reden}`);
      for (const b of v.bevindingen.slice(1)) console.log(`  ook: record ${b.volgnummer ?? '?'}: ${b.reden}`);
    }
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

void main();

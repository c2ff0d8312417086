import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { TOEGANGSLOG_ENTITIES, verifieerToegangslog } from '@netwerkdossier/netwerk';
import { laadBeleid, STANDAARD_POLICIES } from '@netwerkdossier/shared';
import { JWK } from 'jose';
import { DataSource } from 'typeorm';

import { DATA_MAP, databaseUrlVan } from './omgeving';

/**
 * `npm run audit:verify`: verifies netwerk's toegangslog (chain and signed checkpoints) and names the
 * first bad record. Database: NETWERK_DATABASE_URL, else the one `npm start` runs (embedded, EMBEDDED_PG_PORT).
 * Key: GATEWAY_GRANT_PUBLIEKE_SLEUTEL (JWK), else the development key in the data folder. Removed content
 * is checked against the retention terms of the policy (POLICIES_DIR, else policies/). Exit 0 intact, 1 not.
 */
async function main(): Promise<void> {
  const url = databaseUrlVan('netwerk');
  const beleid = await laadBeleid(process.env.POLICIES_DIR ?? STANDAARD_POLICIES).catch((fout: Error) => {
    console.error(fout.message);
    process.exit(2);
  });
  const sleutelBestand = path.join(DATA_MAP, 'grant-sleutel.json');
  const sleutel: JWK | undefined = process.env.GATEWAY_GRANT_PUBLIEKE_SLEUTEL
    ? (JSON.parse(process.env.GATEWAY_GRANT_PUBLIEKE_SLEUTEL) as JWK)
    : existsSync(sleutelBestand) ? (JSON.parse(await readFile(sleutelBestand, 'utf8')) as { publiek: JWK }).publiek : undefined;
  if (!sleutel) {
    console.error('Geen publieke sleutel van de gateway: zet GATEWAY_GRANT_PUBLIEKE_SLEUTEL of start eerst `npm start`.');
    process.exit(2);
  }
  const dataSource = new DataSource({ type: 'postgres', url, entities: TOEGANGSLOG_ENTITIES });
  try {
    await dataSource.initialize();
  } catch (fout) {
    console.error(`Kan de database van netwerk niet bereiken (${url.replace(/:[^:@/]+@/, ':***@')}): ${(fout as Error).message}. Draait \`npm start\`, of zet NETWERK_DATABASE_URL.`);
    process.exit(2);
  }
  try {
    const v = await verifieerToegangslog(dataSource, sleutel, beleid.bewaartermijnen.toegangslog);
    console.log(`toegangslog: ${v.records} records (tot en met ${v.laatste}, waarvan ${v.vervallen} na hun bewaartermijn zonder inhoud), ${v.checkpoints} ondertekende checkpoints`);
    if (v.bevindingen.length === 0) {
      console.log('intact: de keten en alle checkpoints kloppen');
      return;
    }
    const [eerste] = v.bevindingen;
    console.log(`NIET INTACT — eerste fout bij record ${eerste.volgnummer ?? '?'}: ${eerste.reden}`);
    for (const b of v.bevindingen.slice(1)) console.log(`  ook: record ${b.volgnummer ?? '?'}: ${b.reden}`);
    process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

void main();

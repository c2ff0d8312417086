import { kruiscontrole } from '@netwerkdossier/gateway';
import { SUBGRAPHS, Verstrekking } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { databaseUrlVan } from './omgeving';

/**
 * `npm run audit:kruiscontrole`: every disclosure in a partner's verstrekkingenlog must have its
 * toegangslog record. Databases: <SERVICE>_DATABASE_URL each, else those of `npm start` (embedded).
 * Exit 0 when everything is accounted for, 1 when not.
 */
async function main(): Promise<void> {
  const bronnen = Object.fromEntries(SUBGRAPHS.map((naam) => [naam, new DataSource({ type: 'postgres', url: databaseUrlVan(naam), entities: [Verstrekking] })]));
  try {
    for (const ds of Object.values(bronnen)) await ds.initialize();
    const { verstrekkingen, vervallen, onverantwoord } = await kruiscontrole(bronnen.netwerk, bronnen);
    console.log(`verstrekkingenlogs: ${verstrekkingen} verstrekkingen bij ${SUBGRAPHS.length} diensten${vervallen ? ` (${vervallen} verantwoord door een record waarvan de bewaartermijn voorbij is)` : ''}`);
    if (onverantwoord.length === 0) {
      console.log('alles verantwoord: elke verstrekking staat in het toegangslog');
      return;
    }
    console.log(`NIET VERANTWOORD: ${onverantwoord.length}`);
    for (const o of onverantwoord) console.log(`  ${o.partner} grant ${o.grant} (audit ${o.auditId ?? '—'}): ${o.reden}`);
    process.exitCode = 1;
  } catch (fout) {
    console.error(`Kruiscontrole niet uitgevoerd: ${(fout as Error).message}. Draait \`npm start\`, of zet de <SERVICE>_DATABASE_URL's.`);
    process.exitCode = 2;
  } finally {
    for (const ds of Object.values(bronnen)) if (ds.isInitialized) await ds.destroy();
  }
}

void main();

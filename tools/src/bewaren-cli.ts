import { pasBewaartermijnenToe, TOEGANGSLOG_ENTITIES } from '@netwerkdossier/netwerk';
import { SUBGRAPHS, verwijderVerlopenVerstrekkingen } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { beleidInRegister } from './beleid-in-register';
import { databaseUrlVan } from './omgeving';

/**
 * `npm run audit:bewaren`: the retention job. Applies the retention terms of the policy in force (netwerk's
 * registry) to netwerk's
 * toegangslog (the content of expired records is removed, the chain stays verifiable, the run is itself
 * recorded) and to every service's verstrekkingenlog (expired entries deleted). Databases as for the
 * other audit commands, by default as the retention job's own login; the connecting role must be a member of
 * netwerkdossier_bewaartermijn and no superuser (the triggers refuse a superuser). Meant to
 * run daily (cron or a scheduled job); running it twice does nothing the second time.
 */
async function main(): Promise<void> {
  const beleid = await beleidInRegister('bewaartaak');
  const t = beleid.bewaartermijnen;
  console.log(`bewaartermijnen (beleid ${beleid.versie}): toegangslog ${Object.entries(t.toegangslog).map(([s, m]) => `${s} ${m}`).join(', ')} maanden; verstrekkingenlog ${t.verstrekkingenlog} maanden`);
  const netwerk = await new DataSource({ type: 'postgres', url: databaseUrlVan('netwerk', 'bewaartaak'), entities: TOEGANGSLOG_ENTITIES }).initialize();
  try {
    const { vervallen, oudeVorm } = await pasBewaartermijnenToe(netwerk, beleid, (n) => console.log(`  toegangslog: ${n} records zonder inhoud …`));
    console.log(`toegangslog: van ${vervallen} records de inhoud verwijderd${oudeVorm ? `; ${oudeVorm} records uit de vorm van vóór de bewaartermijnen blijven heel` : ''}`);
  } finally {
    await netwerk.destroy();
  }
  for (const naam of SUBGRAPHS) {
    const ds = await new DataSource({ type: 'postgres', url: databaseUrlVan(naam, 'bewaartaak') }).initialize();
    try {
      const n = await verwijderVerlopenVerstrekkingen(ds, t.verstrekkingenlog, (k) => console.log(`  ${naam}: ${k} verstrekkingen verwijderd …`));
      console.log(`${naam}: ${n} verstrekkingen na hun bewaartermijn verwijderd`);
    } finally {
      await ds.destroy();
    }
  }
}

main().catch((fout: Error) => {
  console.error(`Bewaartaak niet (helemaal) uitgevoerd: ${fout.message}`);
  process.exitCode = 2;
});

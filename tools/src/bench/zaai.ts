import { leesSupergraph } from '@netwerkdossier/gateway';
import { ServiceNaam } from '@netwerkdossier/shared';
import { JWK } from 'jose';
import { Client } from 'pg';

import { poortenVoor, startNetwerk } from '../netwerk';
import { DevSleutels } from '../uitgever';

/**
 * Seeds each empty database with the demo world (progress per 10%), in this process, then stops; a
 * database already seeded is left as it is. Statistics are gathered and the new rows' visibility settled,
 * as a database in use would be, so that autovacuum does not run on the fresh tables during a measurement.
 */
export async function zaaiDemowereld(databaseUrls: Record<ServiceNaam, string>, sleutels: DevSleutels, grantSleutels: { prive: JWK; publiek: JWK }, seed: string, aantal: number): Promise<void> {
  let gemeld = '';
  const netwerk = await startNetwerk({
    databaseUrls, sleutels, grantSleutels, host: '127.0.0.1', supergraphSdl: leesSupergraph(), demo: { seed, aantal },
    poorten: poortenVoor(() => 0),
    voortgang: (naam, klaar, totaal) => {
      const stap = `${naam} ${Math.floor((10 * klaar) / totaal) * 10}%`;
      if (stap !== gemeld) console.log(`  demodata: ${(gemeld = stap)}`);
    },
  });
  await netwerk.stop();
  for (const url of Object.values(databaseUrls)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('VACUUM (ANALYZE)').finally(() => client.end());
  }
}

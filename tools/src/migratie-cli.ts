import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { metDatabase, openDatabase, ServiceNaam, startEmbeddedPostgres, SUBGRAPHS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { SUBGRAPH_DEFINITIES } from './subgraphs';

/**
 * Writes a typeorm migration with the SQL that brings a database, migrated so far, in line with
 * the service's entities: `npm run migratie -- <service> <Naam>`. Uses MIGRATIE_DATABASE_URL
 * (a server's maintenance database) or a temporary embedded PostgreSQL.
 */
async function main(): Promise<void> {
  const [service, naam] = process.argv.slice(2);
  if (!SUBGRAPHS.includes(service as ServiceNaam) || !/^[A-Z][A-Za-z]+$/.test(naam ?? '')) {
    console.error(`gebruik: npm run migratie -- <${SUBGRAPHS.join('|')}> <NaamInPascalCase>`);
    process.exit(2);
  }
  const definitie = SUBGRAPH_DEFINITIES[service as ServiceNaam];
  const tijdelijk = process.env.MIGRATIE_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: `.data/migratie-${process.pid}`, port: 54398, tijdelijk: true });
  const server = process.env.MIGRATIE_DATABASE_URL ?? tijdelijk!.adminUrl;
  const db = `migratie_${process.pid}`;
  try {
    const dataSource = await openDatabase({ url: metDatabase(server, db), entities: definitie.entities, migrations: definitie.migrations });
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (upQueries.length === 0) {
      console.log('De migraties zijn al in lijn met de entities.');
      return;
    }
    const tijd = Date.now();
    const regels = (qs: typeof upQueries) => qs.map((q) => `    await q.query(\`${q.query.trim().replace(/[`\\]|\$\{/g, (t) => `\\${t}`)}\`);`).join('\n');
    const bestand = path.join('subgraphs', service, 'src', 'migrations', `${tijd}-${naam}.ts`);
    await writeFile(
      bestand,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${naam}${tijd} implements MigrationInterface {\n  async up(q: QueryRunner): Promise<void> {\n${regels(upQueries)}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${regels([...downQueries].reverse())}\n  }\n}\n`,
    );
    console.log(`Geschreven: ${bestand} — voeg ${naam}${tijd} toe aan migrations/index.ts`);
  } finally {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${db}`);
    await admin.end();
    await tijdelijk?.stop();
  }
}

void main();

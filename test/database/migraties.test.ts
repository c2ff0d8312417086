import { openDatabase, SUBGRAPHS, voldoetAanElfproef } from '@netwerkdossier/shared';
import { SUBGRAPH_DEFINITIES } from '@netwerkdossier/tools';
import { DataSource } from 'typeorm';

import { testDatabases } from '../harness/netwerk';

process.env.NETWERK_BSN_SLEUTEL ??= 'test-sleutel-'.padEnd(48, 'x');

/** Every row of every table, as JSON, in a stable order; creation timestamps left out. */
async function inhoud(dataSource: DataSource): Promise<Record<string, string[]>> {
  const tabellen: Array<{ table_name: string }> = await dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name",
  );
  const resultaat: Record<string, string[]> = {};
  for (const { table_name } of tabellen) {
    const rijen: Array<{ rij: string }> = await dataSource.query(`SELECT (to_jsonb(t) - 'aangemaakt_op')::text AS rij FROM "${table_name}" t ORDER BY 1`);
    resultaat[table_name] = rijen.map((r) => r.rij);
  }
  return resultaat;
}

describe.each(SUBGRAPHS)('database van %s', (naam) => {
  const definitie = SUBGRAPH_DEFINITIES[naam];
  let databases: Awaited<ReturnType<typeof testDatabases>>;
  let tweede: Awaited<ReturnType<typeof testDatabases>>;
  let derde: Awaited<ReturnType<typeof testDatabases>>;
  const open: DataSource[] = [];
  const openen = async (url: string) => {
    const ds = await openDatabase({ url, entities: definitie.entities, migrations: definitie.migrations });
    open.push(ds);
    return ds;
  };
  beforeAll(async () => {
    databases = await testDatabases(`mig_${naam.replace('-', '_')}`);
    tweede = await testDatabases(`mig2_${naam.replace('-', '_')}`);
    derde = await testDatabases(`mig3_${naam.replace('-', '_')}`);
  });
  afterAll(async () => {
    for (const ds of open) await ds.destroy();
    await databases.opruimen();
    await tweede.opruimen();
    await derde.opruimen();
  });

  test('migraties lopen op een lege database en komen exact overeen met de entities', async () => {
    const ds = await openen(databases.urls[naam]);
    expect((await ds.showMigrations())).toBe(false);
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  test('migraties kunnen volledig terug en weer op', async () => {
    const ds = await openen(tweede.urls[naam]);
    for (let i = 0; i < definitie.migrations.length; i++) await ds.undoLastMigration();
    const over: Array<{ n: string }> = await ds.query("SELECT count(*)::text AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'");
    expect(over[0].n).toBe('0');
    await ds.runMigrations();
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });

  test('dezelfde seed geeft dezelfde gegevens, een andere seed andere', async () => {
    const [a, b] = [open[0], open[1]];
    await definitie.seed(a, { seed: 'determinisme', aantal: 30 });
    await definitie.seed(b, { seed: 'determinisme', aantal: 30 });
    const inhoudA = await inhoud(a);
    expect(Object.values(inhoudA).some((rijen) => rijen.length > 0)).toBe(true);
    expect(await inhoud(b)).toEqual(inhoudA);
    const c = await openen(derde.urls[naam]);
    await definitie.seed(c, { seed: 'een-andere-seed', aantal: 30 });
    expect(await inhoud(c)).not.toEqual(inhoudA);
  });

  test('geen enkel opgeslagen negencijferig nummer is een echt BSN (elfproef faalt)', async () => {
    const rijen = Object.values(await inhoud(open[0])).flat();
    const nummers = rijen.flatMap((rij) => rij.match(/"\d{9}"/g) ?? []).map((n) => n.slice(1, -1));
    expect(nummers.filter(voldoetAanElfproef)).toEqual([]);
    // only the lokaal team keeps BSNs (in its own database); the registry keeps keyed hashes
    expect(nummers.length > 0).toBe(naam === 'lokaal-team');
  });
});

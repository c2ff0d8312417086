import { randomUUID } from 'node:crypto';

import { openDatabase } from '@netwerkdossier/shared';
import { SUBGRAPH_DEFINITIES } from '@netwerkdossier/tools';
import { DataSource } from 'typeorm';

import { testDatabases } from '../harness/netwerk';

process.env.NETWERK_BSN_SLEUTEL ??= 'test-sleutel-'.padEnd(48, 'x');

/** The migrations under test, by class name. */
const LOKAAL_TEAM = 'Tekstdelen1796430000100';
const VEILIG_THUIS = 'Veiligheidsafspraken1796430000200';

/** The parts of one table under one parent row, in order: [tekst, betreft]. */
async function delen(ds: DataSource, tabel: string, sleutel: string, ouder: number): Promise<Array<[string, string[]]>> {
  const rijen = await ds.query<Array<{ tekst: string; betreft: string[] }>>(`SELECT tekst, betreft FROM "${tabel}" WHERE "${sleutel}" = $1 ORDER BY id`, [ouder]);
  return rijen.map((r) => [r.tekst, r.betreft]);
}

/** Undoes migrations, last first, until `migratie` (a class name, e.g. `Tekstdelen1796430000100`) is no longer applied. */
async function terugTotVoor(ds: DataSource, migratie: string): Promise<void> {
  const bekend = ds.migrations.map((m) => m.name ?? m.constructor.name);
  if (!bekend.includes(migratie)) throw new Error(`onbekende migratie ${migratie}; bekend: ${bekend.join(', ')}`);
  const toegepast = async (): Promise<boolean> => (await ds.query<unknown[]>('SELECT 1 FROM migrations WHERE name = $1', [migratie])).length > 0;
  while (await toegepast()) await ds.undoLastMigration();
}

/** The migrations that turn lists of lines into parts: what was written before them survives, in order, about the whole household. */
describe('migratie van regels naar delen', () => {
  let databases: Awaited<ReturnType<typeof testDatabases>>;
  const open: DataSource[] = [];
  beforeAll(async () => {
    databases = await testDatabases('mig_tekstdelen');
  });
  afterAll(async () => {
    for (const ds of open) await ds.destroy();
    await databases.opruimen();
  });

  /** A database of the partner migrated up to just before the migration under test (later migrations are undone too). */
  const ervoor = async (naam: 'lokaal-team' | 'veilig-thuis', migratie: string): Promise<{ ds: DataSource; dossier: number }> => {
    const { entities, migrations } = SUBGRAPH_DEFINITIES[naam];
    const ds = await openDatabase({ url: databases.urls[naam], entities, migrations });
    open.push(ds);
    await terugTotVoor(ds, migratie);
    const [{ id }] = await ds.query<Array<{ id: number }>>('INSERT INTO dossier (huishouden_id) VALUES ($1) RETURNING id', [randomUUID()]);
    return { ds, dossier: id };
  };

  test('lokaal team: de zorgen en krachten van een Top3, het besluit en de afspraken van een MDO, de factoren en patronen van een analyse', async () => {
    const { ds, dossier } = await ervoor('lokaal-team', LOKAAL_TEAM);
    const [top3] = await ds.query<Array<{ id: number }>>("INSERT INTO top3 (dossier_id, datum, zorgen, krachten, veiligheidscijfer) VALUES ($1, '2026-03-01', $2, $3, 5) RETURNING id", [dossier, ['Zorg 1', 'Zorg 2', 'Zorg 3'], ['Kracht 1']]);
    const [leeg] = await ds.query<Array<{ id: number }>>("INSERT INTO top3 (dossier_id, datum, zorgen, krachten, veiligheidscijfer) VALUES ($1, '2026-04-01', '{}', '{}', 6) RETURNING id", [dossier]);
    const [mdo] = await ds.query<Array<{ id: number }>>("INSERT INTO mdo_verslag (dossier_id, datum, inbrenger, vraag, besluit, afspraken) VALUES ($1, '2026-03-02', 'lt-bram', 'Vraag', 'Het besluit', $2) RETURNING id", [dossier, ['Afspraak 1', 'Afspraak 2']]);
    const [analyse] = await ds.query<Array<{ id: number }>>("INSERT INTO verklarende_analyse (dossier_id, datum, onderliggende_factoren, patronen, opgesteld_door) VALUES ($1, '2026-03-03', $2, $3, 'de coach') RETURNING id", [dossier, ['Factor 1'], ['Patroon 1', 'Patroon 2']]);

    await ds.runMigrations();
    expect(await delen(ds, 'top3_zorg', 'top3_id', top3.id)).toEqual([['Zorg 1', []], ['Zorg 2', []], ['Zorg 3', []]]);
    expect(await delen(ds, 'top3_kracht', 'top3_id', top3.id)).toEqual([['Kracht 1', []]]);
    expect(await delen(ds, 'top3_zorg', 'top3_id', leeg.id)).toEqual([]);
    expect(await delen(ds, 'mdo_besluit', 'mdo_verslag_id', mdo.id)).toEqual([['Het besluit', []]]);
    expect(await delen(ds, 'mdo_afspraak', 'mdo_verslag_id', mdo.id)).toEqual([['Afspraak 1', []], ['Afspraak 2', []]]);
    expect(await delen(ds, 'onderliggende_factor', 'analyse_id', analyse.id)).toEqual([['Factor 1', []]]);
    expect(await delen(ds, 'patroon', 'analyse_id', analyse.id)).toEqual([['Patroon 1', []], ['Patroon 2', []]]);

    // and back: the lines in their columns again, in their order
    await terugTotVoor(ds, LOKAAL_TEAM);
    expect(await ds.query('SELECT zorgen, krachten FROM top3 ORDER BY id')).toEqual([{ zorgen: ['Zorg 1', 'Zorg 2', 'Zorg 3'], krachten: ['Kracht 1'] }, { zorgen: [], krachten: [] }]);
    expect(await ds.query('SELECT besluit, afspraken FROM mdo_verslag')).toEqual([{ besluit: 'Het besluit', afspraken: ['Afspraak 1', 'Afspraak 2'] }]);
    expect(await ds.query('SELECT onderliggende_factoren, patronen FROM verklarende_analyse')).toEqual([{ onderliggende_factoren: ['Factor 1'], patronen: ['Patroon 1', 'Patroon 2'] }]);
  });

  test('Veilig Thuis: de afspraken van een Veiligheidskaart', async () => {
    const { ds, dossier } = await ervoor('veilig-thuis', VEILIG_THUIS);
    const [kaart] = await ds.query<Array<{ id: number }>>("INSERT INTO veiligheidskaart (dossier_id, bijgewerkt_op, situatie, veiligheidsafspraken) VALUES ($1, '2026-03-01', 'Situatie', $2) RETURNING id", [dossier, ['Afspraak 1', 'Afspraak 2']]);
    await ds.runMigrations();
    expect(await delen(ds, 'veiligheidsafspraak', 'veiligheidskaart_id', kaart.id)).toEqual([['Afspraak 1', []], ['Afspraak 2', []]]);
    await terugTotVoor(ds, VEILIG_THUIS);
    expect(await ds.query('SELECT veiligheidsafspraken FROM veiligheidskaart')).toEqual([{ veiligheidsafspraken: ['Afspraak 1', 'Afspraak 2'] }]);
  });
});

import { randomUUID } from 'node:crypto';

import { Dossier, DossierOnderdeel, onderdelenVanHuishouden, openDatabase } from '@netwerkdossier/shared';
import { SUBGRAPH_DEFINITIES } from '@netwerkdossier/tools';
import { DataSource, EntityTarget } from 'typeorm';

import { testDatabases } from '../harness/netwerk';

/**
 * Loads of the same kind in the same tick go to PostgreSQL as one query (shared/src/bundelen.ts), each
 * caller gets its own household's rows only, and nothing is cached between loads. Counted on a real
 * database: the SELECT statements this data source sent, counted by its typeorm logger.
 */
interface Melding extends DossierOnderdeel { ontvangenOp: string; aard: string; omschrijving: string; melderId: number | null }
const definitie = SUBGRAPH_DEFINITIES['veilig-thuis'];
const Melding = (definitie.entities as Function[]).find((e) => e.name === 'Melding') as EntityTarget<Melding>;

describe('gebundeld laden (DataLoader) in een subgraph', () => {
  let databases: Awaited<ReturnType<typeof testDatabases>>;
  let dataSource: DataSource;
  const selects: string[] = [];

  beforeAll(async () => {
    databases = await testDatabases('bundelen');
    dataSource = await openDatabase({ url: databases.urls['veilig-thuis'], entities: definitie.entities, migrations: definitie.migrations });
    // count what this data source sends from here on
    dataSource.logger = {
      logQuery: (query: string) => void (query.trimStart().toUpperCase().startsWith('SELECT') && selects.push(query)),
      logQueryError: () => undefined, logQuerySlow: () => undefined, logSchemaBuild: () => undefined, logMigration: () => undefined, log: () => undefined,
    };
    Object.assign(dataSource.driver.options, { logging: ['query'] });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await databases?.opruimen();
  });

  async function huishoudenMetMeldingen(aantal: number): Promise<{ huishoudenId: string; aarden: string[] }> {
    const huishoudenId = randomUUID();
    const dossier = await dataSource.getRepository(Dossier).save({ huishoudenId });
    const aarden = Array.from({ length: aantal }, (_, i) => `aard ${huishoudenId.slice(0, 8)} ${i}`);
    for (const [i, aard] of aarden.entries()) {
      await dataSource.getRepository(Melding).save({ dossierId: dossier.id, ontvangenOp: `2026-0${i + 1}-01`, aard, omschrijving: 'synthetisch', melderId: null });
    }
    return { huishoudenId, aarden };
  }

  it('laadt de meldingen van vijf huishoudens tegelijk in één query, elk huishouden alleen de eigen', async () => {
    const huishoudens = [await huishoudenMetMeldingen(2), await huishoudenMetMeldingen(0), await huishoudenMetMeldingen(3), await huishoudenMetMeldingen(1), await huishoudenMetMeldingen(2)];
    const onbekend = randomUUID();
    selects.length = 0;
    const uitkomsten = await Promise.all([...huishoudens.map((h) => h.huishoudenId), onbekend].map((id) => onderdelenVanHuishouden(dataSource, Melding, id, { ontvangenOp: 'ASC', id: 'ASC' })));

    expect(uitkomsten.map((lijst) => lijst.map((m) => m.aard))).toEqual([...huishoudens.map((h) => h.aarden), []]);
    // one query for the six dossier links, one for the meldingen of the five dossiers
    expect(selects.filter((q) => q.includes('"dossier"')).length).toBe(1);
    expect(selects.filter((q) => q.includes('"melding"')).length).toBe(1);
    expect(selects).toHaveLength(2);
  });

  it('geeft elke aanvrager eigen objecten, ook wie in dezelfde bundel hetzelfde vraagt', async () => {
    const h = await huishoudenMetMeldingen(1);
    selects.length = 0;
    const [a, b] = await Promise.all([0, 1].map(() => onderdelenVanHuishouden(dataSource, Melding, h.huishoudenId, { ontvangenOp: 'ASC', id: 'ASC' })));
    expect(selects.filter((q) => q.includes('"melding"'))).toHaveLength(1);
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
    expect(a[0]).toBeInstanceOf(b[0].constructor);
  });

  it('vindt een pseudoniem ook in hoofdletters, zoals PostgreSQL uuids vergelijkt', async () => {
    const h = await huishoudenMetMeldingen(2);
    const aarden = (await onderdelenVanHuishouden(dataSource, Melding, h.huishoudenId.toUpperCase(), { ontvangenOp: 'ASC', id: 'ASC' })).map((m) => m.aard);
    expect(aarden).toEqual(h.aarden);
  });

  it('onthoudt niets tussen twee keer laden: een nieuwe melding is er de volgende keer bij', async () => {
    const h = await huishoudenMetMeldingen(1);
    const lees = async () => (await onderdelenVanHuishouden(dataSource, Melding, h.huishoudenId, { ontvangenOp: 'ASC', id: 'ASC' })).map((m) => m.aard);
    expect(await lees()).toEqual(h.aarden);
    const dossier = await dataSource.getRepository(Dossier).findOneByOrFail({ huishoudenId: h.huishoudenId });
    await dataSource.getRepository(Melding).save({ dossierId: dossier.id, ontvangenOp: '2026-11-30', aard: 'later', omschrijving: 'synthetisch', melderId: null });
    expect(await lees()).toEqual([...h.aarden, 'later']);
  });

  it('geeft dezelfde entiteiten als typeorm zelf: hetzelfde type, elke kolom, datums als tekst, in de gevraagde volgorde', async () => {
    const h = await huishoudenMetMeldingen(3);
    const dossier = await dataSource.getRepository(Dossier).findOneByOrFail({ huishoudenId: h.huishoudenId });
    const zelf = await dataSource.getRepository(Melding).find({ where: { dossierId: dossier.id }, order: { ontvangenOp: 'DESC', id: 'ASC' } });
    const gebundeld = await onderdelenVanHuishouden(dataSource, Melding, h.huishoudenId, { ontvangenOp: 'DESC', id: 'ASC' });
    expect(gebundeld).toEqual(zelf);
    expect(gebundeld.map((m) => m.constructor)).toEqual(zelf.map((m) => m.constructor));
    expect(typeof gebundeld[0].ontvangenOp).toBe('string');
    expect(gebundeld.map((m) => m.aard)).toEqual([...h.aarden].reverse());
  });
});

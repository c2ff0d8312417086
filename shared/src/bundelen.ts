import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsOrder, ObjectLiteral } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** At most this many keys in one `= ANY(…)`; more loads in the same tick become several queries. */
const MAX_SLEUTELS = 500;

const BUNDELAARS = new WeakMap<DataSource, Map<string, DataLoader<unknown, unknown[]>>>();

/**
 * The rows of `entity` whose `kolom` equals a key, in `order`, loaded in bundles: every load of the same
 * kind in the same tick (the members of one household, the households of one list, the fields of
 * concurrent requests) goes to PostgreSQL as one `WHERE kolom IN (…)` query instead of one query each.
 *
 * Nothing is cached: each load reads the database as it is at that moment (the links that never change
 * are kept in koppeling.ts, and nothing else). What a caller may see is decided before it loads; a bundle
 * only saves round trips, so rows of other requests never reach a caller: each key gets its own rows,
 * and each load its own copies of them.
 */
export function laadPer<T extends ObjectLiteral, K extends keyof T & string>(
  dataSource: DataSource, entity: EntityTarget<T>, kolom: K, order: FindOptionsOrder<T>,
): DataLoader<T[K], T[]> {
  let perSoort = BUNDELAARS.get(dataSource);
  if (!perSoort) BUNDELAARS.set(dataSource, (perSoort = new Map()));
  const soort = `${dataSource.getMetadata(entity).name}|${kolom}|${JSON.stringify(order)}`;
  let bundelaar = perSoort.get(soort) as DataLoader<T[K], T[]> | undefined;
  if (!bundelaar) {
    // PostgreSQL compares uuids regardless of case; the keys are matched to the rows the same way
    const uuid = dataSource.getMetadata(entity).findColumnWithPropertyName(kolom)?.type === 'uuid';
    const vergelijkbaar = (v: unknown) => (uuid && typeof v === 'string' ? v.toLowerCase() : v);
    const lees = leesOpdracht(dataSource, entity, kolom, order);
    bundelaar = new DataLoader<T[K], T[]>(async (sleutels) => {
      const rijen = await dataSource.query<Array<Record<string, unknown>>>(lees.sql, [[...new Set(sleutels)]]);
      const perSleutel = new Map<unknown, Array<Record<string, unknown>>>();
      for (const rij of rijen) {
        const lijst = perSleutel.get(vergelijkbaar(rij[lees.sleutelAlias]));
        if (lijst) lijst.push(rij);
        else perSleutel.set(vergelijkbaar(rij[lees.sleutelAlias]), [rij]);
      }
      // each caller its own objects: schermAf stamps records with their subject, and two requests in one
      // bundle must never share a stamp (nor see each other's)
      return sleutels.map((s) => (perSleutel.get(vergelijkbaar(s)) ?? []).map(lees.alsEntiteit));
    }, { cache: false, maxBatchSize: MAX_SLEUTELS });
    perSoort.set(soort, bundelaar as DataLoader<unknown, unknown[]>);
  }
  return bundelaar;
}

/** How one kind of bundle reads: its SQL, built once, and how a row becomes an entity. */
interface Leesopdracht<T> {
  sql: string;
  /** The result column that holds the key. */
  sleutelAlias: string;
  alsEntiteit: (rij: Record<string, unknown>) => T;
}

/**
 * The SQL of a bundle, built once per kind with typeorm's query builder (every column of the entity, the
 * keys as one array parameter, the order asked), and the mapping of a raw row to an entity with each
 * column's own hydration (dates as 'YYYY-MM-DD', transformers), as `find` does. Before, each load built its
 * query anew and typeorm made an entity of every row, which each caller then copied: a large part of a
 * subgraph's CPU per view (`npm run bench:profiel`, issue 22).
 */
function leesOpdracht<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, kolom: string, order: FindOptionsOrder<T>): Leesopdracht<T> {
  const metadata = dataSource.getMetadata(entity);
  const alias = 'r';
  const kolommen = metadata.columns.filter((c) => !c.embeddedMetadata && c.isSelect !== false);
  const sleutel = metadata.findColumnWithPropertyName(kolom);
  if (!sleutel) throw new Error(`${metadata.name} heeft geen kolom ${kolom}`);
  const qb = dataSource.createQueryBuilder().from(metadata.target, alias)
    .select(kolommen.map((c) => `${alias}.${c.propertyName}`))
    .where(`${alias}.${kolom} = ANY(:sleutels)`, { sleutels: [] });
  for (const [veld, richting] of Object.entries(order)) {
    const r = String(richting).toUpperCase();
    if (!['ASC', 'DESC', '1', '-1'].includes(r)) throw new Error(`${metadata.name}: volgorde ${veld} ${String(richting)} wordt niet ondersteund`);
    qb.addOrderBy(`${alias}.${veld}`, r === 'DESC' || r === '-1' ? 'DESC' : 'ASC');
  }
  const [sql] = qb.getQueryAndParameters();
  // the name typeorm gives a selected column (shortened as the driver needs)
  const resultaatKolom = (c: ColumnMetadata) => DriverUtils.buildAlias(dataSource.driver, undefined, alias, c.databaseName);
  const prototype = (metadata.target as { prototype?: object }).prototype ?? Object.prototype;
  return {
    sql,
    sleutelAlias: resultaatKolom(sleutel),
    alsEntiteit: (rij) => {
      const entiteit = Object.create(prototype) as Record<string, unknown>;
      for (const c of kolommen) entiteit[c.propertyName] = dataSource.driver.prepareHydratedValue(rij[resultaatKolom(c)], c);
      return entiteit as T;
    },
  };
}

/** Of a kind with one row per key, the oldest (lowest id), should there be more. */
const EERSTE = { id: 'ASC' } as const;

/** The row whose `kolom` equals the key (the oldest, should there be more), bundled like `laadPer`; null when there is none. */
export async function laadEen<T extends ObjectLiteral & { id: unknown }, K extends keyof T & string>(
  dataSource: DataSource, entity: EntityTarget<T>, kolom: K, sleutel: T[K],
): Promise<T | null> {
  return (await laadPer(dataSource, entity, kolom, EERSTE as FindOptionsOrder<T>).load(sleutel))[0] ?? null;
}

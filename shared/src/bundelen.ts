import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsOrder, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';

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
    bundelaar = new DataLoader<T[K], T[]>(async (sleutels) => {
      const rijen = await dataSource.getRepository(entity).find({ where: { [kolom]: In([...new Set(sleutels)]) } as FindOptionsWhere<T>, order });
      const perSleutel = new Map<unknown, T[]>();
      for (const rij of rijen) {
        const lijst = perSleutel.get(vergelijkbaar(rij[kolom]));
        if (lijst) lijst.push(rij);
        else perSleutel.set(vergelijkbaar(rij[kolom]), [rij]);
      }
      // each caller its own objects: schermAf stamps records with their subject, and two requests in one
      // bundle must never share a stamp (nor see each other's)
      return sleutels.map((s) => (perSleutel.get(vergelijkbaar(s)) ?? []).map((rij) => Object.assign(Object.create(Object.getPrototypeOf(rij) as object) as T, rij)));
    }, { cache: false, maxBatchSize: MAX_SLEUTELS });
    perSoort.set(soort, bundelaar as DataLoader<unknown, unknown[]>);
  }
  return bundelaar;
}

/** Of a kind with one row per key, the oldest (lowest id), should there be more. */
const EERSTE = { id: 'ASC' } as const;

/** The row whose `kolom` equals the key (the oldest, should there be more), bundled like `laadPer`; null when there is none. */
export async function laadEen<T extends ObjectLiteral & { id: unknown }, K extends keyof T & string>(
  dataSource: DataSource, entity: EntityTarget<T>, kolom: K, sleutel: T[K],
): Promise<T | null> {
  return (await laadPer(dataSource, entity, kolom, EERSTE as FindOptionsOrder<T>).load(sleutel))[0] ?? null;
}

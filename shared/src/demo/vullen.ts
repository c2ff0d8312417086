import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';

import { koppelDemoHuishoudens, Koppelingen } from '../koppeling';
import { DemoHuishouden, DemoOpties, Organisatie, perBatch } from './wereld';

/** Seeds a partner's part of the demo world: per batch, in one transaction, the households it knows, already linked. */
export async function perBatchBekendBij(
  dataSource: DataSource,
  opties: DemoOpties,
  organisatie: Organisatie,
  vul: (manager: EntityManager, bekend: DemoHuishouden[], koppelingen: Koppelingen) => Promise<void>,
): Promise<void> {
  await perBatch(opties, 500, (batch) =>
    dataSource.transaction(async (m) => {
      const bekend = batch.filter((h) => h.bekendBij.has(organisatie));
      await vul(m, bekend, await koppelDemoHuishoudens(m, bekend));
    }),
  );
}

/** Inserts a partner's demo rows in one statement; the ids come back in the order of `rijen` (RETURNING). */
export async function voegIn(manager: EntityManager, entity: Function, rijen: object[]): Promise<ObjectLiteral[]> {
  return rijen.length ? (await manager.createQueryBuilder().insert().into(entity).values(rijen).execute()).identifiers : [];
}

/** The children of each parent row, each with its parent's id under `sleutel`; `ids` as voegIn returned them for `ouders`. */
export function onderOuders<O>(ouders: readonly O[], ids: readonly ObjectLiteral[], sleutel: string, kinderen: (ouder: O) => readonly object[]): object[] {
  return ouders.flatMap((o, i) => kinderen(o).map((k) => ({ ...k, [sleutel]: ids[i].id as number })));
}

/** An ISO date `dagen` days after `datum`, in UTC so every time zone seeds the same dates. */
export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

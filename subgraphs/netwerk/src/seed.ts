import { DemoOpties, perBatch } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { Betrokkenheid } from './betrokkenheid';
import { bsnHash, bsnSleutel } from './bsn-hash';
import { Gezag } from './gezag';
import { Huishouden } from './huishouden';
import { Persoon } from './persoon';
import { Toestemming } from './toestemming';

/** Registers every household of the demo world: pseudonyms, birth years, gezag, betrokkenheden, toestemmingen. */
export async function seedNetwerk(dataSource: DataSource, opties: DemoOpties): Promise<void> {
  const sleutel = bsnSleutel();
  await perBatch(opties, 500, (batch) =>
    dataSource.transaction(async (m) => {
      const insert = (entity: Function, rijen: object[]) =>
        rijen.length ? m.createQueryBuilder().insert().into(entity).values(rijen).updateEntity(false).execute() : undefined;
      await insert(Huishouden, batch.map((h) => ({ id: h.id })));
      await insert(
        Persoon,
        batch.flatMap((h) => h.leden.map((p) => ({ id: p.id, huishoudenId: h.id, geboortejaar: p.geboortejaar, rol: p.rol, bsnHash: bsnHash(p.bsn, sleutel) }))),
      );
      await insert(Gezag, batch.flatMap((h) => h.gezag.map((g) => ({ kindId: g.kind, gezaghebbendeId: g.gezaghebbende }))));
      await insert(Betrokkenheid, batch.flatMap((h) => h.betrokkenheden.map((b) => ({ ...b, huishoudenId: h.id }))));
      await insert(Toestemming, batch.flatMap((h) => h.toestemmingen.map(({ persoon, ...t }) => ({ ...t, persoonId: persoon, geldigTot: null, ingetrokkenOp: null }))));
    }),
  );
}

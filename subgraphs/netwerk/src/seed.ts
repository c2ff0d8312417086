import { DemoBetrokkenheid, DemoOpties, perBatch, wachtOpBevestiging } from '@netwerkdossier/shared';
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
      // each registered on the day it started (deterministic, like the rest of the demo world)
      await insert(Betrokkenheid, batch.flatMap((h) => h.betrokkenheden.map((b) => ({ ...b, huishoudenId: h.id, geregistreerdOp: new Date(`${b.vanaf}T12:00:00Z`), ...bevestiging(b) }))));
      await insert(Toestemming, batch.flatMap((h) => h.toestemmingen.map(({ persoon, ...t }) => ({ ...t, persoonId: persoon, geldigTot: null, ingetrokkenOp: null }))));
    }),
  );
}

/**
 * The demo world's statutory betrokkenheden were confirmed by their organisation's own dossier when they
 * started, with the kenmerk that dossier gives (subgraphs/<partner>/src/dossierbevestiging.ts; the
 * partners' seeds hold those records).
 */
function bevestiging(b: DemoBetrokkenheid): Pick<Betrokkenheid, 'bevestigdDoor' | 'bevestigdMet' | 'bevestigdOp'> {
  if (!wachtOpBevestiging({ ...b, vorm: b.vorm as Betrokkenheid['vorm'], bevestigdDoor: null })) return { bevestigdDoor: null, bevestigdMet: null, bevestigdOp: null };
  const met = b.organisatie === 'gi' ? b.uitspraakkenmerk! : `${b.organisatie === 'raad' ? 'beschermingsonderzoek' : 'onderzoek'} gestart ${b.vanaf}`;
  return { bevestigdDoor: `dossier:${b.organisatie}`, bevestigdMet: met, bevestigdOp: new Date(`${b.vanaf}T12:00:00Z`) };
}

import { Beleid, beleidUitBestanden, inWerkingOp } from '@netwerkdossier/shared';
import { DataSource, EntityManager } from 'typeorm';

import { rooster } from './versies';

// a version's texts never change: each is validated and built once per process
const geladen = new Map<string, Beleid>();

/** The policy version in force now, as the gateways decide under it: for netwerk's own checks (a doorbraak's limits, inzage). */
export async function beleidInWerking(q: DataSource | EntityManager): Promise<Beleid> {
  const regel = inWerkingOp(await rooster(q), Date.now());
  if (!regel) throw new Error('Geen beleidsversie in werking');
  let beleid = geladen.get(regel.versie);
  if (!beleid) geladen.set(regel.versie, (beleid = beleidUitBestanden(regel.bestanden)));
  return beleid;
}

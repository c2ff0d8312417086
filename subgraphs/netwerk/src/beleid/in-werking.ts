import { Beleid, beleidUitBestanden, Grant, inWerkingOp } from '@netwerkdossier/shared';
import { DataSource, EntityManager } from 'typeorm';

import { rooster } from './versies';

// a version's texts never change: each is validated and built once per process
const geladen = new Map<string, Beleid>();

// one read of the schedule per request: its grant is the request's own object
const perVerzoek = new WeakMap<Grant, Promise<Beleid>>();

/**
 * The policy version in force now, as the gateways decide under it: for netwerk's own checks (a doorbraak's
 * limits, inzage). Read once per request (`verzoek`, its grant): every check in it is decided under one version.
 */
export function beleidInWerking(q: DataSource | EntityManager, verzoek: Grant): Promise<Beleid> {
  let beleid = perVerzoek.get(verzoek);
  if (!beleid) perVerzoek.set(verzoek, (beleid = leesBeleidInWerking(q)));
  return beleid;
}

/** The version in force now, read from the registry's schedule (the audit commands' policy too). */
export async function leesBeleidInWerking(q: DataSource | EntityManager): Promise<Beleid> {
  const regel = inWerkingOp(await rooster(q), Date.now());
  if (!regel) throw new Error('Geen beleidsversie in werking');
  let beleid = geladen.get(regel.versie);
  if (!beleid) geladen.set(regel.versie, (beleid = beleidUitBestanden(regel.bestanden)));
  return beleid;
}

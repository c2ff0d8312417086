import { Beleid, beleidUitBestanden, Grant, inhoudHash, inWerkingOp, Roosterregel } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';

import { rooster } from './versies';

// every approved version seen, by the hash of its files: validated and built once per process
const geladen = new Map<string, Beleid>();

// one read of the schedule per request: its grant is the request's own object
const perVerzoek = new WeakMap<Grant, Promise<Beleid>>();

/**
 * The policy version a request is decided under, for netwerk's own checks (a doorbraak's limits, inzage, the
 * family's rules): the one the gateway decided it under (`beleid` in its grant, the hash of its files), so that one
 * request is decided under one version in the gateway and here, also across a switch; without it (a grant of an older
 * gateway) the version in force now. A version netwerk does not hold among its approved ones is refused: nothing is
 * decided (its files were changed in the database after approval, or the gateway follows another register). Read once
 * per request (`verzoek`, its grant).
 */
export function beleidInWerking(q: DataSource | EntityManager, verzoek: Grant): Promise<Beleid> {
  let beleid = perVerzoek.get(verzoek);
  if (!beleid) perVerzoek.set(verzoek, (beleid = verzoek.beleid ? leesBeleid(q, verzoek.beleid) : leesBeleidInWerking(q)));
  return beleid;
}

/** The version in force now, read from the registry's schedule (the audit commands' policy too). */
export async function leesBeleidInWerking(q: DataSource | EntityManager): Promise<Beleid> {
  const regel = inWerkingOp(await rooster(q), Date.now());
  if (!regel) throw new Error('Geen beleidsversie in werking');
  return gebouwd(regel);
}

/**
 * The approved version whose files have this hash. Approvals are never taken back, so a version once found among them
 * is kept: only a hash not seen before reads the schedule.
 */
async function leesBeleid(q: DataSource | EntityManager, inhoud: string): Promise<Beleid> {
  const bekend = geladen.get(inhoud);
  if (bekend) return bekend;
  const regel = (await rooster(q)).find((r) => inhoudHash(r.bestanden) === inhoud);
  if (!regel) {
    throw new GraphQLError('De gateway besliste onder een beleidsversie die netwerk niet als goedgekeurd kent; er wordt niets beslist', { extensions: { code: 'BELEID_ONBEKEND' } });
  }
  return gebouwd(regel);
}

/** A version's policy, built once per process. */
function gebouwd(regel: Roosterregel): Beleid {
  const sleutel = inhoudHash(regel.bestanden);
  let beleid = geladen.get(sleutel);
  if (!beleid) geladen.set(sleutel, (beleid = beleidUitBestanden(regel.bestanden)));
  return beleid;
}

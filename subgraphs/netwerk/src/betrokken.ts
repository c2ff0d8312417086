import { Grant } from '@netwerkdossier/shared';
import { DataSource, EntityManager, IsNull, MoreThanOrEqual } from 'typeorm';

import { Betrokkenheid, wachtOpBevestiging } from './betrokkenheid';

/**
 * Whether the grant's professional is involved with the household now (any vorm): who may record facts
 * about it; with `alsRegiehouder`, whether they coordinate it now. An onderzoek or maatregel that is not yet
 * confirmed does not count.
 */
export async function betrokkenBij(m: EntityManager | DataSource, grant: Grant, huishoudenId: string, alsRegiehouder = false): Promise<boolean> {
  const vandaag = new Date().toISOString().slice(0, 10);
  const basis = { huishoudenId, professional: grant.sub, organisatie: (grant.organisatie ?? '') as Betrokkenheid['organisatie'], ...(alsRegiehouder ? { regiehouder: true } : {}) };
  return (await m.getRepository(Betrokkenheid).find({ where: [{ ...basis, tot: IsNull() }, { ...basis, tot: MoreThanOrEqual(vandaag) }] })).some((b) => !wachtOpBevestiging(b));
}

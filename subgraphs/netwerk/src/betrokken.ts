import { Grant, wachtOpBevestiging } from '@netwerkdossier/shared';
import { DataSource, EntityManager, IsNull, MoreThanOrEqual } from 'typeorm';

import { Betrokkenheid } from './betrokkenheid';
import { REGISTREERT } from './betrokkenheid.regels';
import { Betrokkenheidsvorm } from './enums';

/**
 * Whether the grant's professional is involved with the household now in a way that records facts about
 * it: any vorm, but in a consultatie only the lokaal team that brings the case in (and registered it), and
 * an onderzoek or maatregel only once confirmed. The consulted RVT member only reads: what the household's
 * consent shows by name gives no one a way to add a consent or a doorbraak on their own word. With
 * `alsRegiehouder`, whether they coordinate it now.
 */
export async function betrokkenBij(m: EntityManager | DataSource, grant: Grant, huishoudenId: string, alsRegiehouder = false): Promise<boolean> {
  const vandaag = new Date().toISOString().slice(0, 10);
  const basis = { huishoudenId, professional: grant.sub, organisatie: (grant.organisatie ?? '') as Betrokkenheid['organisatie'], ...(alsRegiehouder ? { regiehouder: true } : {}) };
  const lopend = await m.getRepository(Betrokkenheid).find({ where: [{ ...basis, tot: IsNull() }, { ...basis, tot: MoreThanOrEqual(vandaag) }] });
  return lopend.some((b) => !wachtOpBevestiging(b) && (b.vorm !== Betrokkenheidsvorm.consultatie || REGISTREERT.consultatie.includes(b.organisatie)));
}

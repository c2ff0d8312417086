import { Beleid } from '@netwerkdossier/shared';
import { DataSource, IsNull } from 'typeorm';

import { Betrokkenheid } from '../betrokkenheid';

/**
 * The organisations whose involvement with this household the household does not see yet: an onderzoek
 * (policies/inzage.yaml `uitgesteld`) not yet disclosed with meldAanGezin. Their accesses stay out of the
 * inzage and they stay out of what is shared and with whom, until disclosed; then everything shows.
 */
export async function nogNietGemeld(dataSource: DataSource, beleid: Beleid, huishoudenId: string): Promise<Set<string>> {
  const verborgen = await dataSource.getRepository(Betrokkenheid).findBy({ huishoudenId, gemeldAanGezin: IsNull() });
  return new Set(verborgen.filter((b) => beleid.inzage.uitgesteld.some((u) => u.organisatie === b.organisatie && u.vorm === b.vorm)).map((b) => b.organisatie as string));
}

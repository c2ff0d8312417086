import { Beleid } from '@netwerkdossier/shared';
import { DataSource, IsNull } from 'typeorm';

import { Betrokkenheid } from '../betrokkenheid';

/**
 * The betrokkenheden of this household the household does not see yet: an onderzoek (policies/inzage.yaml
 * `uitgesteld`) not yet disclosed with meldAanGezin. The inzage leaves out every access of their
 * organisations, and what is shared with whom leaves them out, until disclosed; then everything shows.
 */
export async function nogNietGemeld(dataSource: DataSource, beleid: Beleid, huishoudenId: string): Promise<Betrokkenheid[]> {
  const verborgen = await dataSource.getRepository(Betrokkenheid).findBy({ huishoudenId, gemeldAanGezin: IsNull() });
  return verborgen.filter((b) => beleid.inzage.uitgesteld.some((u) => u.organisatie === b.organisatie && u.vorm === b.vorm));
}

import { Beleid, VORMEN } from '@netwerkdossier/shared';
import { DataSource, IsNull } from 'typeorm';

import { Betrokkenheid } from '../betrokkenheid';
import type { Inzieninhoud } from './inhoud';
import type { VolledigeLogregel } from './logregel';

/**
 * The betrokkenheden of this household the household does not see yet: one in a vorm policies/inzage.yaml
 * delays (`uitgesteld`: an onderzoek of Veilig Thuis) not yet disclosed with meldAanGezin. What was seen
 * under them stays out of the inzage, and they and what rests on them stay out of what is shared with
 * whom, until disclosed; then everything shows. Nothing else changes, so their start cannot be seen.
 */
export async function nogNietGemeld(dataSource: DataSource, beleid: Beleid, huishoudenId: string): Promise<Betrokkenheid[]> {
  const verborgen = await dataSource.getRepository(Betrokkenheid).findBy({ huishoudenId, gemeldAanGezin: IsNull() });
  return verborgen.filter((b) => beleid.inzage.uitgesteld.some((u) => u.organisatie === b.organisatie && u.vorm === b.vorm));
}

/**
 * Whether this access to this household was made under one of these betrokkenheden not yet disclosed.
 * A record from before the gateway recorded the betrokkenheid is judged fail-safe for the onderzoek: under
 * it when its professional had one of them, from a date not after the access, in a vorm its doel allows
 * (so it may be held back, never shown early; after meldAanGezin it shows).
 */
export function onderNogNietGemeld(r: VolledigeLogregel, huishouden: string, nogNiet: Betrokkenheid[], beleid: Beleid): boolean {
  const onder = (r.inhoud as Inzieninhoud).betrokkenheden?.find((b) => b.huishouden === huishouden);
  if (onder) return nogNiet.some((b) => b.id === onder.betrokkenheid);
  const datum = r.tijdstip.toISOString().slice(0, 10);
  const vormen: readonly string[] = r.doel && Object.hasOwn(beleid.doelen, r.doel) ? beleid.doelen[r.doel].vormen : VORMEN;
  return nogNiet.some((b) => b.huishoudenId === huishouden && b.professional === r.sub && b.organisatie === r.organisatie && b.vanaf <= datum && vormen.includes(b.vorm));
}

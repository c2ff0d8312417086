import { Grant } from '@netwerkdossier/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { beleidInWerking } from '../beleid/in-werking';
import { Gezag } from '../gezag';
import { Persoon } from '../persoon';
import { wieAntwoordt } from './vraag.regels';

/**
 * Of these persons, those about whose consent the caller (the grant's `sub`) has a say today under the age rules: themselves, and a
 * child for whom they hold gezag while the rules ask gezag holders (under 16). A youth of 16 or older
 * decides alone: what they decide no longer shows, and can no longer be undone, in a parent's view.
 */
export async function metZeggenschap(m: EntityManager | DataSource, grant: Grant, persoonIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(persoonIds)];
  if (ids.length === 0) return new Set();
  const beleid = await beleidInWerking(m, grant);
  const personen = await m.getRepository(Persoon).findBy({ id: In(ids) });
  const gezag = await m.getRepository(Gezag).findBy({ kindId: In(ids) });
  return new Set(personen.filter((p) => wieAntwoordt(beleid, p, gezag.filter((g) => g.kindId === p.id).map((g) => g.gezaghebbendeId)).includes(grant.sub)).map((p) => p.id));
}

import { EntityManager, IsNull } from 'typeorm';

import { Toestemming } from '../toestemming';

/**
 * Closes a vraag: every yes still valid is revoked, so that what is left of it cannot later complete
 * another consent without those who gave it being asked again. The revoked ids, for the toegangslog.
 */
export async function sluit(m: EntityManager, vraagId: string): Promise<string[]> {
  const open = await m.getRepository(Toestemming).findBy({ vraagId, ingetrokkenOp: IsNull() });
  const op = new Date();
  for (const t of open) t.ingetrokkenOp = op;
  await m.getRepository(Toestemming).save(open);
  return open.map((t) => t.id);
}

import { EntityManager, IsNull } from 'typeorm';

import { Betrokkenheid } from '../betrokkenheid';
import { Toestemming } from '../toestemming';
import { Uitnodiging } from './uitnodiging';

/**
 * Closes a vraag: every yes still valid is revoked, so that what is left of it cannot later complete
 * another consent without those who gave it being asked again; an invited professional's betrokkenheid
 * ends today (the consent it rested on already opens nothing from the next request on). What changed,
 * for the toegangslog.
 */
export async function sluit(m: EntityManager, vraagId: string): Promise<{ ingetrokken: string[]; beeindigd: string | null }> {
  const open = await m.getRepository(Toestemming).findBy({ vraagId, ingetrokkenOp: IsNull() });
  const op = new Date();
  for (const t of open) t.ingetrokkenOp = op;
  await m.getRepository(Toestemming).save(open);
  const uitnodiging = await m.getRepository(Uitnodiging).findOneBy({ vraagId });
  const betrokkenheid = uitnodiging?.betrokkenheidId ? await m.getRepository(Betrokkenheid).findOneBy({ id: uitnodiging.betrokkenheidId }) : null;
  const vandaag = op.toISOString().slice(0, 10);
  if (betrokkenheid && (betrokkenheid.tot === null || betrokkenheid.tot > vandaag)) await m.getRepository(Betrokkenheid).update({ id: betrokkenheid.id }, { tot: vandaag });
  return { ingetrokken: open.map((t) => t.id), beeindigd: betrokkenheid?.id ?? null };
}

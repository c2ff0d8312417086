import { controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';

import { Persoon } from './persoon';

export async function resolvePersoonReference(
  referentie: Pick<Persoon, 'id'>,
  { dataSource }: SubgraphContext,
): Promise<Persoon | null> {
  return dataSource.getRepository(Persoon).findOneBy({ id: controleerPseudoniem(referentie.id, 'Persoon.id') });
}

import { controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';

import { Huishouden } from './huishouden';

export async function resolveHuishoudenReference(
  referentie: Pick<Huishouden, 'id'>,
  { dataSource }: SubgraphContext,
): Promise<Huishouden | null> {
  return dataSource.getRepository(Huishouden).findOneBy({ id: controleerPseudoniem(referentie.id, 'Huishouden.id') });
}

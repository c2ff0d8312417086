import { binnenReikwijdte, controleerPseudoniem, laadEen, SubgraphContext } from '@netwerkdossier/shared';

import { Huishouden } from './huishouden';

export async function resolveHuishoudenReference(
  referentie: Pick<Huishouden, 'id'>,
  { dataSource, grant }: SubgraphContext,
): Promise<Huishouden | null> {
  const id = controleerPseudoniem(referentie.id, 'Huishouden.id');
  return binnenReikwijdte(grant, id) ? laadEen(dataSource, Huishouden, 'id', id) : null;
}

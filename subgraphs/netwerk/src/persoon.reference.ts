import { binnenReikwijdte, controleerPseudoniem, laadEen, SubgraphContext } from '@netwerkdossier/shared';

import { Persoon } from './persoon';

export async function resolvePersoonReference(
  referentie: Pick<Persoon, 'id'>,
  { dataSource, grant }: SubgraphContext,
): Promise<Persoon | null> {
  const persoon = await laadEen(dataSource, Persoon, 'id', controleerPseudoniem(referentie.id, 'Persoon.id'));
  return persoon && binnenReikwijdte(grant, persoon.huishoudenId) ? persoon : null;
}

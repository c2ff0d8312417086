import { controleerPseudoniem, persoonBinnenReikwijdte, SubgraphContext } from '@netwerkdossier/shared';

import { Persoon } from './persoon';

/** A person of a household in the grant's scope; one this partner does not know has no dossier parts here. */
export async function resolvePersoonReference(referentie: Pick<Persoon, 'id'>, { dataSource, grant }: SubgraphContext): Promise<Persoon | null> {
  const id = controleerPseudoniem(referentie.id, 'Persoon.id');
  return (await persoonBinnenReikwijdte(dataSource, grant, id)) ? { id } : null;
}

import { controleerPseudoniem } from '@netwerkdossier/shared';

import { Persoon } from './persoon';

/** Any persoon can be asked for; one this partner does not know simply has no dossier parts here. */
export function resolvePersoonReference(referentie: Pick<Persoon, 'id'>): Persoon {
  return { id: controleerPseudoniem(referentie.id, 'Persoon.id') };
}

import { controleerPseudoniem } from '@netwerkdossier/shared';

import { Huishouden } from './huishouden';

/** Any huishouden can be asked for; one this partner does not know simply has no dossier parts here. */
export function resolveHuishoudenReference(referentie: Pick<Huishouden, 'id'>): Huishouden {
  return { id: controleerPseudoniem(referentie.id, 'Huishouden.id') };
}

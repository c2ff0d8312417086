import { binnenReikwijdte, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';

import { Huishouden } from './huishouden';

/** A household in the grant's scope; one this partner does not know simply has no dossier parts here. */
export function resolveHuishoudenReference(referentie: Pick<Huishouden, 'id'>, { grant }: SubgraphContext): Huishouden | null {
  const id = controleerPseudoniem(referentie.id, 'Huishouden.id');
  return binnenReikwijdte(grant, id) ? { id } : null;
}

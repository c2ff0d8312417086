import { Grant } from '@netwerkdossier/shared';
import { EntityManager } from 'typeorm';

import { Betrokkenheid } from './betrokkenheid';
import { legRegistratieVast } from './toegangslog/registratie';

/** The roles that confirm a statutory betrokkenheid of their own team (four eyes), never their own. */
export const BEVESTIGENDE_ROLLEN = ['teamleider', 'gedragswetenschapper'];

/**
 * Records the confirmation of a statutory betrokkenheid, by whom (a sub, or `dossier:<organisatie>`) and on
 * what (a kenmerk, or the confirmer's role), in the toegangslog: in the transaction that stores it.
 */
export async function legBevestigingVast(m: EntityManager, grant: Grant, b: Betrokkenheid): Promise<void> {
  await legRegistratieVast(m, grant, 'bevestiging', [b.huishoudenId], [], {
    betrokkenheid: b.id, registrant: b.professional, organisatie: b.organisatie, vorm: b.vorm, bevestigdDoor: b.bevestigdDoor, bevestigdMet: b.bevestigdMet, bevestigdOp: b.bevestigdOp,
  });
}

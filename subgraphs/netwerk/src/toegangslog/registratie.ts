import { Grant } from '@netwerkdossier/shared';
import { EntityManager } from 'typeorm';

import { voegToe } from './logboek';

/**
 * Records a change of the facts decisions depend on (betrokkenheid, toestemming, doorbraak) in the
 * toegangslog, in the same transaction as the change itself: no change without its record.
 */
export async function legRegistratieVast(m: EntityManager, grant: Grant, wat: string, huishoudens: string[], personen: string[], inhoud: object, beleidsversie: string | null = null): Promise<void> {
  await voegToe(m, [{
    actie: `registratie/${wat}`, auditId: grant.audit, sub: grant.sub, organisatie: grant.organisatie, rol: grant.rol, team: grant.team,
    namens: null, doel: grant.doel, beleidsversie, huishoudens, personen, inhoud,
  }]);
}

import { definieerPartner } from '@netwerkdossier/shared';

import { migrations } from './migrations';
import { Opvangplaatsing } from './opvangplaatsing';
import { PersoonResolver } from './persoon.resolver';
import { seedVrouwenopvang } from './seed';
import { Veiligheidsplan } from './veiligheidsplan';

/** Vrouwenopvang: opvangplaatsingen (the shelter's address never leaves it) and veiligheidsplannen. */
export const vrouwenopvang = definieerPartner({
  naam: 'vrouwenopvang',
  entities: [Opvangplaatsing, Veiligheidsplan],
  migrations,
  resolvers: [PersoonResolver],
  seed: seedVrouwenopvang,
});

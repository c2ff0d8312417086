import { definieerPartner } from '@netwerkdossier/shared';

import { AdviesAanRechter } from './advies-aan-rechter';
import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { BeschermingsonderzoekResolver } from './beschermingsonderzoek.resolver';
import { bevestigBeschermingsonderzoek } from './dossierbevestiging';
import { HuishoudenResolver } from './huishouden.resolver';
import { migrations } from './migrations';
import { seedRaad } from './seed';
import { Toets } from './toets';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';
import { VerzoekTotToetsingResolver } from './verzoek-tot-toetsing.resolver';

/** Raad voor de Kinderbescherming: beschermingsonderzoeken, onafhankelijke toetsen, adviezen aan de rechter. */
export const raad = definieerPartner({
  naam: 'raad',
  entities: [Beschermingsonderzoek, VerzoekTotToetsing, Toets, AdviesAanRechter],
  migrations,
  resolvers: [HuishoudenResolver, BeschermingsonderzoekResolver, VerzoekTotToetsingResolver],
  bevestigt: bevestigBeschermingsonderzoek,
  seed: seedRaad,
});

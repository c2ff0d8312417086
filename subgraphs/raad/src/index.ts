import { Client, Dossier, SubgraphDefinitie, Verstrekking } from '@netwerkdossier/shared';

import { AdviesAanRechter } from './advies-aan-rechter';
import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { BeschermingsonderzoekResolver } from './beschermingsonderzoek.resolver';
import { bevestigBeschermingsonderzoek } from './dossierbevestiging';
import { Huishouden } from './huishouden';
import { resolveHuishoudenReference } from './huishouden.reference';
import { HuishoudenResolver } from './huishouden.resolver';
import { migrations } from './migrations';
import { Persoon } from './persoon';
import { resolvePersoonReference } from './persoon.reference';
import { seedRaad } from './seed';
import { Toets } from './toets';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';
import { VerzoekTotToetsingResolver } from './verzoek-tot-toetsing.resolver';

/** Raad voor de Kinderbescherming: beschermingsonderzoeken, onafhankelijke toetsen, adviezen aan de rechter. */
export const raad: SubgraphDefinitie = {
  naam: 'raad',
  entities: [Verstrekking, Dossier, Client, Beschermingsonderzoek, VerzoekTotToetsing, Toets, AdviesAanRechter],
  migrations,
  resolvers: [HuishoudenResolver, BeschermingsonderzoekResolver, VerzoekTotToetsingResolver],
  entiteitTypen: [Huishouden, Persoon],
  referenceResolvers: {
    Huishouden: { __resolveReference: resolveHuishoudenReference },
    Persoon: { __resolveReference: resolvePersoonReference },
  },
  bevestigt: bevestigBeschermingsonderzoek,
  seed: seedRaad,
  isLeeg: async (dataSource) => (await dataSource.getRepository(Dossier).count()) === 0,
};

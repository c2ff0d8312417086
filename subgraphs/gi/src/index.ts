import { Client, Dossier, SubgraphDefinitie, Verstrekking } from '@netwerkdossier/shared';

import { bevestigMaatregel } from './dossierbevestiging';
import { Huishouden } from './huishouden';
import { resolveHuishoudenReference } from './huishouden.reference';
import { HuishoudenResolver } from './huishouden.resolver';
import { Jeugdbeschermer } from './jeugdbeschermer';
import { Maatregel } from './maatregel';
import { MaatregelResolver } from './maatregel.resolver';
import { migrations } from './migrations';
import { Persoon } from './persoon';
import { resolvePersoonReference } from './persoon.reference';
import { PlanVanAanpak } from './plan-van-aanpak';
import { seedGi } from './seed';
import { Voortgangsrapportage } from './voortgangsrapportage';

/** Gecertificeerde Instelling: maatregelen (jeugdbescherming, jeugdreclassering), plan van aanpak, voortgang. */
export const gi: SubgraphDefinitie = {
  naam: 'gi',
  entities: [Verstrekking, Dossier, Client, Maatregel, PlanVanAanpak, Voortgangsrapportage, Jeugdbeschermer],
  migrations,
  resolvers: [HuishoudenResolver, MaatregelResolver],
  entiteitTypen: [Huishouden, Persoon],
  referenceResolvers: {
    Huishouden: { __resolveReference: resolveHuishoudenReference },
    Persoon: { __resolveReference: resolvePersoonReference },
  },
  bevestigt: bevestigMaatregel,
  seed: seedGi,
  isLeeg: async (dataSource) => (await dataSource.getRepository(Dossier).count()) === 0,
};

import { definieerPartner } from '@netwerkdossier/shared';

import { bevestigMaatregel } from './dossierbevestiging';
import { HuishoudenResolver } from './huishouden.resolver';
import { Jeugdbeschermer } from './jeugdbeschermer';
import { Maatregel } from './maatregel';
import { MaatregelResolver } from './maatregel.resolver';
import { migrations } from './migrations';
import { PlanVanAanpak } from './plan-van-aanpak';
import { seedGi } from './seed';
import { Voortgangsrapportage } from './voortgangsrapportage';

/** Gecertificeerde Instelling: maatregelen (jeugdbescherming, jeugdreclassering), plan van aanpak, voortgang. */
export const gi = definieerPartner({
  naam: 'gi',
  entities: [Maatregel, PlanVanAanpak, Voortgangsrapportage, Jeugdbeschermer],
  migrations,
  resolvers: [HuishoudenResolver, MaatregelResolver],
  bevestigt: bevestigMaatregel,
  seed: seedGi,
});

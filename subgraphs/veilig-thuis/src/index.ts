import { definieerPartner } from '@netwerkdossier/shared';

import { bevestigOnderzoek } from './dossierbevestiging';
import { HuishoudenResolver } from './huishouden.resolver';
import { Melder } from './melder';
import { Melding } from './melding';
import { MeldingResolver } from './melding.resolver';
import { migrations } from './migrations';
import { Onderzoek } from './onderzoek';
import { PersoonResolver } from './persoon.resolver';
import { seedVeiligThuis } from './seed';
import { Veiligheidskaart } from './veiligheidskaart';
import { Veiligheidstaxatie } from './veiligheidstaxatie';
import { Verklaring } from './verklaring';

/** Veilig Thuis: meldingen (melder protected), veiligheidstaxaties, onderzoeken, Veiligheidskaart. */
export const veiligThuis = definieerPartner({
  naam: 'veilig-thuis',
  entities: [Melder, Melding, Veiligheidstaxatie, Onderzoek, Veiligheidskaart, Verklaring],
  migrations,
  resolvers: [HuishoudenResolver, PersoonResolver, MeldingResolver],
  bevestigt: bevestigOnderzoek,
  seed: seedVeiligThuis,
});

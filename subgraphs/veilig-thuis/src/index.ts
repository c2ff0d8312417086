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
import { Veiligheidsafspraak } from './veiligheidsafspraak';
import { Veiligheidskaart } from './veiligheidskaart';
import { VeiligheidskaartResolver } from './veiligheidskaart.resolver';
import { Veiligheidstaxatie } from './veiligheidstaxatie';
import { Verklaring } from './verklaring';

/** Veilig Thuis: meldingen (melder protected), veiligheidstaxaties, onderzoeken, Veiligheidskaart. */
export const veiligThuis = definieerPartner({
  naam: 'veilig-thuis',
  entities: [Melder, Melding, Veiligheidstaxatie, Onderzoek, Veiligheidskaart, Veiligheidsafspraak, Verklaring],
  migrations,
  resolvers: [HuishoudenResolver, PersoonResolver, MeldingResolver, VeiligheidskaartResolver],
  bevestigt: bevestigOnderzoek,
  seed: seedVeiligThuis,
});

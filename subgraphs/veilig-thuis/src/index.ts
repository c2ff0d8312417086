import { Client, Dossier, SubgraphDefinitie, Verstrekking } from '@netwerkdossier/shared';

import { bevestigOnderzoek } from './dossierbevestiging';
import { Huishouden } from './huishouden';
import { resolveHuishoudenReference } from './huishouden.reference';
import { HuishoudenResolver } from './huishouden.resolver';
import { Melder } from './melder';
import { Melding } from './melding';
import { MeldingResolver } from './melding.resolver';
import { migrations } from './migrations';
import { Onderzoek } from './onderzoek';
import { Persoon } from './persoon';
import { resolvePersoonReference } from './persoon.reference';
import { PersoonResolver } from './persoon.resolver';
import { seedVeiligThuis } from './seed';
import { Veiligheidskaart } from './veiligheidskaart';
import { Veiligheidstaxatie } from './veiligheidstaxatie';
import { Verklaring } from './verklaring';

/** Veilig Thuis: meldingen (melder protected), veiligheidstaxaties, onderzoeken, Veiligheidskaart. */
export const veiligThuis: SubgraphDefinitie = {
  naam: 'veilig-thuis',
  entities: [Verstrekking, Dossier, Client, Melder, Melding, Veiligheidstaxatie, Onderzoek, Veiligheidskaart, Verklaring],
  migrations,
  resolvers: [HuishoudenResolver, PersoonResolver, MeldingResolver],
  entiteitTypen: [Huishouden, Persoon],
  referenceResolvers: {
    Huishouden: { __resolveReference: resolveHuishoudenReference },
    Persoon: { __resolveReference: resolvePersoonReference },
  },
  bevestigt: bevestigOnderzoek,
  seed: seedVeiligThuis,
  isLeeg: async (dataSource) => (await dataSource.getRepository(Dossier).count()) === 0,
};

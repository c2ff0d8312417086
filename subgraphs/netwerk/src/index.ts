import { SubgraphDefinitie, Verstrekking } from '@netwerkdossier/shared';

import { BeslissingscontextResolver } from './beslissingscontext.resolver';
import { Betrokkenheid } from './betrokkenheid';
import { BetrokkenheidResolver } from './betrokkenheid.resolver';
import { BevestigingResolver } from './bevestiging.resolver';
import { Doorbraak } from './doorbraak';
import { DoorbraakResolver } from './doorbraak.resolver';
import { Gezag } from './gezag';
import { Huishouden } from './huishouden';
import { resolveHuishoudenReference } from './huishouden.reference';
import { HuishoudenResolver } from './huishouden.resolver';
import { migrations } from './migrations';
import { Persoon } from './persoon';
import { resolvePersoonReference } from './persoon.reference';
import { PersoonResolver } from './persoon.resolver';
import { seedNetwerk } from './seed';
import { Toestemming } from './toestemming';
import { ToestemmingResolver } from './toestemming.resolver';
import { UitlegResolver } from './uitleg.resolver';
import { Logcheckpoint, Logregel } from './toegangslog/logregel';
import { toegangslogRoutes } from './toegangslog/eindpunt';
import { beleidRoutes } from './beleid/eindpunt';
import { BeoordelingsitemResolver } from './toegangslog/beoordelingsitem.resolver';
import { SimulatieResolver } from './toegangslog/simulatie.resolver';
import { ToegangscijfersResolver } from './toegangslog/toegangscijfers.resolver';
import { InzageResolver } from './toegangslog/inzage.resolver';
import { GezinResolver } from './gezin/gezin.resolver';
import { Toestemmingsvraag, Toestemmingsweigering } from './gezin/vraag';
import { VraagResolver } from './gezin/vraag.resolver';
import { Uitnodiging } from './gezin/uitnodiging';
import { UitnodigingResolver } from './gezin/uitnodiging.resolver';
import { Verzoek, Verzoekantwoord } from './gezin/verzoek';
import { VerzoekResolver } from './gezin/verzoek.resolver';
import { Bescherming } from './gezin/bescherming';
import { BeschermingResolver } from './gezin/bescherming.resolver';

/** The network's registry: pseudonyms, gezag, betrokkenheden and toestemmingen. No names, no dossier content. */
export const netwerk: SubgraphDefinitie = {
  naam: 'netwerk',
  entities: [Verstrekking, Huishouden, Persoon, Gezag, Betrokkenheid, Toestemming, Doorbraak, Logregel, Logcheckpoint, Toestemmingsvraag, Toestemmingsweigering, Uitnodiging, Verzoek, Verzoekantwoord, Bescherming],
  migrations,
  resolvers: [HuishoudenResolver, PersoonResolver, BetrokkenheidResolver, BevestigingResolver, BeslissingscontextResolver, ToestemmingResolver, DoorbraakResolver, UitlegResolver, ToegangscijfersResolver, BeoordelingsitemResolver, SimulatieResolver, InzageResolver, GezinResolver, VraagResolver, UitnodigingResolver, VerzoekResolver, BeschermingResolver],
  entiteitTypen: [Huishouden, Persoon],
  referenceResolvers: {
    Huishouden: { __resolveReference: resolveHuishoudenReference },
    Persoon: { __resolveReference: resolvePersoonReference },
  },
  seed: seedNetwerk,
  // a registration locks its household, a confirmation or an inzage changes a betrokkenheid, a toestemming is withdrawn, an invitation is accepted
  wijzigt: { huishouden: ['UPDATE'], betrokkenheid: ['UPDATE'], toestemming: ['UPDATE'], uitnodiging: ['UPDATE'], doorbraak: ['UPDATE'] },
  isLeeg: async (dataSource) => (await dataSource.getRepository(Huishouden).count()) === 0,
  routes: (app, hulp) => {
    toegangslogRoutes(app, hulp);
    return beleidRoutes(app, hulp);
  },
};

export { TOEGANGSLOG_ENTITIES, verifieerToegangslog } from './toegangslog/verificatie';
export type { Bevinding, Getuigenis, Getuigeverslag, Verificatie } from './toegangslog/verificatie';
export { canoniek, hashVan, inhoudHashVan } from './toegangslog/keten';
export { pasBewaartermijnenToe } from './toegangslog/bewaren';
export { leesBeleidInWerking } from './beleid/in-werking';
export { rooster, versies } from './beleid/versies';
export type { Versie } from './beleid/versies';
export { voegToe } from './toegangslog/logboek';
export { SOORTEN, soortInWoorden } from './gezin/woorden';

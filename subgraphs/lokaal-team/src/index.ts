import { Client, Dossier, SubgraphDefinitie, Verstrekking } from '@netwerkdossier/shared';

import { Adres } from './adres';
import { Bestaanszekerheid } from './bestaanszekerheid';
import { Gezinsafspraak } from './gezinsafspraak';
import { Gezinsdoel } from './gezinsdoel';
import { Gezinsplan } from './gezinsplan';
import { GezinsplanResolver } from './gezinsplan.resolver';
import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { Huishouden } from './huishouden';
import { resolveHuishoudenReference } from './huishouden.reference';
import { HuishoudenResolver } from './huishouden.resolver';
import { MdoAdvies } from './mdo-advies';
import { MdoVerslag } from './mdo-verslag';
import { MdoVerslagResolver } from './mdo-verslag.resolver';
import { migrations } from './migrations';
import { namenVan } from './namen';
import { NetwerkLid } from './netwerklid';
import { Personalia } from './personalia';
import { Persoon } from './persoon';
import { resolvePersoonReference } from './persoon.reference';
import { PersoonResolver } from './persoon.resolver';
import { seedLokaalTeam } from './seed';
import { Top3 } from './top3';
import { VerklarendeAnalyse } from './verklarende-analyse';
import { Werkaantekening } from './werkaantekening';

/** Lokaal (wijk)team: gezinssamenstelling with personalia, gezinsplan, Top3, MDO's, netwerk, bestaanszekerheid. */
export const lokaalTeam: SubgraphDefinitie = {
  naam: 'lokaal-team',
  entities: [Verstrekking, 
    Dossier, Client, Personalia, Adres, Gezondheidsnotitie, Gezinsplan, Gezinsdoel, Gezinsafspraak,
    Top3, VerklarendeAnalyse, NetwerkLid, Bestaanszekerheid, MdoVerslag, MdoAdvies, Werkaantekening,
  ],
  migrations,
  resolvers: [HuishoudenResolver, PersoonResolver, GezinsplanResolver, MdoVerslagResolver],
  entiteitTypen: [Huishouden, Persoon],
  referenceResolvers: {
    Huishouden: { __resolveReference: resolveHuishoudenReference },
    Persoon: { __resolveReference: resolvePersoonReference },
  },
  namenVan,
  seed: seedLokaalTeam,
  isLeeg: async (dataSource) => (await dataSource.getRepository(Dossier).count()) === 0,
};

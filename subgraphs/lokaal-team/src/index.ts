import { definieerPartner } from '@netwerkdossier/shared';

import { Adres } from './adres';
import { Bestaanszekerheid } from './bestaanszekerheid';
import { Gezinsafspraak } from './gezinsafspraak';
import { Gezinsdoel } from './gezinsdoel';
import { Gezinsplan } from './gezinsplan';
import { GezinsplanResolver } from './gezinsplan.resolver';
import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { HuishoudenResolver } from './huishouden.resolver';
import { MdoAdvies } from './mdo-advies';
import { MdoVerslag } from './mdo-verslag';
import { MdoVerslagResolver } from './mdo-verslag.resolver';
import { migrations } from './migrations';
import { namenVan } from './namen';
import { NetwerkLid } from './netwerklid';
import { Personalia } from './personalia';
import { PersoonResolver } from './persoon.resolver';
import { seedLokaalTeam } from './seed';
import { Top3 } from './top3';
import { VerklarendeAnalyse } from './verklarende-analyse';
import { Werkaantekening } from './werkaantekening';

/** Lokaal (wijk)team: gezinssamenstelling with personalia, gezinsplan, Top3, MDO's, netwerk, bestaanszekerheid. */
export const lokaalTeam = definieerPartner({
  naam: 'lokaal-team',
  entities: [
    Personalia, Adres, Gezondheidsnotitie, Gezinsplan, Gezinsdoel, Gezinsafspraak,
    Top3, VerklarendeAnalyse, NetwerkLid, Bestaanszekerheid, MdoVerslag, MdoAdvies, Werkaantekening,
  ],
  migrations,
  resolvers: [HuishoudenResolver, PersoonResolver, GezinsplanResolver, MdoVerslagResolver],
  namenVan,
  seed: seedLokaalTeam,
});

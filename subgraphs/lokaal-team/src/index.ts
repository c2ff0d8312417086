import { definieerPartner } from '@netwerkdossier/shared';

import { Adres } from './adres';
import { OnderliggendeFactor, Patroon } from './analyse-delen';
import { Bestaanszekerheid } from './bestaanszekerheid';
import { Gezinsafspraak } from './gezinsafspraak';
import { Gezinsdoel } from './gezinsdoel';
import { Gezinsplan } from './gezinsplan';
import { GezinsplanVersie } from './gezinsplan-versie';
import { GezinsplanResolver } from './gezinsplan.resolver';
import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { HuishoudenResolver } from './huishouden.resolver';
import { MdoAdvies } from './mdo-advies';
import { MdoAfspraak, MdoBesluit } from './mdo-delen';
import { MdoVerslag } from './mdo-verslag';
import { MdoVerslagResolver } from './mdo-verslag.resolver';
import { migrations } from './migrations';
import { namenVan } from './namen';
import { NetwerkLid } from './netwerklid';
import { Personalia } from './personalia';
import { PersoonResolver } from './persoon.resolver';
import { seedLokaalTeam } from './seed';
import { Top3 } from './top3';
import { Top3Kracht, Top3Zorg } from './top3-delen';
import { Top3Resolver } from './top3.resolver';
import { VerklarendeAnalyse } from './verklarende-analyse';
import { VerklarendeAnalyseResolver } from './verklarende-analyse.resolver';
import { Werkaantekening } from './werkaantekening';

/** Lokaal (wijk)team: gezinssamenstelling with personalia, gezinsplan (with its versies), Top3, MDO's, netwerk, bestaanszekerheid. */
export const lokaalTeam = definieerPartner({
  naam: 'lokaal-team',
  entities: [
    Personalia, Adres, Gezondheidsnotitie, Gezinsplan, Gezinsdoel, Gezinsafspraak, GezinsplanVersie,
    Top3, Top3Zorg, Top3Kracht, VerklarendeAnalyse, OnderliggendeFactor, Patroon, NetwerkLid, Bestaanszekerheid,
    MdoVerslag, MdoAdvies, MdoBesluit, MdoAfspraak, Werkaantekening,
  ],
  migrations,
  resolvers: [HuishoudenResolver, PersoonResolver, GezinsplanResolver, MdoVerslagResolver, Top3Resolver, VerklarendeAnalyseResolver],
  namenVan,
  seed: seedLokaalTeam,
});

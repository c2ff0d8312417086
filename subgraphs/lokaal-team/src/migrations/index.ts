import { LokaalTeamDossier1763900000300 } from './1763900000300-LokaalTeamDossier';
import { Betreft1796418000100 } from './1796418000100-Betreft';
import { GezinsdoelEigenaar1796418100000 } from './1796418100000-GezinsdoelEigenaar';
import { Tekstdelen1796430000100 } from './1796430000100-Tekstdelen';
import { GezinsplanVersies1797018000100 } from './1797018000100-GezinsplanVersies';

export const migrations: Function[] = [LokaalTeamDossier1763900000300, Betreft1796418000100, GezinsdoelEigenaar1796418100000, Tekstdelen1796430000100, GezinsplanVersies1797018000100];

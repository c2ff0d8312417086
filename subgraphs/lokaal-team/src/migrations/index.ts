import { LokaalTeamDossier1763900000300 } from './1763900000300-LokaalTeamDossier';
import { GezinsdoelEigenaar1796418100000 } from './1796418100000-GezinsdoelEigenaar';

export const migrations: Function[] = [LokaalTeamDossier1763900000300, GezinsdoelEigenaar1796418100000];

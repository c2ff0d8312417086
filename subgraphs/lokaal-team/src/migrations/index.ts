import { LokaalTeamDossier1763900000300 } from './1763900000300-LokaalTeamDossier';

export const migrations: Function[] = [LokaalTeamDossier1763900000300];

import { Koppeling1763900000000, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000 } from '@netwerkdossier/shared';

import { LokaalTeamDossier1763900000300 } from './1763900000300-LokaalTeamDossier';

export const migrations: Function[] = [Koppeling1763900000000, LokaalTeamDossier1763900000300, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000];

import { Koppeling1763900000000, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000 } from '@netwerkdossier/shared';

import { GiDossier1763900000400 } from './1763900000400-GiDossier';

export const migrations: Function[] = [Koppeling1763900000000, GiDossier1763900000400, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000];

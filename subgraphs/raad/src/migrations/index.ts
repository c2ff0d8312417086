import { Koppeling1763900000000, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000 } from '@netwerkdossier/shared';

import { RaadDossier1763900000500 } from './1763900000500-RaadDossier';

export const migrations: Function[] = [Koppeling1763900000000, RaadDossier1763900000500, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000];

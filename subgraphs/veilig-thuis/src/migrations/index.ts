import { Koppeling1763900000000, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000 } from '@netwerkdossier/shared';

import { VeiligThuisDossier1763900000200 } from './1763900000200-VeiligThuisDossier';
import { Onderzoeker1796210000200 } from './1796210000200-Onderzoeker';

export const migrations: Function[] = [Koppeling1763900000000, VeiligThuisDossier1763900000200, Verstrekkingen1795440000000, VerstrekkingenAlleenAanvullen1795450000000, Onderzoeker1796210000200];

import { VeiligThuisDossier1763900000200 } from './1763900000200-VeiligThuisDossier';
import { Onderzoeker1796210000200 } from './1796210000200-Onderzoeker';
import { Veiligheidsafspraken1796430000200 } from './1796430000200-Veiligheidsafspraken';

export const migrations: Function[] = [VeiligThuisDossier1763900000200, Onderzoeker1796210000200, Veiligheidsafspraken1796430000200];

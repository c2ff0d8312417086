import { GiDossier1763900000400 } from './1763900000400-GiDossier';

export const migrations: Function[] = [GiDossier1763900000400];

import { RaadDossier1763900000500 } from './1763900000500-RaadDossier';

export const migrations: Function[] = [RaadDossier1763900000500];

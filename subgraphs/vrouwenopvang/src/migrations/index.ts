import { VrouwenopvangDossier1796213388156 } from './1796213388156-VrouwenopvangDossier';

export const migrations: Function[] = [VrouwenopvangDossier1796213388156];

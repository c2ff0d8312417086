import { Registratie1763900000100 } from './1763900000100-Registratie';
import { Grondslagen1795428288965 } from './1795428288965-Grondslagen';

export const migrations: Function[] = [Registratie1763900000100, Grondslagen1795428288965];

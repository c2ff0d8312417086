import { Registratie1763900000100 } from './1763900000100-Registratie';

export const migrations: Function[] = [Registratie1763900000100];

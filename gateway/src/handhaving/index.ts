export * from './controle';
export * from './besluitenset';
export * from './reikwijdte';
export * from './snoeien';
export * from './veldkaart';
export * from './voorbereiding';
export * from './uitleg';

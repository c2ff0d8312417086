export * from './netwerk';
export * from './personas';
export * from './subgraphs';
export * from './uitgever';
export * from './huis';
export * from './partner-toets';
export * from './topologie/topologie';
export * from './topologie/nginx';

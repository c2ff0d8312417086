export * from './metingen';
export * from './metingen-plugin';
export * from './routes';
export * from './stoppen';
export * from './tracing';

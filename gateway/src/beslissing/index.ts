export * from './beslis';
export * from './cedar';
export * from './context';
export * from './toestemming';
export * from './uitkomst';
export * from './contextbron';

export * from './regel';
export * from './schrijver';

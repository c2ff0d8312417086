export * from './regel';
export * from './schrijver';
export * from './kruiscontrole';
export * from './getuigen';

export * from './beleid';
export * from './bron';
export * from './laden';
export * from './opzoeken';
export * from './rooster';
export * from './leeftijden';
export * from './houders';
export * from './organisaties';

import { registerEnumType } from 'type-graphql';

export enum Inkomensbron {
  loon = 'loon',
  uitkering = 'uitkering',
  bijstand = 'bijstand',
  geen = 'geen',
}

export enum Huisvesting {
  huurwoning = 'huurwoning',
  koopwoning = 'koopwoning',
  inwonend = 'inwonend',
  tijdelijk = 'tijdelijk',
}

registerEnumType(Inkomensbron, { name: 'Inkomensbron', description: 'Belangrijkste bron van inkomen van het huishouden' });
registerEnumType(Huisvesting, { name: 'Huisvesting', description: 'Hoe het huishouden woont; tijdelijk is bijvoorbeeld opvang of een noodwoning' });

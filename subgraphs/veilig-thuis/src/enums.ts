import { registerEnumType } from 'type-graphql';

export enum Onderzoeksstatus {
  lopend = 'lopend',
  afgerond = 'afgerond',
}

registerEnumType(Onderzoeksstatus, { name: 'Onderzoeksstatus' });

import { registerEnumType } from 'type-graphql';

export enum Beschermingsonderzoekstatus {
  lopend = 'lopend',
  afgerond = 'afgerond',
}

export enum Toetsoordeel {
  akkoord = 'akkoord',
  niet_akkoord = 'niet_akkoord',
  aanvullend_onderzoek = 'aanvullend_onderzoek',
}

export enum Adviessoort {
  advies = 'advies',
  verzoek = 'verzoek',
}

registerEnumType(Beschermingsonderzoekstatus, { name: 'Beschermingsonderzoekstatus' });
registerEnumType(Toetsoordeel, { name: 'Toetsoordeel', description: 'Oordeel van de onafhankelijke toets op een voorgestelde maatregel' });
registerEnumType(Adviessoort, { name: 'Adviessoort', description: 'Advies in een lopende zaak, of een eigen verzoek van de Raad aan de rechter' });

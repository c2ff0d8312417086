import { registerEnumType } from 'type-graphql';

export enum Maatregelsoort {
  ots = 'ots',
  voorlopige_ots = 'voorlopige_ots',
  voogdij = 'voogdij',
  jeugdreclassering = 'jeugdreclassering',
  machtiging_uithuisplaatsing = 'machtiging_uithuisplaatsing',
}

registerEnumType(Maatregelsoort, {
  name: 'Maatregelsoort',
  description: 'Soort kinderbeschermingsmaatregel of jeugdreclassering die de GI uitvoert',
  valuesConfig: {
    ots: { description: 'Ondertoezichtstelling' },
    voorlopige_ots: { description: 'Voorlopige ondertoezichtstelling' },
    machtiging_uithuisplaatsing: { description: 'Machtiging tot uithuisplaatsing, naast een ondertoezichtstelling' },
  },
});

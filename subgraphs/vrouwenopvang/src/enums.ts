import { registerEnumType } from 'type-graphql';

export enum Opvangsoort {
  crisisopvang = 'crisisopvang',
  reguliere_opvang = 'reguliere_opvang',
}

export enum Opvangstatus {
  lopend = 'lopend',
  beeindigd = 'beeindigd',
}

registerEnumType(Opvangsoort, {
  name: 'Opvangsoort',
  description: 'Soort verblijf in de vrouwenopvang',
  valuesConfig: {
    crisisopvang: { description: 'Direct na acuut geweld, voor enkele weken' },
    reguliere_opvang: { description: 'Langer verblijf met begeleiding naar eigen woonruimte' },
  },
});
registerEnumType(Opvangstatus, { name: 'Opvangstatus' });

import { registerEnumType } from 'type-graphql';

export enum Gezinsrol {
  ouder = 'ouder',
  kind = 'kind',
  partner = 'partner',
  ex_partner = 'ex-partner',
  overig = 'overig',
}

export enum Organisatie {
  lokaal_team = 'lokaal-team',
  veilig_thuis = 'veilig-thuis',
  gi = 'gi',
  raad = 'raad',
}

export enum Betrokkenheidsvorm {
  consultatie = 'consultatie',
  duo = 'duo',
  onderzoek = 'onderzoek',
  maatregel = 'maatregel',
}

export enum Toestemmingsvorm {
  schriftelijk = 'schriftelijk',
  mondeling = 'mondeling',
}

registerEnumType(Gezinsrol, { name: 'Gezinsrol', description: 'Rol van een persoon in het huishouden' });
registerEnumType(Organisatie, { name: 'Organisatie', description: 'Partnerorganisatie in het netwerk' });
registerEnumType(Betrokkenheidsvorm, { name: 'Betrokkenheidsvorm', description: 'Vorm van betrokkenheid bij een huishouden' });
registerEnumType(Toestemmingsvorm, { name: 'Toestemmingsvorm' });

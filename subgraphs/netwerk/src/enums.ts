import { PARTNER_NAMEN } from '@netwerkdossier/shared';
import { registerEnumType } from 'type-graphql';

export enum Gezinsrol {
  ouder = 'ouder',
  kind = 'kind',
  partner = 'partner',
  ex_partner = 'ex-partner',
  overig = 'overig',
}

/** A registered partner's name; in the schema an enum value with `_` for `-` (veilig_thuis). */
export type Organisatie = string;

/** The GraphQL enum of the registered partners, built from the registry: one value per `partner.json`. */
export const Organisatie: Readonly<Record<string, string>> = Object.fromEntries(PARTNER_NAMEN.map((naam) => [naam.replace(/-/g, '_'), naam]));

export enum Betrokkenheidsvorm {
  consultatie = 'consultatie',
  duo = 'duo',
  onderzoek = 'onderzoek',
  maatregel = 'maatregel',
}

export enum Toestemmingsvorm {
  schriftelijk = 'schriftelijk',
  mondeling = 'mondeling',
  /** Given by the household member in the app (a toestemmingsvraag). */
  digitaal = 'digitaal',
}

registerEnumType(Gezinsrol, { name: 'Gezinsrol', description: 'Rol van een persoon in het huishouden' });
registerEnumType(Organisatie, { name: 'Organisatie', description: 'Partnerorganisatie in het netwerk' });
registerEnumType(Betrokkenheidsvorm, { name: 'Betrokkenheidsvorm', description: 'Vorm van betrokkenheid bij een huishouden' });
registerEnumType(Toestemmingsvorm, { name: 'Toestemmingsvorm' });

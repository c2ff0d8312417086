import { Field, ID, InputType } from 'type-graphql';

import { Organisatie, Toestemmingsvorm } from './enums';

@InputType({ description: 'Een toestemming van of voor één persoon' })
export class ToestemmingInvoer {
  @Field(() => ID, { description: 'De persoon om wie het gaat' })
  persoon!: string;

  @Field(() => [ID], { description: 'Wie instemde: de persoon zelf en/of gezaghebbenden' })
  gegevenDoor!: string[];

  @Field(() => Organisatie)
  ontvangerOrganisatie!: Organisatie;

  @Field(() => String, { nullable: true, description: 'Alleen dit team van die organisatie' })
  ontvangerTeam?: string | null;

  @Field(() => String, { nullable: true, description: 'Alleen deze professional van die organisatie' })
  ontvangerProfessional?: string | null;

  @Field(() => [String])
  categorieen!: string[];

  @Field({ description: 'Het doel uit het beleid, bijvoorbeeld gezamenlijk-plan' })
  doel!: string;

  @Field(() => Toestemmingsvorm)
  vorm!: Toestemmingsvorm;

  @Field({ description: 'Verwijzing naar het bewijs: formulier of gespreksverslag' })
  bewijs!: string;

  @Field({ description: 'Datum (JJJJ-MM-DD)' })
  geldigVanaf!: string;

  @Field(() => String, { nullable: true })
  geldigTot?: string | null;
}

import { Field, ID, InputType } from 'type-graphql';

import { Organisatie } from '../enums';

@InputType({ description: 'Een toestemming die een gezinslid in de app vraagt en zelf meteen geeft: voor uzelf of voor uw kind' })
export class ToestemmingsvraagInvoer {
  @Field(() => ID, { description: 'Om wie het gaat: uzelf, of een kind over wie u gezag heeft' })
  persoon!: string;

  @Field(() => Organisatie)
  ontvangerOrganisatie!: Organisatie;

  @Field(() => String, { nullable: true, description: 'Alleen deze professional van die organisatie' })
  ontvangerProfessional?: string | null;

  @Field(() => [String], { description: 'Welke soorten gegevens (zie toestemmingskeuzes)' })
  categorieen!: string[];

  @Field(() => String, { nullable: true, description: 'Tot en met welke datum (JJJJ-MM-DD); leeg: tot u haar intrekt' })
  geldigTot?: string | null;
}

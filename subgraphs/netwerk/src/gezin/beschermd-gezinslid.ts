import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';

/** A household member beschermd now, as the professionals who work with the household see it. */
@ObjectType({ description: 'Een gezinslid dat nu beschermd is' })
export class BeschermdGezinslid {
  @Field(() => ID)
  @Categorie('pseudoniem')
  huishouden!: string;

  @Field(() => ID)
  @Categorie('pseudoniem')
  persoon!: string;

  @Field({ description: 'Sinds wanneer' })
  @Categorie('grondslag')
  sinds!: Date;

  @Field({ description: 'U markeerde het zelf (dan mag u het ook opheffen, net als de regiehouder)' })
  @Categorie('grondslag')
  doorU!: boolean;
}

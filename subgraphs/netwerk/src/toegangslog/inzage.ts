import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';

/** One access to a household member's data, as the member reads it. */
@ObjectType({ description: 'Eén keer dat iemand gegevens over u (of uw kind) zag, in gewone taal' })
export class Inzageregel {
  @Field()
  @Categorie('grondslag')
  tijdstip!: Date;

  @Field(() => String, { nullable: true, description: 'De organisatie van wie keek' })
  @Categorie('grondslag')
  organisatie!: string | null;

  @Field({ description: 'Als wat: professional, gedragswetenschapper' })
  @Categorie('grondslag')
  rol!: string;

  @Field(() => [String])
  @Categorie('grondslag')
  categorieen!: string[];

  @Field({ description: 'Waarop: uw toestemming, de wet, een doorbraak, het eigen dossier van de organisatie, of geanonimiseerd' })
  @Categorie('grondslag')
  grondslag!: string;

  @Field()
  @Categorie('grondslag')
  doorbraak!: boolean;

  @Field({ description: 'Hetzelfde in één zin' })
  @Categorie('grondslag')
  omschrijving!: string;
}

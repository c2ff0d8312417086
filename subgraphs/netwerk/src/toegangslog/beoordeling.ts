import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

/** An access the privacy officer reviews: one on a doorbraak or on a statutory basis. */
@ObjectType({ description: 'Een toegang die de privacyfunctionaris beoordeelt: op een doorbraak of een wettelijke grondslag' })
export class Beoordeling {
  @Field(() => Int, { description: 'Het record in het toegangslog' })
  @Categorie('grondslag')
  volgnummer!: number;

  @Field()
  @Categorie('grondslag')
  tijdstip!: Date;

  @Field({ description: 'doorbraak of wettelijk' })
  @Categorie('grondslag')
  soort!: string;

  @Field()
  @Categorie('grondslag')
  wie!: string;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  organisatie!: string | null;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  doel!: string | null;

  @Field(() => [ID])
  @Categorie('grondslag')
  huishoudens!: string[];

  @Field({ description: 'De opgegeven reden: de reden van de doorbraak, of de grondslag met de afweging' })
  @Categorie('grondslag')
  reden!: string;

  @Field(() => GraphQLJSON, { description: 'Wat er op deze grondslag is verstrekt' })
  @Categorie('grondslag')
  verstrekt!: unknown;

  @Field(() => String, { nullable: true, description: 'De conclusie, zodra beoordeeld' })
  @Categorie('grondslag')
  conclusie!: string | null;
}

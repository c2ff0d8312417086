import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';

/** A doorbraak of the caller's own that is still running: what the dossier page shows as a banner, with a way to end it. */
@ObjectType({ description: 'Een lopende doorbraak van uzelf: tot wanneer, van wie en welke gegevens' })
export class LopendeDoorbraak {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field(() => ID)
  @Categorie('pseudoniem')
  huishouden!: string;

  @Field(() => [ID])
  @Categorie('grondslag')
  personen!: string[];

  @Field(() => [String])
  @Categorie('grondslag')
  categorieen!: string[];

  @Field()
  @Categorie('grondslag')
  begintOp!: Date;

  @Field()
  @Categorie('grondslag')
  eindigtOp!: Date;
}

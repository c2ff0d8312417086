import { Categorie } from '@netwerkdossier/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType()
export class Huishouden {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;
}

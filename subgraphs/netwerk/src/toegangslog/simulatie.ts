import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';

/** A member as the simulator names them, without a name. */
@ObjectType({ description: 'Een gezinslid zoals de simulator het noemt: rol en leeftijdsgroep' })
export class Simulatielid {
  @Field(() => ID)
  @Categorie('grondslag')
  id!: string;

  @Field({ description: '"Kind 1 (8–11 jaar)"' })
  @Categorie('grondslag')
  aanduiding!: string;
}

/** One household of a persona's own list, as that persona names it, for the privacy officer's simulator. */
@ObjectType({ description: 'Een huishouden uit de eigen lijst van een persona, zoals die persona het noemt' })
export class Simulatiehuishouden {
  @Field(() => ID)
  @Categorie('grondslag')
  id!: string;

  @Field({ description: 'Het kenmerk in de lijst van de persona (de eerste 8 tekens van het pseudoniem)' })
  @Categorie('grondslag')
  kenmerk!: string;

  @Field()
  @Categorie('grondslag')
  omschrijving!: string;

  @Field(() => [String], { description: 'De vormen waarin de persona betrokken is' })
  @Categorie('grondslag')
  vormen!: string[];

  @Field(() => [Simulatielid])
  @Categorie('grondslag')
  leden!: Simulatielid[];
}

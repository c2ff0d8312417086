import { Categorie } from '@netwerkdossier/shared';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import { Betrokkenheid } from './betrokkenheid';
import { Doorbraak } from './doorbraak';
import { Gezinsrol } from './enums';
import { Toestemming } from './toestemming';

/** A person as the decision point needs them: age, rol, who holds gezag and whether beschermd. Internal to the gateway. */
@Directive('@inaccessible')
@ObjectType()
export class ContextPersoon {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field(() => Int, { nullable: true })
  @Categorie('grondslag')
  geboortejaar!: number | null;

  @Field(() => Gezinsrol)
  @Categorie('grondslag')
  rol!: Gezinsrol;

  @Field(() => [ID])
  @Categorie('grondslag')
  gezaghebbenden!: string[];

  @Field({ description: 'Beschermd (bijvoorbeeld in de opvang): niets in de app van de andere gezinsleden verraadt de verblijfplaats' })
  @Categorie('grondslag')
  beschermd!: boolean;
}

/** Everything the gateway's decisions for one household depend on. Not in the public schema. */
@Directive('@inaccessible')
@ObjectType()
export class Beslissingscontext {
  @Field(() => ID)
  @Categorie('pseudoniem')
  huishouden!: string;

  @Field(() => [ContextPersoon])
  @Categorie('grondslag')
  personen!: ContextPersoon[];

  @Field(() => [Betrokkenheid])
  @Categorie('grondslag')
  betrokkenheden!: Betrokkenheid[];

  @Field(() => [Toestemming])
  @Categorie('grondslag')
  toestemmingen!: Toestemming[];

  @Field(() => [Doorbraak], { description: 'Doorbraken die nu lopen' })
  @Categorie('grondslag')
  doorbraken!: Doorbraak[];
}

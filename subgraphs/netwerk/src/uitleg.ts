import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum Uitkomst {
  zichtbaar = 'zichtbaar',
  geanonimiseerd = 'geanonimiseerd',
  afgeschermd = 'afgeschermd',
}
registerEnumType(Uitkomst, { name: 'Uitkomst', description: 'Wat een vrager van een cel te zien krijgt' });

/** One cell of the decision table: this person, this category, this partner's data. */
@ObjectType({ description: 'Eén beslissing: voor deze persoon, deze categorie en de gegevens van deze partner' })
export class Beslissing {
  @Field(() => ID, { nullable: true, description: 'Leeg als u niet bij het huishouden betrokken bent: dan noemt de uitleg niemand' })
  @Categorie('pseudoniem')
  persoon!: string | null;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  categorie!: string | null;

  @Field(() => String, { nullable: true, description: 'De partner wiens gegevens het zijn (netwerk: het register zelf)' })
  @Categorie('grondslag')
  partner!: string | null;

  @Field(() => Uitkomst)
  @Categorie('grondslag')
  uitkomst!: Uitkomst;

  @Field({ description: 'De regel uit het beleid die besliste, bijvoorbeeld matrix/hulpverlening/duo' })
  @Categorie('grondslag')
  regel!: string;

  @Field({ description: 'De reden, zoals een professional die leest' })
  @Categorie('grondslag')
  reden!: string;
}

/** The caller's (or, for the privacy officer, a persona's) whole decision table for one household. */
@ObjectType({ description: 'Uw volledige beslistabel voor één huishouden en één doel, met de versie van het beleid' })
export class Uitleg {
  @Field(() => ID)
  @Categorie('pseudoniem')
  huishouden!: string;

  @Field()
  @Categorie('grondslag')
  doel!: string;

  @Field({ description: 'Voor wie beslist is (sub); bij de simulator de gekozen persona' })
  @Categorie('grondslag')
  vrager!: string;

  @Field()
  @Categorie('grondslag')
  beleidsversie!: string;

  @Field(() => [Beslissing])
  @Categorie('grondslag')
  beslissingen!: Beslissing[];
}

/** A persona for the privacy officer's simulator: "what would X see of household Y for doel Z?". */
@InputType({ description: 'Een persona voor de simulator van de privacyfunctionaris' })
export class PersonaInvoer {
  @Field()
  sub!: string;

  @Field()
  organisatie!: string;

  @Field(() => String, { nullable: true })
  team!: string | null;

  @Field()
  rol!: string;
}

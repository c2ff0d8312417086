import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** What the member and the privacy officer both read of a request: what about, why, and the answer once given (inherited; never returned itself, so not in the schema). */
@ObjectType({ description: 'Wat een gezinslid en de privacyfunctionaris allebei van een verzoek lezen' })
abstract class Verzoekinhoud {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field()
  @Categorie('grondslag')
  over!: string;

  @Field()
  @Categorie('grondslag')
  toelichting!: string;

  @Field()
  @Categorie('grondslag')
  ingediendOp!: Date;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  antwoord!: string | null;

  @Field(() => Date, { nullable: true })
  @Categorie('grondslag')
  beantwoordOp!: Date | null;
}

@ObjectType({ description: 'Een bezwaar of verzoek van u, en het antwoord' })
export class MijnVerzoek extends Verzoekinhoud {
  @Field({ description: 'Wat voor verzoek, in woorden' })
  @Categorie('grondslag')
  soort!: string;

  @Field()
  @Categorie('grondslag')
  organisatie!: string;

  @Field({ description: 'Waar het staat, in één zin' })
  @Categorie('grondslag')
  omschrijving!: string;
}

@ObjectType({ description: 'Een bezwaar of verzoek van een gezinslid, voor de privacyfunctionaris van de organisatie' })
export class Gezinsverzoek extends Verzoekinhoud {
  @Field(() => ID, { description: 'Het huishouden (pseudoniem)' })
  @Categorie('pseudoniem')
  huishouden!: string;

  @Field(() => ID, { description: 'Het gezinslid dat het indiende (pseudoniem)' })
  @Categorie('pseudoniem')
  persoon!: string;

  @Field({ description: 'bezwaar, correctie of verwijdering' })
  @Categorie('grondslag')
  soort!: string;

  @Field(() => Int, { nullable: true, description: 'De toegang waartegen het bezwaar is (volgnummer in het toegangslog)' })
  @Categorie('grondslag')
  logregel!: number | null;
}

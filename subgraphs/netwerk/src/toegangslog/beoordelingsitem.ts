import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/**
 * One thing the privacy officer reviews: every access on one doorbraak or one statutory betrokkenheid,
 * however many page views it took, until a conclusion closes it. Accesses on the same grondslag after
 * that conclusion form a new item.
 */
@ObjectType({ description: 'Wat de privacyfunctionaris beoordeelt: alle raadplegingen op één doorbraak of één wettelijke betrokkenheid, tot een conclusie het afsluit' })
export class Beoordelingsitem {
  @Field(() => ID, { description: 'De grondslag en het eerste record: doorbraak:<id>#<volgnummer> of betrokkenheid:<id>#<volgnummer>' })
  @Categorie('grondslag')
  id!: string;

  @Field({ description: 'doorbraak of wettelijk' })
  @Categorie('grondslag')
  soort!: string;

  @Field(() => ID)
  @Categorie('grondslag')
  huishouden!: string;

  @Field({ description: 'Het huishouden zonder namen: wie er deel van uitmaken en sinds wanneer het in het netwerk staat' })
  @Categorie('grondslag')
  huishoudenOmschrijving!: string;

  @Field(() => [String], { description: 'De personen over wie iets is verstrekt, met hun rol in het gezin: "Kind 1 (8–11 jaar)"' })
  @Categorie('grondslag')
  personen!: string[];

  @Field(() => [String], { description: 'Wat er is verstrekt, in woorden, en van welke organisatie' })
  @Categorie('grondslag')
  categorieen!: string[];

  @Field(() => [String], { description: 'De organisaties van wie gegevens zijn verstrekt' })
  @Categorie('grondslag')
  partners!: string[];

  @Field({ description: 'De professional die raadpleegde (sub)' })
  @Categorie('grondslag')
  wie!: string;

  @Field({ description: 'Zijn of haar naam, zoals de organisatie die opgaf; anders de sub' })
  @Categorie('grondslag')
  professional!: string;

  @Field()
  @Categorie('grondslag')
  organisatie!: string;

  @Field(() => [String])
  @Categorie('grondslag')
  doelen!: string[];

  @Field({ description: 'De opgegeven reden: de reden van de doorbraak, of de grondslag met de afweging' })
  @Categorie('grondslag')
  reden!: string;

  @Field({ description: 'De eerste raadpleging' })
  @Categorie('grondslag')
  van!: Date;

  @Field({ description: 'De laatste raadpleging' })
  @Categorie('grondslag')
  tot!: Date;

  @Field(() => [Int], { description: 'De records in het toegangslog' })
  @Categorie('grondslag')
  volgnummers!: number[];

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  conclusie!: string | null;

  @Field(() => String, { nullable: true, description: 'Wie de conclusie schreef (sub)' })
  @Categorie('grondslag')
  beoordeeldDoor!: string | null;

  @Field(() => Date, { nullable: true })
  @Categorie('grondslag')
  beoordeeldOp!: Date | null;
}

/** What the privacy officer filters on; an officer sees only the items that concern the own organisation. */
@InputType({ description: 'Filters op de beoordelingen; u ziet alleen wat uw eigen organisatie aangaat' })
export class Beoordelingsfilter {
  @Field(() => String, { nullable: true, description: 'doorbraak of wettelijk' })
  soort?: string | null;

  @Field(() => String, { nullable: true, description: 'De organisatie van de professional die raadpleegde' })
  organisatie?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: alleen open; false: alleen afgesloten; leeg: beide' })
  open?: boolean | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD: alleen wat op of na deze dag geraadpleegd is' })
  vanaf?: string | null;

  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD: alleen wat op of vóór deze dag geraadpleegd is' })
  totEnMet?: string | null;
}

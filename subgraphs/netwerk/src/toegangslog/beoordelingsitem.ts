import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/**
 * One thing the privacy officer reviews: every access on one doorbraak or one statutory betrokkenheid,
 * however many page views it took, until a conclusion closes it. Accesses on the same grondslag after
 * that conclusion form a new item.
 */
@ObjectType({ description: 'Wat de privacyfunctionaris beoordeelt: alle raadplegingen op één doorbraak of één wettelijke betrokkenheid, tot een conclusie het afsluit' })
export class Beoordelingsitem {
  @Field(() => ID, { description: 'De grondslag en het eerste record: doorbraak:<id>#<volgnummer> of betrokkenheid:<id>#<volgnummer>; bij een bezwaar bezwaar:<id>' })
  @Categorie('grondslag')
  id!: string;

  @Field({ description: 'doorbraak, wettelijk of bezwaar (van een gezinslid, AVG artikel 21)' })
  @Categorie('grondslag')
  soort!: string;

  @Field(() => ID)
  @Categorie('grondslag')
  huishouden!: string;

  @Field({ description: 'Het huishouden zonder namen: wie er deel van uitmaken en sinds wanneer het in het netwerk staat' })
  @Categorie('grondslag')
  huishoudenOmschrijving!: string;

  @Field(() => [String], { description: 'De personen over wie iets is verstrekt, met hun rol in het gezin: "Kind 1 (8–11 jaar)"; bij een bezwaar het gezinslid dat het indiende' })
  @Categorie('grondslag')
  personen!: string[];

  @Field(() => [String], { description: 'Wat er is verstrekt, in woorden, en van welke organisatie' })
  @Categorie('grondslag')
  categorieen!: string[];

  @Field(() => [String], { description: 'De organisaties van wie gegevens zijn verstrekt' })
  @Categorie('grondslag')
  partners!: string[];

  @Field(() => String, { nullable: true, description: 'De professional die raadpleegde (sub); leeg bij een bezwaar dat geen raadpleging noemt' })
  @Categorie('grondslag')
  wie!: string | null;

  @Field(() => String, { nullable: true, description: 'Zijn of haar naam, zoals de organisatie die opgaf; anders de sub' })
  @Categorie('grondslag')
  professional!: string | null;

  @Field({ description: 'De organisatie van de professional; bij een bezwaar zonder raadpleging de organisatie die het gezinslid noemde' })
  @Categorie('grondslag')
  organisatie!: string;

  @Field(() => [String])
  @Categorie('grondslag')
  doelen!: string[];

  @Field({ description: 'De opgegeven reden: de reden van de doorbraak, de grondslag met de afweging, of bij een bezwaar waarover en de toelichting van het gezinslid' })
  @Categorie('grondslag')
  reden!: string;

  @Field({ description: 'De eerste raadpleging (bij een bezwaar: de raadpleging waartegen het is, of anders de indiening)' })
  @Categorie('grondslag')
  van!: Date;

  @Field({ description: 'De laatste raadpleging (bij een bezwaar: de indiening)' })
  @Categorie('grondslag')
  tot!: Date;

  @Field(() => [Int], { description: 'De records in het toegangslog' })
  @Categorie('grondslag')
  volgnummers!: number[];

  @Field(() => String, { nullable: true, description: 'Bij een wettelijke grondslag: wie die bevestigde, een tweede professional (sub) of het dossier van de eigen organisatie (dossier:<organisatie>)' })
  @Categorie('grondslag')
  bevestigdDoor!: string | null;

  @Field(() => String, { nullable: true, description: 'Waarmee: het kenmerk van het dossierstuk, of de rol van wie bevestigde' })
  @Categorie('grondslag')
  bevestigdMet!: string | null;

  @Field(() => Date, { nullable: true })
  @Categorie('grondslag')
  bevestigdOp!: Date | null;

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
  @Field(() => String, { nullable: true, description: 'doorbraak, wettelijk of bezwaar' })
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

import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Een doorbraak voor genoemde personen en categorieën' })
export class DoorbraakInvoer {
  @Field(() => ID)
  huishouden!: string;

  @Field(() => [ID])
  personen!: string[];

  @Field(() => [String])
  categorieen!: string[];

  @Field({ description: 'Welke ernstige zorg over veiligheid, en waarom toestemming nu niet kan' })
  reden!: string;

  @Field(() => Int, { description: 'Hoe lang, in uren; hoogstens wat het beleid toestaat' })
  uren!: number;
}

import { Field, ID, InputType } from 'type-graphql';

import { Betrokkenheidsvorm, Organisatie } from './enums';

@InputType({ description: 'Een nieuwe betrokkenheid bij een huishouden' })
export class BetrokkenheidInvoer {
  @Field(() => ID)
  huishouden!: string;

  @Field(() => Organisatie, { description: 'De organisatie van de betrokken professional' })
  organisatie!: Organisatie;

  @Field()
  team!: string;

  @Field({ description: 'Identiteit (subject) van de betrokken professional' })
  professional!: string;

  @Field(() => Betrokkenheidsvorm)
  vorm!: Betrokkenheidsvorm;

  @Field({ description: 'Voert deze betrokkene de casusregie?' })
  regiehouder!: boolean;

  @Field({ description: 'Datum (JJJJ-MM-DD)' })
  vanaf!: string;

  @Field(() => String, { nullable: true })
  tot?: string | null;

  @Field(() => String, { nullable: true, description: 'Verplicht bij een onderzoek van Veilig Thuis of de Raad' })
  grondslag?: string | null;

  @Field(() => String, { nullable: true, description: 'Verplicht bij een grondslag: proportionaliteit en subsidiariteit, in eigen woorden' })
  afweging?: string | null;

  @Field(() => String, { nullable: true, description: 'Verplicht bij een maatregel van de GI' })
  uitspraakkenmerk?: string | null;
}

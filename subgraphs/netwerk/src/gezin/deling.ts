import { Categorie } from '@netwerkdossier/shared';
import { Field, ObjectType } from 'type-graphql';

/** One basis on which an organisation may see something about the caller. */
@ObjectType({ description: 'Waarop een organisatie iets over u mag zien, en wat' })
export class Delingsgrond {
  @Field({ description: 'toestemming, wettelijk, geanonimiseerd of doorbraak' })
  @Categorie('grondslag')
  soort!: string;

  @Field(() => [String])
  @Categorie('grondslag')
  categorieen!: string[];

  @Field(() => String, { nullable: true, description: 'Tot wanneer (JJJJ-MM-DD of een tijdstip), als dat vastligt' })
  @Categorie('grondslag')
  tot!: string | null;

  @Field({ description: 'Hetzelfde in één zin' })
  @Categorie('grondslag')
  omschrijving!: string;
}

/** One organisation involved with the caller's household, and what it may see about the caller. */
@ObjectType({ description: 'Een organisatie die bij uw huishouden betrokken is, en wat zij over u mag zien' })
export class Deling {
  @Field({ description: 'Bijvoorbeeld veilig-thuis' })
  @Categorie('grondslag')
  organisatie!: string;

  @Field({ description: 'De naam in gewone taal' })
  @Categorie('grondslag')
  naam!: string;

  @Field(() => [String])
  @Categorie('grondslag')
  teams!: string[];

  @Field(() => [String], { description: 'consultatie, duo, onderzoek of maatregel' })
  @Categorie('grondslag')
  vormen!: string[];

  @Field({ description: 'Betrokken sinds (JJJJ-MM-DD)' })
  @Categorie('grondslag')
  sinds!: string;

  @Field({ description: 'Deze organisatie voert de regie (casusregie)' })
  @Categorie('grondslag')
  regiehouder!: boolean;

  @Field(() => [Delingsgrond])
  @Categorie('grondslag')
  grondslagen!: Delingsgrond[];

  @Field({ description: 'Hetzelfde in één zin' })
  @Categorie('grondslag')
  omschrijving!: string;
}

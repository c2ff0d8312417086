import { Categorie } from '@netwerkdossier/shared';
import { Field, Int, ObjectType } from 'type-graphql';

/** Part of one access: the categories shown on one grondslag. */
@ObjectType({ description: 'Welke gegevens op één grondslag te zien waren' })
export class Inzagegrond {
  @Field({ description: 'gezin, toestemming, wettelijk, doorbraak, eigen (het eigen dossier van de organisatie) of geanonimiseerd' })
  @Categorie('grondslag')
  soort!: string;

  @Field(() => [String])
  @Categorie('grondslag')
  categorieen!: string[];

  @Field({ description: 'Waarop, in gewone taal: met toestemming, op grond van de wet, in het eigen dossier van Veilig Thuis, …' })
  @Categorie('grondslag')
  grondslag!: string;
}

/** One access to a household member's data, as the member reads it. */
@ObjectType({ description: 'Eén keer dat iemand gegevens over u (of uw kind) zag, in gewone taal' })
export class Inzageregel {
  @Field(() => Int, { description: 'Het nummer in het toegangslog: daarmee maakt u bezwaar tegen deze inzage' })
  @Categorie('grondslag')
  volgnummer!: number;

  @Field({ description: 'Dit was u zelf, in deze app' })
  @Categorie('grondslag')
  eigen!: boolean;

  @Field()
  @Categorie('grondslag')
  tijdstip!: Date;

  @Field(() => String, { nullable: true, description: 'De organisatie van wie keek' })
  @Categorie('grondslag')
  organisatie!: string | null;

  @Field({ description: 'Als wat: professional, gedragswetenschapper' })
  @Categorie('grondslag')
  rol!: string;

  @Field(() => String, { nullable: true, description: 'De naam van wie keek, waar het beleid dat toestaat (policies/inzage.yaml naam_professional: de vormen waarin een professional met het gezin werkt)' })
  @Categorie('grondslag')
  professional!: string | null;

  @Field(() => [String])
  @Categorie('grondslag')
  categorieen!: string[];

  @Field(() => [Inzagegrond], { description: 'Per grondslag welke gegevens: wat op de ene grond te zien was, staat niet onder een andere' })
  @Categorie('grondslag')
  grondslagen!: Inzagegrond[];

  @Field()
  @Categorie('grondslag')
  doorbraak!: boolean;

  @Field({ description: 'Hetzelfde in één zin' })
  @Categorie('grondslag')
  omschrijving!: string;
}

import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';

/** A consent of or for the caller, or one the caller gave (for a child), as a household member reads it. */
@ObjectType({ description: 'Een toestemming van of voor u, of die u gaf (bijvoorbeeld voor uw kind)' })
export class MijnToestemming {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field(() => ID, { description: 'Om wie het gaat, als pseudoniem: de app zet er de naam van uw eigen kind bij, waar het beleid die laat zien' })
  @Categorie('pseudoniem')
  persoon!: string;

  @Field({ description: 'Om wie het gaat: "uzelf", of een gezinslid zonder naam, zoals "Kind 1 (8–11 jaar)"' })
  @Categorie('grondslag')
  voorWie!: string;

  @Field({ description: 'U gaf deze toestemming zelf (en kunt haar dus intrekken)' })
  @Categorie('grondslag')
  doorU!: boolean;

  @Field({ description: 'De organisatie die de gegevens mag zien, bijvoorbeeld veilig-thuis' })
  @Categorie('grondslag')
  organisatie!: string;

  @Field({ description: 'Wie de gegevens mag zien, in gewone taal: de organisatie, en eventueel alleen een team of professional' })
  @Categorie('grondslag')
  ontvanger!: string;

  @Field(() => [String])
  @Categorie('grondslag')
  categorieen!: string[];

  @Field(() => [String], { description: 'Welke soorten gegevens, in gewone taal' })
  @Categorie('grondslag')
  soorten!: string[];

  @Field()
  @Categorie('grondslag')
  doel!: string;

  @Field({ description: 'Waarvoor, in gewone taal' })
  @Categorie('grondslag')
  waarvoor!: string;

  @Field({ description: 'schriftelijk of mondeling' })
  @Categorie('grondslag')
  vorm!: string;

  @Field()
  @Categorie('grondslag')
  geldigVanaf!: string;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  geldigTot!: string | null;

  @Field(() => Date, { nullable: true })
  @Categorie('grondslag')
  ingetrokkenOp!: Date | null;

  @Field({ description: 'Nu geldig: niet ingetrokken en binnen de periode' })
  @Categorie('grondslag')
  geldig!: boolean;

  @Field({ description: 'Hetzelfde in één zin' })
  @Categorie('grondslag')
  omschrijving!: string;
}

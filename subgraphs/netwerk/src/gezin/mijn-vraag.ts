import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, ObjectType } from 'type-graphql';

/** One person's answer to a vraag, as far as the reader may know who that is. */
@ObjectType({ description: 'Het antwoord van één persoon op een toestemmingsvraag' })
export class Vraagantwoord {
  @Field({ description: 'Wie: "u", een gezinslid ("Ouder 2 (40–49 jaar)"), of "een andere gezaghebbende" als u niet mag weten wie' })
  @Categorie('grondslag')
  wie!: string;

  @Field({ description: 'gegeven, geweigerd, ingetrokken of nog-niet' })
  @Categorie('grondslag')
  antwoord!: string;

  @Field({ description: 'Dit bent u' })
  @Categorie('grondslag')
  ikZelf!: boolean;
}

/** A consent asked in the app, for or by the reader, with everyone's answer. */
@ObjectType({ description: 'Een toestemming die in de app is gevraagd: voor u, door u, of die u moet beantwoorden' })
export class MijnToestemmingsvraag {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field(() => ID, { description: 'Om wie het gaat, als pseudoniem' })
  @Categorie('pseudoniem')
  persoon!: string;

  @Field({ description: 'Om wie het gaat: "uzelf" of een gezinslid' })
  @Categorie('grondslag')
  voorWie!: string;

  @Field({ description: 'Wie de gegevens mag zien, in gewone taal' })
  @Categorie('grondslag')
  ontvanger!: string;

  @Field(() => [String], { description: 'Welke soorten gegevens, in gewone taal' })
  @Categorie('grondslag')
  soorten!: string[];

  @Field(() => String, { nullable: true, description: 'Tot en met (JJJJ-MM-DD); leeg: tot iemand haar intrekt' })
  @Categorie('grondslag')
  geldigTot!: string | null;

  @Field({ description: 'wacht, gegeven, geweigerd, ingetrokken of verlopen' })
  @Categorie('grondslag')
  status!: string;

  @Field({ description: 'Waar de vraag staat, in één zin' })
  @Categorie('grondslag')
  omschrijving!: string;

  @Field(() => [Vraagantwoord])
  @Categorie('grondslag')
  antwoorden!: Vraagantwoord[];

  @Field({ description: 'U moet deze vraag nog beantwoorden' })
  @Categorie('grondslag')
  uwBeurt!: boolean;

  @Field(() => String, { nullable: true, description: 'Bij een uitnodiging van een professional: verstuurd of aangenomen' })
  @Categorie('grondslag')
  uitnodiging!: string | null;

  @Field(() => ID, { nullable: true, description: 'Uw eigen ja, zolang het geldt: trekToestemmingIn trekt het in en sluit de vraag' })
  @Categorie('pseudoniem')
  uwToestemming!: string | null;
}

/** A choice in the app's consent form. */
@ObjectType({ description: 'Een keuze in het toestemmingsformulier' })
export class Keuze {
  @Field({ description: 'De waarde die u meestuurt' })
  @Categorie('grondslag')
  waarde!: string;

  @Field({ description: 'Wat u leest' })
  @Categorie('grondslag')
  naam!: string;

  @Field(() => String, { nullable: true, description: 'Een voorbeeld of toelichting' })
  @Categorie('grondslag')
  uitleg!: string | null;

  @Field(() => String, { nullable: true, description: 'Bij een professional: de organisatie (als ontvangerOrganisatie)' })
  @Categorie('grondslag')
  organisatie!: string | null;
}

/** What a member can choose when giving consent in the app. */
@ObjectType({ description: 'Wat u kunt kiezen als u toestemming geeft' })
export class Toestemmingskeuzes {
  @Field(() => [Keuze], { description: 'Voor wie u toestemming kunt geven: uzelf en de kinderen over wie u (mee)beslist' })
  @Categorie('grondslag')
  voorWie!: Keuze[];

  @Field(() => [Keuze])
  @Categorie('grondslag')
  organisaties!: Keuze[];

  @Field(() => [Keuze], { description: 'Professionals die nu bij uw huishouden betrokken zijn, met hun organisatie' })
  @Categorie('grondslag')
  professionals!: Keuze[];

  @Field(() => [Keuze], { description: 'Professionals van de partners die u kunt uitnodigen (nog niet bij uw huishouden betrokken), met hun organisatie' })
  @Categorie('grondslag')
  uitTeNodigen!: Keuze[];

  @Field(() => [Keuze], { description: 'Soorten gegevens, elk met een voorbeeld' })
  @Categorie('grondslag')
  soorten!: Keuze[];
}

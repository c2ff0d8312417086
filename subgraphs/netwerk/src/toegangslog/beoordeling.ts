import { Categorie } from '@netwerkdossier/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

/** An access the privacy officer reviews: one on a doorbraak or on a statutory basis. */
@ObjectType({ description: 'Een toegang die de privacyfunctionaris beoordeelt: op een doorbraak of een wettelijke grondslag' })
export class Beoordeling {
  @Field(() => Int, { description: 'Het record in het toegangslog' })
  @Categorie('grondslag')
  volgnummer!: number;

  @Field()
  @Categorie('grondslag')
  tijdstip!: Date;

  @Field({ description: 'doorbraak of wettelijk' })
  @Categorie('grondslag')
  soort!: string;

  @Field()
  @Categorie('grondslag')
  wie!: string;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  organisatie!: string | null;

  @Field(() => String, { nullable: true })
  @Categorie('grondslag')
  doel!: string | null;

  @Field(() => [ID])
  @Categorie('grondslag')
  huishoudens!: string[];

  @Field({ description: 'De opgegeven reden: de reden van de doorbraak, of de grondslag met de afweging' })
  @Categorie('grondslag')
  reden!: string;

  @Field(() => String, { nullable: true, description: 'Bij een wettelijke grondslag: wie die bevestigde, een tweede professional (sub) of het dossier van de eigen organisatie (dossier:<organisatie>)' })
  @Categorie('grondslag')
  bevestigdDoor!: string | null;

  @Field(() => String, { nullable: true, description: 'Waarmee: het kenmerk van het dossierstuk, of de rol van wie bevestigde' })
  @Categorie('grondslag')
  bevestigdMet!: string | null;

  @Field(() => Date, { nullable: true })
  @Categorie('grondslag')
  bevestigdOp!: Date | null;

  @Field(() => GraphQLJSON, { description: 'Wat er op deze grondslag is verstrekt' })
  @Categorie('grondslag')
  verstrekt!: unknown;

  @Field(() => String, { nullable: true, description: 'De conclusie, zodra beoordeeld' })
  @Categorie('grondslag')
  conclusie!: string | null;
}

/** Simple figures for a period, for the privacy officer. */
@ObjectType({ description: 'Cijfers over een periode voor de privacyfunctionaris' })
export class Toegangscijfers {
  @Field()
  @Categorie('grondslag')
  vanaf!: string;

  @Field()
  @Categorie('grondslag')
  tot!: string;

  @Field(() => Int, { description: 'Raadplegingen van het netwerkdossier' })
  @Categorie('grondslag')
  raadplegingen!: number;

  @Field(() => GraphQLJSON, { description: 'Verstrekte items per grondslag: toestemming, wettelijk, doorbraak, gezin (een gezinslid over het eigen huishouden), eigen (eigen dossier of pseudoniem), geanonimiseerd' })
  @Categorie('grondslag')
  perGrondslag!: unknown;

  @Field(() => GraphQLJSON, { description: 'Raadplegingen per organisatie van de vrager' })
  @Categorie('grondslag')
  perOrganisatie!: unknown;

  @Field(() => Int)
  @Categorie('grondslag')
  doorbraken!: number;

  @Field(() => Int, { description: 'Raadplegingen waarin iets is afgeschermd' })
  @Categorie('grondslag')
  metAfscherming!: number;

  @Field(() => Int)
  @Categorie('grondslag')
  beoordeeld!: number;

  @Field(() => Int, { description: 'Geweigerde verzoeken: een doel dat de vrager niet mag gebruiken, of een vraag die niet bij zijn rol past' })
  @Categorie('grondslag')
  weigeringen!: number;

  @Field(() => Int, { description: 'Raadplegingen in de periode waarvan de inhoud na de bewaartermijn is verwijderd (niet in de cijfers hierboven)' })
  @Categorie('grondslag')
  vervallen!: number;
}

import { Categorie } from '@netwerkdossier/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

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

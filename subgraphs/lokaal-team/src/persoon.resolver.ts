import { Categorie, onderdeelVanPersoon, PartnerEntiteit, partnerTypen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { Personalia } from './personalia';

const { Persoon } = partnerTypen('lokaal-team');

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => Personalia, { nullable: true, description: 'Naam en contactgegevens' })
  @Categorie('identificatie')
  async personalia(@Root() persoon: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Personalia | null> {
    return onderdeelVanPersoon(dataSource, Personalia, persoon.id);
  }

  @FieldResolver(() => Gezondheidsnotitie, { nullable: true })
  @Categorie('gezondheid')
  async gezondheid(@Root() persoon: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Gezondheidsnotitie | null> {
    return onderdeelVanPersoon(dataSource, Gezondheidsnotitie, persoon.id);
  }
}

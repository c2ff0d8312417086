import { Categorie, onderdeelVanPersoon, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { Persoon } from './persoon';
import { Personalia } from './personalia';

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => Personalia, { nullable: true, description: 'Naam en contactgegevens' })
  @Categorie('identificatie')
  async personalia(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Personalia | null> {
    return onderdeelVanPersoon(dataSource, Personalia, persoon.id);
  }

  @FieldResolver(() => Gezondheidsnotitie, { nullable: true })
  @Categorie('gezondheid')
  async gezondheid(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Gezondheidsnotitie | null> {
    return onderdeelVanPersoon(dataSource, Gezondheidsnotitie, persoon.id);
  }
}

import { Categorie, SubgraphContext, zoekClient } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Gezondheidsnotitie } from './gezondheidsnotitie';
import { Persoon } from './persoon';
import { Personalia } from './personalia';

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => Personalia, { nullable: true, description: 'Naam en contactgegevens' })
  @Categorie('identificatie')
  async personalia(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Personalia | null> {
    const client = await zoekClient(dataSource, persoon.id);
    return client ? dataSource.getRepository(Personalia).findOneBy({ clientId: client.id }) : null;
  }

  @FieldResolver(() => Gezondheidsnotitie, { nullable: true })
  @Categorie('gezondheid')
  async gezondheid(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Gezondheidsnotitie | null> {
    const client = await zoekClient(dataSource, persoon.id);
    return client ? dataSource.getRepository(Gezondheidsnotitie).findOneBy({ clientId: client.id }) : null;
  }
}

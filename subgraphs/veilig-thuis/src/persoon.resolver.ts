import { Categorie, SubgraphContext, zoekClient } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Persoon } from './persoon';
import { Verklaring } from './verklaring';

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => [Verklaring], { description: 'Vertrouwelijke verklaringen van deze persoon' })
  @Categorie('vertrouwelijk')
  async verklaringen(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Verklaring[]> {
    const client = await zoekClient(dataSource, persoon.id);
    return client ? dataSource.getRepository(Verklaring).find({ where: { clientId: client.id }, order: { datum: 'ASC', id: 'ASC' } }) : [];
  }
}

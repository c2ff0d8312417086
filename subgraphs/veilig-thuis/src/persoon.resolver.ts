import { Categorie, onderdelenVanPersoon, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Persoon } from './persoon';
import { Verklaring } from './verklaring';

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => [Verklaring], { description: 'Vertrouwelijke verklaringen van deze persoon' })
  @Categorie('vertrouwelijk')
  async verklaringen(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Verklaring[]> {
    return onderdelenVanPersoon(dataSource, Verklaring, persoon.id, { datum: 'ASC', id: 'ASC' });
  }
}

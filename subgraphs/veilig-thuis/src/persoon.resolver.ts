import { Categorie, onderdelenVanPersoon, PartnerEntiteit, partnerTypen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Verklaring } from './verklaring';

const { Persoon } = partnerTypen('veilig-thuis');

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => [Verklaring], { description: 'Vertrouwelijke verklaringen van deze persoon' })
  @Categorie('vertrouwelijk')
  async verklaringen(@Root() persoon: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Verklaring[]> {
    return onderdelenVanPersoon(dataSource, Verklaring, persoon.id, { datum: 'ASC', id: 'ASC' });
  }
}

import { Categorie, laadPer, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Veiligheidsafspraak } from './veiligheidsafspraak';
import { Veiligheidskaart } from './veiligheidskaart';

@Resolver(() => Veiligheidskaart)
export class VeiligheidskaartResolver {
  @FieldResolver(() => [Veiligheidsafspraak], { description: 'De veiligheidsafspraken, elk met wie zij betreft' })
  @Categorie('veiligheid')
  async veiligheidsafspraken(@Root() kaart: Veiligheidskaart, @Ctx() { dataSource }: SubgraphContext): Promise<Veiligheidsafspraak[]> {
    return laadPer(dataSource, Veiligheidsafspraak, 'veiligheidskaartId', { id: 'ASC' }).load(kaart.id);
  }
}

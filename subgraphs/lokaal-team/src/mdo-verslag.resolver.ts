import { Categorie, laadPer, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { MdoAdvies } from './mdo-advies';
import { MdoVerslag } from './mdo-verslag';

@Resolver(() => MdoVerslag)
export class MdoVerslagResolver {
  @FieldResolver(() => [MdoAdvies], { description: 'Adviezen van de deelnemers' })
  @Categorie('hulpverlening')
  async adviezen(@Root() verslag: MdoVerslag, @Ctx() { dataSource }: SubgraphContext): Promise<MdoAdvies[]> {
    return laadPer(dataSource, MdoAdvies, 'mdoVerslagId', { id: 'ASC' }).load(verslag.id);
  }
}

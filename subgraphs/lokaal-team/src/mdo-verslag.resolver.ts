import { Categorie, laadPer, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { MdoAdvies } from './mdo-advies';
import { MdoAfspraak, MdoBesluit } from './mdo-delen';
import { MdoVerslag } from './mdo-verslag';

@Resolver(() => MdoVerslag)
export class MdoVerslagResolver {
  @FieldResolver(() => [MdoAdvies], { description: 'Adviezen van de deelnemers' })
  @Categorie('hulpverlening')
  async adviezen(@Root() verslag: MdoVerslag, @Ctx() { dataSource }: SubgraphContext): Promise<MdoAdvies[]> {
    return laadPer(dataSource, MdoAdvies, 'mdoVerslagId', { id: 'ASC' }).load(verslag.id);
  }

  @FieldResolver(() => [MdoBesluit], { description: 'Wat het MDO besloot, elk besluit met wie het betreft' })
  @Categorie('hulpverlening')
  async besluiten(@Root() verslag: MdoVerslag, @Ctx() { dataSource }: SubgraphContext): Promise<MdoBesluit[]> {
    return laadPer(dataSource, MdoBesluit, 'mdoVerslagId', { id: 'ASC' }).load(verslag.id);
  }

  @FieldResolver(() => [MdoAfspraak], { description: 'Afspraken uit het MDO, elk met wie zij betreft' })
  @Categorie('hulpverlening')
  async afspraken(@Root() verslag: MdoVerslag, @Ctx() { dataSource }: SubgraphContext): Promise<MdoAfspraak[]> {
    return laadPer(dataSource, MdoAfspraak, 'mdoVerslagId', { id: 'ASC' }).load(verslag.id);
  }
}

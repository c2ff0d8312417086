import { Categorie, laadPer, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Top3 } from './top3';
import { Top3Kracht, Top3Zorg } from './top3-delen';

@Resolver(() => Top3)
export class Top3Resolver {
  @FieldResolver(() => [Top3Zorg], { description: 'De zorgen, elk met wie zij betreft' })
  @Categorie('hulpverlening')
  async zorgen(@Root() top3: Top3, @Ctx() { dataSource }: SubgraphContext): Promise<Top3Zorg[]> {
    return laadPer(dataSource, Top3Zorg, 'top3Id', { id: 'ASC' }).load(top3.id);
  }

  @FieldResolver(() => [Top3Kracht], { description: 'De krachten, elk met wie zij betreft' })
  @Categorie('hulpverlening')
  async krachten(@Root() top3: Top3, @Ctx() { dataSource }: SubgraphContext): Promise<Top3Kracht[]> {
    return laadPer(dataSource, Top3Kracht, 'top3Id', { id: 'ASC' }).load(top3.id);
  }
}

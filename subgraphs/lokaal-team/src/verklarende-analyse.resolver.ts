import { Categorie, laadPer, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { OnderliggendeFactor, Patroon } from './analyse-delen';
import { VerklarendeAnalyse } from './verklarende-analyse';

@Resolver(() => VerklarendeAnalyse)
export class VerklarendeAnalyseResolver {
  @FieldResolver(() => [OnderliggendeFactor], { description: 'Onderliggende factoren, elk met wie zij betreft' })
  @Categorie('hulpverlening')
  async onderliggendeFactoren(@Root() analyse: VerklarendeAnalyse, @Ctx() { dataSource }: SubgraphContext): Promise<OnderliggendeFactor[]> {
    return laadPer(dataSource, OnderliggendeFactor, 'analyseId', { id: 'ASC' }).load(analyse.id);
  }

  @FieldResolver(() => [Patroon], { description: 'Patronen, elk met wie het betreft' })
  @Categorie('hulpverlening')
  async patronen(@Root() analyse: VerklarendeAnalyse, @Ctx() { dataSource }: SubgraphContext): Promise<Patroon[]> {
    return laadPer(dataSource, Patroon, 'analyseId', { id: 'ASC' }).load(analyse.id);
  }
}

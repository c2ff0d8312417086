import { Categorie, laadEen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Toets } from './toets';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';

@Resolver(() => VerzoekTotToetsing)
export class VerzoekTotToetsingResolver {
  @FieldResolver(() => Toets, { nullable: true, description: 'Leeg zolang de onafhankelijke toets nog niet is gedaan' })
  @Categorie('justitieel')
  async toets(@Root() verzoek: VerzoekTotToetsing, @Ctx() { dataSource }: SubgraphContext): Promise<Toets | null> {
    return laadEen(dataSource, Toets, 'verzoekId', verzoek.id);
  }
}

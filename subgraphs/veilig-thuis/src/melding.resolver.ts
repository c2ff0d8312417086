import { Categorie, laadEen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Melder } from './melder';
import { Melding } from './melding';

@Resolver(() => Melding)
export class MeldingResolver {
  @FieldResolver(() => Melder, { nullable: true, description: 'Leeg bij een anonieme melding' })
  @Categorie('melder')
  async melder(@Root() melding: Melding, @Ctx() { dataSource }: SubgraphContext): Promise<Melder | null> {
    return melding.melderId === null ? null : laadEen(dataSource, Melder, 'id', melding.melderId);
  }
}

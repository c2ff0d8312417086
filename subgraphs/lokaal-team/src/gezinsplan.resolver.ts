import { Categorie, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Gezinsafspraak } from './gezinsafspraak';
import { Gezinsdoel } from './gezinsdoel';
import { Gezinsplan } from './gezinsplan';

@Resolver(() => Gezinsplan)
export class GezinsplanResolver {
  @FieldResolver(() => [Gezinsdoel])
  @Categorie('hulpverlening')
  async doelen(@Root() plan: Gezinsplan, @Ctx() { dataSource }: SubgraphContext): Promise<Gezinsdoel[]> {
    return dataSource.getRepository(Gezinsdoel).find({ where: { gezinsplanId: plan.id }, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [Gezinsafspraak])
  @Categorie('hulpverlening')
  async afspraken(@Root() plan: Gezinsplan, @Ctx() { dataSource }: SubgraphContext): Promise<Gezinsafspraak[]> {
    return dataSource.getRepository(Gezinsafspraak).find({ where: { gezinsplanId: plan.id }, order: { id: 'ASC' } });
  }
}

import { Categorie, laadPer, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Gezinsafspraak } from './gezinsafspraak';
import { Gezinsdoel } from './gezinsdoel';
import { Gezinsplan } from './gezinsplan';
import { GezinsplanVersie } from './gezinsplan-versie';

@Resolver(() => Gezinsplan)
export class GezinsplanResolver {
  @FieldResolver(() => [Gezinsdoel])
  @Categorie('hulpverlening')
  async doelen(@Root() plan: Gezinsplan, @Ctx() { dataSource }: SubgraphContext): Promise<Gezinsdoel[]> {
    return laadPer(dataSource, Gezinsdoel, 'gezinsplanId', { id: 'ASC' }).load(plan.id);
  }

  @FieldResolver(() => [Gezinsafspraak])
  @Categorie('hulpverlening')
  async afspraken(@Root() plan: Gezinsplan, @Ctx() { dataSource }: SubgraphContext): Promise<Gezinsafspraak[]> {
    return laadPer(dataSource, Gezinsafspraak, 'gezinsplanId', { id: 'ASC' }).load(plan.id);
  }

  @FieldResolver(() => [GezinsplanVersie], { description: 'Elke keer dat het plan met het huishouden is (her)vastgesteld een versie, de eerste eerst' })
  @Categorie('hulpverlening')
  async versies(@Root() plan: Gezinsplan, @Ctx() { dataSource }: SubgraphContext): Promise<GezinsplanVersie[]> {
    return laadPer(dataSource, GezinsplanVersie, 'gezinsplanId', { nummer: 'ASC' }).load(plan.id);
  }
}

import { Categorie, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';

import { aanduiding, leeftijdsgroep } from './aanduiding';
import { Gezag } from './gezag';
import { Huishouden } from './huishouden';
import { Persoon } from './persoon';
import { Toestemming } from './toestemming';

@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => Huishouden, { description: 'Het huishouden waar deze persoon toe behoort' })
  @Categorie('pseudoniem')
  async huishouden(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Huishouden> {
    return dataSource.getRepository(Huishouden).findOneByOrFail({ id: persoon.huishoudenId });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Leeftijdsgroep, bijvoorbeeld "8–11 jaar": zonder geboortejaar' })
  @Categorie('gezinssituatie')
  leeftijdsgroep(@Root() persoon: Persoon): string | null {
    return leeftijdsgroep(persoon.geboortejaar);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Aanduiding zonder naam, bijvoorbeeld "Kind 1 (8–11 jaar)"; het nummer geldt alleen binnen dit huishouden' })
  @Categorie('gezinssituatie')
  async aanduiding(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<string> {
    return aanduiding(persoon, await dataSource.getRepository(Persoon).findBy({ huishoudenId: persoon.huishoudenId }));
  }

  @FieldResolver(() => [Persoon], { description: 'Wie binnen dit huishouden het gezag over deze (minderjarige) persoon heeft' })
  @Categorie('gezinssituatie')
  async gezaghebbenden(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Persoon[]> {
    const gezag = await dataSource.getRepository(Gezag).findBy({ kindId: persoon.id });
    if (gezag.length === 0) return [];
    // only within the household: decisions are made per household, so a view never reaches into another
    return dataSource.getRepository(Persoon).find({ where: { id: In(gezag.map((g) => g.gezaghebbendeId)), huishoudenId: persoon.huishoudenId }, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [Toestemming], { description: 'Toestemmingen van of voor deze persoon' })
  @Categorie('grondslag')
  async toestemmingen(@Root() persoon: Persoon, @Ctx() { dataSource }: SubgraphContext): Promise<Toestemming[]> {
    return dataSource.getRepository(Toestemming).find({ where: { persoonId: persoon.id }, order: { geldigVanaf: 'ASC', id: 'ASC' } });
  }
}

import { Categorie, SubgraphContext } from '@netwerkdossier/shared';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';

import { aanduiding } from '../aanduiding';
import { Betrokkenheid } from '../betrokkenheid';
import { Huishouden } from '../huishouden';
import { Persoon } from '../persoon';
import { alleenPrivacyfunctionaris } from './privacyfunctionaris';
import { huishoudenOmschrijving } from './beoordelingsitems';
import { Simulatiehuishouden } from './simulatie';

@Resolver(() => Simulatiehuishouden)
export class SimulatieResolver {
  @Query(() => [Simulatiehuishouden], { description: 'Voor de simulator van de privacyfunctionaris: de huishoudens waarbij een professional nu betrokken is, zoals die ze in de eigen lijst ziet' })
  @Categorie('grondslag')
  async huishoudensVanPersona(@Arg('sub') sub: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Simulatiehuishouden[]> {
    alleenPrivacyfunctionaris(grant.rol);
    const vandaag = new Date().toISOString().slice(0, 10);
    const betrokkenheden = (await dataSource.getRepository(Betrokkenheid).findBy({ professional: sub })).filter((b) => b.vanaf <= vandaag && (!b.tot || b.tot >= vandaag));
    const ids = [...new Set(betrokkenheden.map((b) => b.huishoudenId))];
    const huishoudens = new Map((await dataSource.getRepository(Huishouden).findBy({ id: In(ids) })).map((h) => [h.id, h]));
    const leden = await dataSource.getRepository(Persoon).findBy({ huishoudenId: In(ids) });
    return ids.sort().map((id) => {
      const gezin = leden.filter((l) => l.huishoudenId === id);
      return {
        id, kenmerk: id.slice(0, 8), omschrijving: huishoudenOmschrijving(huishoudens.get(id), gezin),
        vormen: [...new Set(betrokkenheden.filter((b) => b.huishoudenId === id).map((b) => b.vorm))],
        leden: gezin.map((l) => ({ id: l.id, aanduiding: aanduiding(l, gezin) })),
      };
    });
  }
}

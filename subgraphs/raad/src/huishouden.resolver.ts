import { Categorie, onderdelenVanHuishouden, PartnerEntiteit, partnerTypen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { AdviesAanRechter } from './advies-aan-rechter';
import { Beschermingsonderzoek } from './beschermingsonderzoek';

const { Huishouden } = partnerTypen('raad');

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => [Beschermingsonderzoek], { description: 'Onderzoeken van de Raad bij dit huishouden' })
  @Categorie('justitieel')
  async beschermingsonderzoeken(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Beschermingsonderzoek[]> {
    return onderdelenVanHuishouden(dataSource, Beschermingsonderzoek, huishouden.id, { gestartOp: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => [AdviesAanRechter])
  @Categorie('justitieel')
  async adviezenAanRechter(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<AdviesAanRechter[]> {
    return onderdelenVanHuishouden(dataSource, AdviesAanRechter, huishouden.id, { datum: 'ASC', id: 'ASC' });
  }
}

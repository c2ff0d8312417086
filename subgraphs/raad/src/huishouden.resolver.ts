import { Categorie, SubgraphContext, zoekDossier } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { AdviesAanRechter } from './advies-aan-rechter';
import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { Huishouden } from './huishouden';

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => [Beschermingsonderzoek], { description: 'Onderzoeken van de Raad bij dit huishouden' })
  @Categorie('justitieel')
  async beschermingsonderzoeken(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Beschermingsonderzoek[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Beschermingsonderzoek).find({ where: { dossierId: dossier.id }, order: { gestartOp: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => [AdviesAanRechter])
  @Categorie('justitieel')
  async adviezenAanRechter(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<AdviesAanRechter[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(AdviesAanRechter).find({ where: { dossierId: dossier.id }, order: { datum: 'ASC', id: 'ASC' } }) : [];
  }
}

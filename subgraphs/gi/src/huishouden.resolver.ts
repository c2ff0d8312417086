import { Categorie, SubgraphContext, zoekDossier } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Huishouden } from './huishouden';
import { Jeugdbeschermer } from './jeugdbeschermer';
import { Maatregel } from './maatregel';
import { PlanVanAanpak } from './plan-van-aanpak';
import { Voortgangsrapportage } from './voortgangsrapportage';

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => [Maatregel], { description: 'Maatregelen die de GI bij dit huishouden uitvoert' })
  @Categorie('justitieel')
  async maatregelen(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Maatregel[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Maatregel).find({ where: { dossierId: dossier.id }, order: { ingangsdatum: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => PlanVanAanpak, { nullable: true })
  @Categorie('hulpverlening')
  async planVanAanpak(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<PlanVanAanpak | null> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(PlanVanAanpak).findOneBy({ dossierId: dossier.id }) : null;
  }

  @FieldResolver(() => [Voortgangsrapportage])
  @Categorie('hulpverlening')
  async voortgangsrapportages(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Voortgangsrapportage[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Voortgangsrapportage).find({ where: { dossierId: dossier.id }, order: { datum: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => Jeugdbeschermer, { nullable: true })
  @Categorie('hulpverlening')
  async jeugdbeschermer(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Jeugdbeschermer | null> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Jeugdbeschermer).findOneBy({ dossierId: dossier.id }) : null;
  }
}

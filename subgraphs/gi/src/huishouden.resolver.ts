import { Categorie, onderdeelVanHuishouden, onderdelenVanHuishouden, PartnerEntiteit, partnerTypen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Jeugdbeschermer } from './jeugdbeschermer';
import { Maatregel } from './maatregel';
import { PlanVanAanpak } from './plan-van-aanpak';
import { Voortgangsrapportage } from './voortgangsrapportage';

const { Huishouden } = partnerTypen('gi');

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => [Maatregel], { description: 'Maatregelen die de GI bij dit huishouden uitvoert' })
  @Categorie('maatregelkader')
  async maatregelen(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Maatregel[]> {
    return onderdelenVanHuishouden(dataSource, Maatregel, huishouden.id, { ingangsdatum: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => PlanVanAanpak, { nullable: true })
  @Categorie('hulpverlening')
  async planVanAanpak(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<PlanVanAanpak | null> {
    return onderdeelVanHuishouden(dataSource, PlanVanAanpak, huishouden.id);
  }

  @FieldResolver(() => [Voortgangsrapportage])
  @Categorie('hulpverlening')
  async voortgangsrapportages(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Voortgangsrapportage[]> {
    return onderdelenVanHuishouden(dataSource, Voortgangsrapportage, huishouden.id, { datum: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => Jeugdbeschermer, { nullable: true, description: 'Wie bij de GI de maatregel uitvoert en het aanspreekpunt is' })
  @Categorie('maatregelkader')
  async jeugdbeschermer(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Jeugdbeschermer | null> {
    return onderdeelVanHuishouden(dataSource, Jeugdbeschermer, huishouden.id);
  }
}

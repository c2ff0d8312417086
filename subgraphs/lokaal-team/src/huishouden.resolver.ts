import { Categorie, onderdeelVanHuishouden, onderdelenVanHuishouden, PartnerEntiteit, partnerTypen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Adres } from './adres';
import { Bestaanszekerheid } from './bestaanszekerheid';
import { Gezinsplan } from './gezinsplan';
import { MdoVerslag } from './mdo-verslag';
import { NetwerkLid } from './netwerklid';
import { Top3 } from './top3';
import { VerklarendeAnalyse } from './verklarende-analyse';
import { Werkaantekening } from './werkaantekening';

const { Huishouden } = partnerTypen('lokaal-team');

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Woonadres van het huishouden' })
  @Categorie('identificatie')
  async adres(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<string | null> {
    return (await onderdeelVanHuishouden(dataSource, Adres, huishouden.id))?.adres ?? null;
  }

  @FieldResolver(() => Gezinsplan, { nullable: true })
  @Categorie('hulpverlening')
  async gezinsplan(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Gezinsplan | null> {
    return onderdeelVanHuishouden(dataSource, Gezinsplan, huishouden.id);
  }

  @FieldResolver(() => [Top3], { description: 'Top3 per moment, oudste eerst' })
  @Categorie('hulpverlening')
  async top3(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Top3[]> {
    return onderdelenVanHuishouden(dataSource, Top3, huishouden.id, { datum: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => VerklarendeAnalyse, { nullable: true })
  @Categorie('hulpverlening')
  async verklarendeAnalyse(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<VerklarendeAnalyse | null> {
    return onderdeelVanHuishouden(dataSource, VerklarendeAnalyse, huishouden.id);
  }

  @FieldResolver(() => [NetwerkLid], { description: 'Het informele netwerk: familie, vrienden, buren' })
  @Categorie('gezinssituatie')
  async netwerk(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<NetwerkLid[]> {
    return onderdelenVanHuishouden(dataSource, NetwerkLid, huishouden.id, { id: 'ASC' });
  }

  @FieldResolver(() => Bestaanszekerheid, { nullable: true })
  @Categorie('bestaanszekerheid')
  async bestaanszekerheid(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Bestaanszekerheid | null> {
    return onderdeelVanHuishouden(dataSource, Bestaanszekerheid, huishouden.id);
  }

  @FieldResolver(() => [MdoVerslag], { description: 'Verslagen van multidisciplinaire overleggen, oudste eerst' })
  @Categorie('hulpverlening')
  async mdoVerslagen(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<MdoVerslag[]> {
    return onderdelenVanHuishouden(dataSource, MdoVerslag, huishouden.id, { datum: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => [Werkaantekening], { description: 'Eigen werkaantekeningen van de professionals, oudste eerst' })
  @Categorie('werkaantekening')
  async werkaantekeningen(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Werkaantekening[]> {
    return onderdelenVanHuishouden(dataSource, Werkaantekening, huishouden.id, { datum: 'ASC', id: 'ASC' });
  }
}

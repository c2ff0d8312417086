import { Categorie, SubgraphContext, zoekDossier } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Adres } from './adres';
import { Bestaanszekerheid } from './bestaanszekerheid';
import { Gezinsplan } from './gezinsplan';
import { Huishouden } from './huishouden';
import { MdoVerslag } from './mdo-verslag';
import { NetwerkLid } from './netwerklid';
import { Top3 } from './top3';
import { VerklarendeAnalyse } from './verklarende-analyse';
import { Werkaantekening } from './werkaantekening';

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Woonadres van het huishouden' })
  @Categorie('identificatie')
  async adres(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<string | null> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? ((await dataSource.getRepository(Adres).findOneBy({ dossierId: dossier.id }))?.adres ?? null) : null;
  }

  @FieldResolver(() => Gezinsplan, { nullable: true })
  @Categorie('hulpverlening')
  async gezinsplan(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Gezinsplan | null> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Gezinsplan).findOneBy({ dossierId: dossier.id }) : null;
  }

  @FieldResolver(() => [Top3], { description: 'Top3 per moment, oudste eerst' })
  @Categorie('hulpverlening')
  async top3(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Top3[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Top3).find({ where: { dossierId: dossier.id }, order: { datum: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => VerklarendeAnalyse, { nullable: true })
  @Categorie('hulpverlening')
  async verklarendeAnalyse(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<VerklarendeAnalyse | null> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(VerklarendeAnalyse).findOneBy({ dossierId: dossier.id }) : null;
  }

  @FieldResolver(() => [NetwerkLid], { description: 'Het informele netwerk: familie, vrienden, buren' })
  @Categorie('gezinssituatie')
  async netwerk(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<NetwerkLid[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(NetwerkLid).find({ where: { dossierId: dossier.id }, order: { id: 'ASC' } }) : [];
  }

  @FieldResolver(() => Bestaanszekerheid, { nullable: true })
  @Categorie('bestaanszekerheid')
  async bestaanszekerheid(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Bestaanszekerheid | null> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Bestaanszekerheid).findOneBy({ dossierId: dossier.id }) : null;
  }

  @FieldResolver(() => [MdoVerslag], { description: 'Verslagen van multidisciplinaire overleggen, oudste eerst' })
  @Categorie('hulpverlening')
  async mdoVerslagen(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<MdoVerslag[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(MdoVerslag).find({ where: { dossierId: dossier.id }, order: { datum: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => [Werkaantekening], { description: 'Eigen werkaantekeningen van de professionals, oudste eerst' })
  @Categorie('werkaantekening')
  async werkaantekeningen(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Werkaantekening[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Werkaantekening).find({ where: { dossierId: dossier.id }, order: { datum: 'ASC', id: 'ASC' } }) : [];
  }
}

import { Categorie, SubgraphContext, zoekDossier } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Huishouden } from './huishouden';
import { Melding } from './melding';
import { Onderzoek } from './onderzoek';
import { Veiligheidskaart } from './veiligheidskaart';
import { Veiligheidstaxatie } from './veiligheidstaxatie';

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => [Melding], { description: 'Meldingen bij Veilig Thuis over dit huishouden' })
  @Categorie('veiligheid')
  async meldingen(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Melding[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Melding).find({ where: { dossierId: dossier.id }, order: { ontvangenOp: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => [Veiligheidstaxatie])
  @Categorie('veiligheid')
  async veiligheidstaxaties(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Veiligheidstaxatie[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Veiligheidstaxatie).find({ where: { dossierId: dossier.id }, order: { datum: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => [Onderzoek])
  @Categorie('veiligheid')
  async onderzoeken(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Onderzoek[]> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Onderzoek).find({ where: { dossierId: dossier.id }, order: { gestartOp: 'ASC', id: 'ASC' } }) : [];
  }

  @FieldResolver(() => Veiligheidskaart, { nullable: true })
  @Categorie('veiligheid')
  async veiligheidskaart(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Veiligheidskaart | null> {
    const dossier = await zoekDossier(dataSource, huishouden.id);
    return dossier ? dataSource.getRepository(Veiligheidskaart).findOneBy({ dossierId: dossier.id }) : null;
  }
}

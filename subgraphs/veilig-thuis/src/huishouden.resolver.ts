import { Categorie, onderdeelVanHuishouden, onderdelenVanHuishouden, PartnerEntiteit, partnerTypen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Melding } from './melding';
import { Onderzoek } from './onderzoek';
import { Veiligheidskaart } from './veiligheidskaart';
import { Veiligheidstaxatie } from './veiligheidstaxatie';

const { Huishouden } = partnerTypen('veilig-thuis');

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @FieldResolver(() => [Melding], { description: 'Meldingen bij Veilig Thuis over dit huishouden' })
  @Categorie('veiligheid')
  async meldingen(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Melding[]> {
    return onderdelenVanHuishouden(dataSource, Melding, huishouden.id, { ontvangenOp: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => [Veiligheidstaxatie])
  @Categorie('veiligheid')
  async veiligheidstaxaties(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Veiligheidstaxatie[]> {
    return onderdelenVanHuishouden(dataSource, Veiligheidstaxatie, huishouden.id, { datum: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => [Onderzoek])
  @Categorie('veiligheid')
  async onderzoeken(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Onderzoek[]> {
    return onderdelenVanHuishouden(dataSource, Onderzoek, huishouden.id, { gestartOp: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => Veiligheidskaart, { nullable: true })
  @Categorie('veiligheid')
  async veiligheidskaart(@Root() huishouden: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Veiligheidskaart | null> {
    return onderdeelVanHuishouden(dataSource, Veiligheidskaart, huishouden.id);
  }
}

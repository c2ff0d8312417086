import { Categorie, onderdeelVanPersoon, onderdelenVanPersoon, PartnerEntiteit, partnerTypen, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Opvangplaatsing } from './opvangplaatsing';
import { Veiligheidsplan } from './veiligheidsplan';

const { Persoon } = partnerTypen('vrouwenopvang');

/** Both hang under the person they are about, so each member's own decision applies, not the household's. */
@Resolver(() => Persoon)
export class PersoonResolver {
  @FieldResolver(() => [Opvangplaatsing], { description: 'Verblijven van deze persoon in de vrouwenopvang' })
  @Categorie('hulpverlening')
  async opvangplaatsingen(@Root() persoon: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Opvangplaatsing[]> {
    return onderdelenVanPersoon(dataSource, Opvangplaatsing, persoon.id, { gestartOp: 'ASC', id: 'ASC' });
  }

  @FieldResolver(() => Veiligheidsplan, { nullable: true })
  @Categorie('veiligheid')
  async veiligheidsplan(@Root() persoon: PartnerEntiteit, @Ctx() { dataSource }: SubgraphContext): Promise<Veiligheidsplan | null> {
    return onderdeelVanPersoon(dataSource, Veiligheidsplan, persoon.id);
  }
}

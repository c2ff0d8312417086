import { Categorie, laadPer, PartnerEntiteit, partnerTypen, persoonVanClient, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';

const { Persoon } = partnerTypen('raad');

@Resolver(() => Beschermingsonderzoek)
export class BeschermingsonderzoekResolver {
  @FieldResolver(() => Persoon, { nullable: true, description: 'Het kind om wie het onderzoek gaat' })
  @Categorie('pseudoniem')
  async betreft(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { dataSource }: SubgraphContext): Promise<PartnerEntiteit | null> {
    return persoonVanClient(dataSource, onderzoek.clientId);
  }

  @FieldResolver(() => [VerzoekTotToetsing])
  @Categorie('justitieel')
  async verzoekenTotToetsing(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { dataSource }: SubgraphContext): Promise<VerzoekTotToetsing[]> {
    return laadPer(dataSource, VerzoekTotToetsing, 'beschermingsonderzoekId', { datum: 'ASC', id: 'ASC' }).load(onderzoek.id);
  }
}

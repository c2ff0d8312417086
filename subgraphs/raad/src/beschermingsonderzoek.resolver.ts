import { Categorie, laadPer, persoonVanClient, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { Persoon } from './persoon';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';

@Resolver(() => Beschermingsonderzoek)
export class BeschermingsonderzoekResolver {
  @FieldResolver(() => Persoon, { nullable: true, description: 'Het kind om wie het onderzoek gaat' })
  @Categorie('pseudoniem')
  async betreft(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { dataSource }: SubgraphContext): Promise<Persoon | null> {
    return persoonVanClient(dataSource, onderzoek.clientId);
  }

  @FieldResolver(() => [VerzoekTotToetsing])
  @Categorie('justitieel')
  async verzoekenTotToetsing(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { dataSource }: SubgraphContext): Promise<VerzoekTotToetsing[]> {
    return laadPer(dataSource, VerzoekTotToetsing, 'beschermingsonderzoekId', { datum: 'ASC', id: 'ASC' }).load(onderzoek.id);
  }
}

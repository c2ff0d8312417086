import { Categorie, Client, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Beschermingsonderzoek } from './beschermingsonderzoek';
import { Persoon } from './persoon';
import { VerzoekTotToetsing } from './verzoek-tot-toetsing';

@Resolver(() => Beschermingsonderzoek)
export class BeschermingsonderzoekResolver {
  @FieldResolver(() => Persoon, { nullable: true, description: 'Het kind om wie het onderzoek gaat' })
  @Categorie('pseudoniem')
  async betreft(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { dataSource }: SubgraphContext): Promise<Persoon | null> {
    if (onderzoek.clientId === null) return null;
    const client = await dataSource.getRepository(Client).findOneBy({ id: onderzoek.clientId });
    return client && { id: client.persoonId };
  }

  @FieldResolver(() => [VerzoekTotToetsing])
  @Categorie('justitieel')
  async verzoekenTotToetsing(@Root() onderzoek: Beschermingsonderzoek, @Ctx() { dataSource }: SubgraphContext): Promise<VerzoekTotToetsing[]> {
    return dataSource.getRepository(VerzoekTotToetsing).find({ where: { beschermingsonderzoekId: onderzoek.id }, order: { datum: 'ASC', id: 'ASC' } });
  }
}

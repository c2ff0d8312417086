import { Categorie, Client, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Maatregel } from './maatregel';
import { Persoon } from './persoon';

@Resolver(() => Maatregel)
export class MaatregelResolver {
  @FieldResolver(() => Persoon, { nullable: true, description: 'Het kind op wie de maatregel betrekking heeft' })
  @Categorie('pseudoniem')
  async betreft(@Root() maatregel: Maatregel, @Ctx() { dataSource }: SubgraphContext): Promise<Persoon | null> {
    if (maatregel.clientId === null) return null;
    const client = await dataSource.getRepository(Client).findOneBy({ id: maatregel.clientId });
    return client && { id: client.persoonId };
  }
}

import { Categorie, PartnerEntiteit, partnerTypen, persoonVanClient, SubgraphContext } from '@netwerkdossier/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Maatregel } from './maatregel';

const { Persoon } = partnerTypen('gi');

@Resolver(() => Maatregel)
export class MaatregelResolver {
  @FieldResolver(() => Persoon, { nullable: true, description: 'Het kind op wie de maatregel betrekking heeft' })
  @Categorie('pseudoniem')
  async betreft(@Root() maatregel: Maatregel, @Ctx() { dataSource }: SubgraphContext): Promise<PartnerEntiteit | null> {
    return persoonVanClient(dataSource, maatregel.clientId);
  }
}

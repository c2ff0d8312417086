import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { betrokkenBij } from '../betrokken';
import { Persoon } from '../persoon';
import { legRegistratieVast } from '../toegangslog/registratie';
import { Bescherming } from './bescherming';

/** Marking a household member beschermd: by a professional who records facts about the household (not a consulted one). */
@Resolver()
export class BeschermingResolver {
  @Mutation(() => Boolean, { description: 'Markeert een gezinslid als beschermd (bijvoorbeeld in de opvang), of niet meer: dan toont de app van de andere gezinsleden niets dat de verblijfplaats verraadt' })
  @Categorie('grondslag')
  async markeerBeschermd(@Arg('persoon', () => ID) persoonId: string, @Arg('beschermd') beschermd: boolean, @Ctx() { dataSource, grant }: SubgraphContext): Promise<boolean> {
    const id = controleerPseudoniem(persoonId, 'persoon');
    return dataSource.transaction(async (m) => {
      const persoon = await m.getRepository(Persoon).findOneBy({ id });
      if (grant.rol === 'client' || !persoon || !(await betrokkenBij(m, grant, persoon.huishoudenId))) {
        throw new GraphQLError('Niet gemarkeerd: deze persoon is niet bekend, of u bent niet betrokken bij het huishouden', { extensions: { code: 'FORBIDDEN' } });
      }
      const rij = await m.getRepository(Bescherming).save({ id: randomUUID(), persoonId: id, beschermd, door: `${grant.sub}@${grant.organisatie ?? ''}` });
      await legRegistratieVast(m, grant, 'bescherming', [persoon.huishoudenId], [id], { bescherming: rij.id, beschermd });
      return beschermd;
    });
  }
}

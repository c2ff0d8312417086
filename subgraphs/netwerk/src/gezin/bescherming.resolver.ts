import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { EntityManager, In } from 'typeorm';

import { betrokkenBij } from '../betrokken';
import { Persoon } from '../persoon';
import { legRegistratieVast } from '../toegangslog/registratie';
import { BeschermdGezinslid } from './beschermd-gezinslid';
import { Bescherming } from './bescherming';

const NIET = 'Niet gemarkeerd: deze persoon is niet bekend, of u bent niet betrokken bij het huishouden';
const weigering = (bericht: string) => new GraphQLError(bericht, { extensions: { code: 'FORBIDDEN' } });
const wie = (grant: SubgraphContext['grant']) => `${grant.sub}@${grant.organisatie ?? ''}`;

/** The newest mark of each of these persons. */
async function laatste(m: EntityManager, persoonIds: string[]): Promise<Map<string, Bescherming>> {
  const rijen = persoonIds.length ? await m.getRepository(Bescherming).find({ where: { persoonId: In(persoonIds) }, order: { gemarkeerdOp: 'ASC', id: 'ASC' } }) : [];
  return new Map(rijen.map((r) => [r.persoonId, r]));
}

/**
 * Marking a household member beschermd: any professional who records facts about the household now (its
 * lokaal team, Veilig Thuis, the GI, the Raad, the vrouwenopvang in a duo; not a consulted one, not the
 * privacy officer, who works with no household), so whoever learns of a shelter placement acts at once;
 * marking only hides more. Lifting it shows the other members more again: only the household's regiehouder
 * or the professional who marked it.
 */
@Resolver()
export class BeschermingResolver {
  @Query(() => [BeschermdGezinslid], { description: 'Voor een professional die met het huishouden werkt: wie er nu beschermd is' })
  @Categorie('grondslag')
  async beschermdeGezinsleden(@Arg('huishouden', () => ID) huishoudenArg: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<BeschermdGezinslid[]> {
    const huishouden = controleerPseudoniem(huishoudenArg, 'huishouden');
    if (grant.rol === 'client' || !(await betrokkenBij(dataSource, grant, huishouden))) return [];
    const leden = await dataSource.getRepository(Persoon).findBy({ huishoudenId: huishouden });
    const marks = await laatste(dataSource.manager, leden.map((l) => l.id));
    return [...marks.values()].filter((r) => r.beschermd).map((r) => ({ huishouden, persoon: r.persoonId, sinds: r.gemarkeerdOp, doorU: r.door === wie(grant) }));
  }

  @Mutation(() => Boolean, { description: 'Markeert een gezinslid als beschermd (bijvoorbeeld in de opvang), of niet meer: dan toont de app van de andere gezinsleden niets dat de verblijfplaats verraadt. Opheffen: alleen de regiehouder of wie het markeerde' })
  @Categorie('grondslag')
  async markeerBeschermd(@Arg('persoon', () => ID) persoonId: string, @Arg('beschermd') beschermd: boolean, @Ctx() { dataSource, grant }: SubgraphContext): Promise<boolean> {
    const id = controleerPseudoniem(persoonId, 'persoon');
    return dataSource.transaction(async (m) => {
      const persoon = await m.getRepository(Persoon).findOneBy({ id });
      if (grant.rol === 'client' || !persoon || !(await betrokkenBij(m, grant, persoon.huishoudenId))) throw weigering(NIET);
      const nu = (await laatste(m, [id])).get(id);
      if (!beschermd && nu?.beschermd && nu.door !== wie(grant) && !(await betrokkenBij(m, grant, persoon.huishoudenId, true))) {
        throw weigering('Niet opgeheven: alleen de regiehouder of wie de bescherming markeerde, heft haar op');
      }
      const rij = await m.getRepository(Bescherming).save({ id: randomUUID(), persoonId: id, beschermd, door: wie(grant) });
      await legRegistratieVast(m, grant, 'bescherming', [persoon.huishoudenId], [id], { bescherming: rij.id, beschermd });
      return beschermd;
    });
  }
}

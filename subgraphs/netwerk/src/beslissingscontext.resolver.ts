import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { In, MoreThan } from 'typeorm';

import { Beslissingscontext } from './beslissingscontext';
import { Betrokkenheid } from './betrokkenheid';
import { Doorbraak } from './doorbraak';
import { Gezag } from './gezag';
import { Persoon } from './persoon';
import { Toestemming } from './toestemming';

const MAX_HUISHOUDENS = 200;

@Resolver(() => Beslissingscontext)
export class BeslissingscontextResolver {
  @Directive('@inaccessible')
  @Query(() => [Beslissingscontext], { description: 'Alleen voor de gateway: de feiten onder zijn beslissingen' })
  @Categorie('grondslag')
  async beslissingscontexten(@Arg('huishoudens', () => [ID]) huishoudens: string[], @Ctx() { dataSource, grant }: SubgraphContext): Promise<Beslissingscontext[]> {
    if (grant.intern !== 'beslissingscontext') {
      throw new GraphQLError('De beslissingscontext is alleen voor de gateway', { extensions: { code: 'FORBIDDEN' } });
    }
    if (huishoudens.length > MAX_HUISHOUDENS) throw new GraphQLError(`Hoogstens ${MAX_HUISHOUDENS} huishoudens per keer`, { extensions: { code: 'BAD_USER_INPUT' } });
    const ids = huishoudens.map((id) => controleerPseudoniem(id, 'huishoudens'));
    const personen = await dataSource.getRepository(Persoon).find({ where: { huishoudenId: In(ids) }, order: { id: 'ASC' } });
    const persoonIds = personen.map((p) => p.id);
    const [gezag, betrokkenheden, toestemmingen, doorbraken] = await Promise.all([
      dataSource.getRepository(Gezag).findBy({ kindId: In(persoonIds) }),
      dataSource.getRepository(Betrokkenheid).find({ where: { huishoudenId: In(ids) }, order: { id: 'ASC' } }),
      dataSource.getRepository(Toestemming).find({ where: { persoonId: In(persoonIds) }, order: { id: 'ASC' } }),
      dataSource.getRepository(Doorbraak).find({ where: { huishoudenId: In(ids), eindigtOp: MoreThan(new Date()) }, order: { id: 'ASC' } }),
    ]);
    return ids.map((huishouden) => {
      const leden = personen.filter((p) => p.huishoudenId === huishouden);
      const ledenIds = new Set(leden.map((p) => p.id));
      return {
        huishouden,
        personen: leden.map((p) => ({ id: p.id, geboortejaar: p.geboortejaar, rol: p.rol, gezaghebbenden: gezag.filter((g) => g.kindId === p.id).map((g) => g.gezaghebbendeId).sort() })),
        betrokkenheden: betrokkenheden.filter((b) => b.huishoudenId === huishouden),
        toestemmingen: toestemmingen.filter((t) => ledenIds.has(t.persoonId)),
        doorbraken: doorbraken.filter((d) => d.huishoudenId === huishouden),
      };
    });
  }
}

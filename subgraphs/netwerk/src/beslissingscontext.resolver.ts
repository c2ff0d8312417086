import { alsEntiteit, Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';

import { Beslissingscontext } from './beslissingscontext';
import { Betrokkenheid } from './betrokkenheid';
import { Doorbraak } from './doorbraak';
import { Gezag } from './gezag';
import { Persoon } from './persoon';
import { Toestemming } from './toestemming';

const MAX_HUISHOUDENS = 200;

/** The members of the households, who holds gezag over them, the betrokkenheden, their toestemmingen, the running doorbraken and who is beschermd now (the newest mark), in one query. */
const CONTEXT_SQL = `
  WITH p AS (SELECT id, huishouden_id, geboortejaar, rol FROM persoon WHERE huishouden_id = ANY($1::uuid[]))
  SELECT
    (SELECT coalesce(json_agg(p ORDER BY p.id), '[]') FROM p) AS personen,
    (SELECT coalesce(json_agg(g), '[]') FROM gezag g WHERE g.kind_id IN (SELECT id FROM p)) AS gezag,
    (SELECT coalesce(json_agg(b ORDER BY b.id), '[]') FROM betrokkenheid b WHERE b.huishouden_id = ANY($1::uuid[])) AS betrokkenheden,
    (SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM toestemming t WHERE t.persoon_id IN (SELECT id FROM p)) AS toestemmingen,
    (SELECT coalesce(json_agg(d ORDER BY d.id), '[]') FROM doorbraak d WHERE d.huishouden_id = ANY($1::uuid[]) AND d.eindigt_op > $2) AS doorbraken,
    (SELECT coalesce(json_agg(b.persoon_id), '[]') FROM (
      SELECT DISTINCT ON (persoon_id) persoon_id, beschermd FROM bescherming WHERE persoon_id IN (SELECT id FROM p) ORDER BY persoon_id, gemarkeerd_op DESC, id DESC
    ) b WHERE b.beschermd) AS beschermd`;

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
    // one round trip for all six tables (this runs before every household view)
    const [rij] = (await dataSource.query(CONTEXT_SQL, [ids, new Date()])) as Array<Record<'personen' | 'gezag' | 'betrokkenheden' | 'toestemmingen' | 'doorbraken', Array<Record<string, unknown>>> & { beschermd: string[] }>;
    const beschermd = new Set(rij.beschermd);
    const personen = rij.personen.map((r) => alsEntiteit(dataSource, Persoon, r));
    const gezag = rij.gezag.map((r) => alsEntiteit(dataSource, Gezag, r));
    const betrokkenheden = rij.betrokkenheden.map((r) => alsEntiteit(dataSource, Betrokkenheid, r));
    const toestemmingen = rij.toestemmingen.map((r) => alsEntiteit(dataSource, Toestemming, r));
    const doorbraken = rij.doorbraken.map((r) => alsEntiteit(dataSource, Doorbraak, r));
    return ids.map((huishouden) => {
      const leden = personen.filter((p) => p.huishoudenId === huishouden);
      const ledenIds = new Set(leden.map((p) => p.id));
      return {
        huishouden,
        personen: leden.map((p) => ({ id: p.id, geboortejaar: p.geboortejaar, rol: p.rol, gezaghebbenden: gezag.filter((g) => g.kindId === p.id).map((g) => g.gezaghebbendeId).sort(), beschermd: beschermd.has(p.id) })),
        betrokkenheden: betrokkenheden.filter((b) => b.huishoudenId === huishouden),
        toestemmingen: toestemmingen.filter((t) => ledenIds.has(t.persoonId)),
        doorbraken: doorbraken.filter((d) => d.huishoudenId === huishouden),
      };
    });
  }
}

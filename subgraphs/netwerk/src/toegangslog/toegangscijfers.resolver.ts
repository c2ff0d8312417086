import { Categorie, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Between } from 'typeorm';

import { soortVan } from './grondslag';
import type { Inzieninhoud } from './inhoud';
import { isVolledig, Logregel } from './logregel';
import { alleenPrivacyfunctionaris } from './privacyfunctionaris';
import { Toegangscijfers } from './toegangscijfers';

/** Figures about the accesses over a period, for the privacy officer. */
@Resolver(() => Toegangscijfers)
export class ToegangscijfersResolver {
  @Query(() => Toegangscijfers, { description: 'Voor de privacyfunctionaris: cijfers over een periode (datums JJJJ-MM-DD, tot en met)' })
  @Categorie('grondslag')
  async toegangscijfers(@Arg('vanaf') vanaf: string, @Arg('tot') tot: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Toegangscijfers> {
    alleenPrivacyfunctionaris(grant.rol);
    const begin = new Date(`${vanaf}T00:00:00Z`);
    const eind = new Date(`${tot}T23:59:59.999Z`);
    if (Number.isNaN(begin.getTime()) || Number.isNaN(eind.getTime()) || eind < begin) throw new GraphQLError('vanaf en tot zijn datums (JJJJ-MM-DD), tot niet vóór vanaf', { extensions: { code: 'BAD_USER_INPUT' } });
    const alle = await dataSource.getRepository(Logregel).find({ where: { tijdstip: Between(begin, eind) }, order: { volgnummer: 'ASC' } });
    const regels = alle.filter(isVolledig);
    const inzien = regels.filter((r) => r.actie === 'inzien');
    const perGrondslag: Record<string, number> = { toestemming: 0, wettelijk: 0, doorbraak: 0, gezin: 0, eigen: 0, geanonimiseerd: 0 };
    const perOrganisatie: Record<string, number> = {};
    for (const r of inzien) {
      perOrganisatie[r.organisatie ?? 'gezin'] = (perOrganisatie[r.organisatie ?? 'gezin'] ?? 0) + 1;
      for (const v of (r.inhoud as Inzieninhoud).verstrekt ?? []) {
        perGrondslag[soortVan(v)]++;
      }
    }
    return {
      vanaf, tot, raadplegingen: inzien.length, perGrondslag, perOrganisatie,
      doorbraken: regels.filter((r) => r.actie === 'registratie/doorbraak').length,
      metAfscherming: inzien.filter((r) => ((r.inhoud as { afgeschermd?: unknown[] }).afgeschermd ?? []).length > 0).length,
      beoordeeld: regels.filter((r) => r.actie === 'registratie/beoordeling').length,
      weigeringen: regels.filter((r) => r.actie === 'weigering').length,
      vervallen: alle.filter((r) => !isVolledig(r) && r.actie === 'inzien').length,
    };
  }
}

import { Categorie, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Between, In } from 'typeorm';

import { Betrokkenheid } from '../betrokkenheid';
import { Doorbraak } from '../doorbraak';
import { Beoordeling, Toegangscijfers } from './beoordeling';
import { teBeoordelen } from './beoordelingsitems';
import { soortVan } from './grondslag';
import type { Inzieninhoud } from './inhoud';
import { isVolledig, Logregel } from './logregel';
import { legRegistratieVast } from './registratie';

export const MINIMALE_CONCLUSIE = 20;

/** Refuses anyone but a privacy officer. */
export function alleenPrivacyfunctionaris(rol: string): void {
  if (rol !== 'privacyfunctionaris') throw new GraphQLError('Alleen de privacyfunctionaris beoordeelt toegang', { extensions: { code: 'FORBIDDEN' } });
}


@Resolver(() => Beoordeling)
export class BeoordelingResolver {
  @Query(() => [Beoordeling], { description: 'Voor de privacyfunctionaris: toegang op een doorbraak of een wettelijke grondslag, met de opgegeven reden; nog te beoordelen eerst' })
  @Categorie('grondslag')
  async beoordelingswachtrij(@Arg('ookBeoordeeld', { defaultValue: false }) ookBeoordeeld: boolean, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Beoordeling[]> {
    alleenPrivacyfunctionaris(grant.rol);
    const logboek = dataSource.getRepository(Logregel);
    const kandidaten = (await logboek.createQueryBuilder('l').where("l.actie = 'inzien'").andWhere("l.inhoud::text ~ '\"(doorbraak|betrokkenheid):'").orderBy('l.volgnummer', 'ASC').getMany())
      .filter(isVolledig).map((r) => ({ r, grondslagen: teBeoordelen(r) })).filter((k) => k.grondslagen.length > 0);
    const conclusies = new Map((await logboek.findBy({ actie: 'registratie/beoordeling' })).filter(isVolledig).map((b) => { const i = b.inhoud as { volgnummer: number; conclusie: string }; return [i.volgnummer, i.conclusie]; }));
    const ids = (soort: string) => kandidaten.flatMap((k) => k.grondslagen).filter((g) => g.startsWith(`${soort}:`)).map((g) => g.slice(soort.length + 1));
    const doorbraken = new Map((await dataSource.getRepository(Doorbraak).findBy({ id: In(ids('doorbraak')) })).map((d) => [d.id, d]));
    const betrokkenheden = new Map((await dataSource.getRepository(Betrokkenheid).findBy({ id: In(ids('betrokkenheid')) })).map((b) => [b.id, b]));
    const uit = kandidaten.map(({ r, grondslagen }): Beoordeling => {
      const doorbraak = grondslagen.map((g) => doorbraken.get(g.replace('doorbraak:', ''))).find((d) => !!d);
      const wettelijk = grondslagen.map((g) => betrokkenheden.get(g.replace('betrokkenheid:', ''))).find((b) => !!b);
      return {
        volgnummer: r.volgnummer, tijdstip: r.tijdstip, soort: doorbraak ? 'doorbraak' : 'wettelijk', wie: r.sub, organisatie: r.organisatie, doel: r.doel, huishoudens: r.huishoudens,
        reden: doorbraak ? doorbraak.reden : wettelijk ? `${wettelijk.grondslag ?? wettelijk.uitspraakkenmerk ?? ''} — ${wettelijk.afweging ?? ''}`.trim() : '',
        bevestigdDoor: (!doorbraak && wettelijk?.bevestigdDoor) || null, bevestigdMet: (!doorbraak && wettelijk?.bevestigdMet) || null, bevestigdOp: (!doorbraak && wettelijk?.bevestigdOp) || null,
        verstrekt: ((r.inhoud as Inzieninhoud).verstrekt ?? []).filter((v) => (v.grondslag ?? []).some((g) => grondslagen.includes(g))),
        conclusie: conclusies.get(r.volgnummer) ?? null,
      };
    });
    return ookBeoordeeld ? uit : uit.filter((b) => b.conclusie === null);
  }

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

  @Mutation(() => Boolean, { description: 'Sluit een beoordeling af met een conclusie; die komt zelf in het toegangslog' })
  @Categorie('grondslag')
  async beoordeel(@Arg('volgnummer', () => Int) volgnummer: number, @Arg('conclusie') conclusie: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<boolean> {
    alleenPrivacyfunctionaris(grant.rol);
    if (conclusie.trim().length < MINIMALE_CONCLUSIE) throw new GraphQLError(`Schrijf de conclusie uit (minstens ${MINIMALE_CONCLUSIE} tekens): was de toegang terecht, en wat volgt eruit?`, { extensions: { code: 'BAD_USER_INPUT' } });
    return dataSource.transaction(async (m) => {
      const record = await m.getRepository(Logregel).findOneBy({ volgnummer });
      if (!record || !isVolledig(record) || teBeoordelen(record).length === 0) throw new GraphQLError(`Record ${volgnummer} staat niet in de wachtrij`, { extensions: { code: 'BAD_USER_INPUT' } });
      const al = await m.getRepository(Logregel).createQueryBuilder('l').where("l.actie = 'registratie/beoordeling'").andWhere("(l.inhoud->>'volgnummer')::bigint = :volgnummer", { volgnummer }).getCount();
      if (al > 0) throw new GraphQLError(`Record ${volgnummer} is al beoordeeld`, { extensions: { code: 'BAD_USER_INPUT' } });
      await legRegistratieVast(m, grant, 'beoordeling', record.huishoudens, [], { volgnummer, conclusie: conclusie.trim() });
      return true;
    });
  }
}

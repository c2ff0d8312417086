import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { Betrokkenheid } from '../betrokkenheid';
import { Gezag } from '../gezag';
import { beschermd, verborgenVoor } from '../gezin/bescherming';
import { soortInWoorden } from '../gezin/woorden';
import { bekendeNaam, ORGANISATIES } from '../organisaties';
import { Persoon } from '../persoon';
import { perGrondslag } from './grondslag';
import type { Inzieninhoud } from './inhoud';
import { Inzageregel } from './inzage';
import { isVolledig, Logregel } from './logregel';
import { nietVrijgegevenVoor, vrijgegeven } from './niet-vrijgegeven';
import { legRegistratieVast } from './registratie';
import { nogNietGemeld, onderNogNietGemeld } from './uitgesteld';
import { beleidInWerking } from '../beleid/in-werking';

/** A role as a family reads it. */
const ROLLEN: Record<string, string> = { professional: 'hulpverlener', gedragswetenschapper: 'gedragswetenschapper', teamleider: 'teamleider', privacyfunctionaris: 'privacyfunctionaris' };

function geweigerd(bericht: string): GraphQLError {
  return new GraphQLError(bericht, { extensions: { code: 'FORBIDDEN' } });
}

@Resolver(() => Inzageregel)
export class InzageResolver {
  @Query(() => [Inzageregel], { description: 'Voor een gezinslid: wie zag wanneer welke gegevens over u, of over uw kind (jonger dan het beleid zegt) over wie u gezag heeft' })
  @Categorie('grondslag')
  async inzage(@Arg('persoon', () => ID, { nullable: true }) persoonArg: string | null, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Inzageregel[]> {
    if (grant.rol !== 'client') throw geweigerd('De inzage is voor de gezinsleden zelf');
    const persoonId = persoonArg ? controleerPseudoniem(persoonArg, 'persoon') : grant.sub;
    const beleid = await beleidInWerking(dataSource, grant);
    const persoon = await dataSource.getRepository(Persoon).findOneBy({ id: persoonId });
    if (!persoon) throw geweigerd('U ziet alleen uw eigen inzage, of die van een jong kind over wie u gezag heeft');
    if (persoonId !== grant.sub) {
      const gezag = await dataSource.getRepository(Gezag).findOneBy({ kindId: persoonId, gezaghebbendeId: grant.sub });
      // the oldest the child can be this year decides: at a birthday boundary, not
      const oud = persoon.geboortejaar === null || new Date().getUTCFullYear() - persoon.geboortejaar >= beleid.inzage.doorGezagTot;
      if (!gezag || oud) throw geweigerd('U ziet alleen uw eigen inzage, of die van een jong kind over wie u gezag heeft');
    }
    // what was seen under an onderzoek the household has not been told about yet stays out, and only that
    const nogNiet = await nogNietGemeld(dataSource, beleid, persoon.huishoudenId);
    const regels = await dataSource.getRepository(Logregel).createQueryBuilder('l')
      .where("l.actie = 'inzien'").andWhere(':p = ANY(l.personen)', { p: persoonId }).orderBy('l.volgnummer', 'ASC').getMany();
    // what a partner gave and the gateway never released was not seen
    const niet = await nietVrijgegevenVoor(dataSource, regels.map((r) => r.auditId).filter((a): a is string => !!a));
    // while someone else in the household is beschermd, no access by an organisation that tells where they stay
    const beschermden = await beschermd(dataSource, (await dataSource.getRepository(Persoon).findBy({ huishoudenId: persoon.huishoudenId })).map((p) => p.id));
    const uit: Inzageregel[] = [];
    for (const r of regels.filter(isVolledig).filter((x) => !verborgenVoor(x.organisatie, grant.sub, beschermden))) {
      const items = ((r.inhoud as Inzieninhoud).verstrekt ?? [])
        .filter((v) => v.persoon === persoonId || (v.persoon === null && v.huishouden === persoon.huishoudenId))
        .filter((v) => vrijgegeven(niet, r.auditId, v.partner))
        .filter((v) => !onderNogNietGemeld(r, v.huishouden, nogNiet, beleid));
      if (items.length === 0) continue;
      const grondslagen = perGrondslag(items);
      const categorieen = [...new Set(items.map((v) => v.categorie))].sort();
      const eigen = r.rol === 'client' && r.sub === grant.sub;
      // by name where the policy allows it for the vorm in which they looked at this household (inzage.yaml naam_professional)
      const vorm = (r.inhoud as Inzieninhoud).betrokkenheden?.find((b) => b.huishouden === persoon.huishoudenId)?.vorm;
      const professional = r.rol !== 'client' && r.sub && r.organisatie && vorm && (beleid.inzage.naamProfessional as string[]).includes(vorm) ? bekendeNaam(r.organisatie, r.sub) ?? null : null;
      const functie = `${ROLLEN[r.rol] ?? 'medewerker'} van ${ORGANISATIES[r.organisatie ?? ''] ?? 'een andere organisatie'}`;
      const wie = r.rol === 'client' ? (eigen ? 'u zelf' : 'een ander gezinslid') : professional ? `${professional}, ${functie},` : `een ${functie}`;
      const wanneer = r.tijdstip.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
      // kinds of information in words, never their keys; each on the ground it was really shown on
      const wat = grondslagen.map((g) => `${g.categorieen.map(soortInWoorden).join(', ')} (${g.grondslag})`).join('; en over ');
      uit.push({
        volgnummer: r.volgnummer, eigen, tijdstip: r.tijdstip, organisatie: r.organisatie, rol: r.rol, professional, categorieen, grondslagen, doorbraak: grondslagen.some((g) => g.soort === 'doorbraak'),
        omschrijving: `Op ${wanneer} zag ${wie} gegevens over ${wat}.`,
      });
    }
    return uit;
  }

  @Mutation(() => Boolean, { description: 'De organisatie meldt haar betrokkenheid (bijvoorbeeld een onderzoek) aan het gezin: vanaf nu staat haar toegang in de inzage' })
  @Categorie('grondslag')
  async meldAanGezin(@Arg('betrokkenheid', () => ID) id: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<boolean> {
    return dataSource.transaction(async (m) => {
      const b = await m.getRepository(Betrokkenheid).findOne({ where: { id: controleerPseudoniem(id, 'betrokkenheid') }, lock: { mode: 'pessimistic_write' } });
      if (!b || b.professional !== grant.sub || b.organisatie !== grant.organisatie) throw geweigerd('Alleen wie de betrokkenheid heeft, meldt die aan het gezin');
      if (b.gemeldAanGezin) return true;
      b.gemeldAanGezin = new Date();
      await m.getRepository(Betrokkenheid).save(b);
      await legRegistratieVast(m, grant, 'melding-aan-gezin', [b.huishoudenId], [], { betrokkenheid: b.id, gemeldAanGezin: b.gemeldAanGezin });
      return true;
    });
  }
}

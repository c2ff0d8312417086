import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Ctx, Query, Resolver } from 'type-graphql';
import { ArrayContains, IsNull, MoreThan, MoreThanOrEqual } from 'typeorm';

import { aanduiding } from '../aanduiding';
import { Betrokkenheid } from '../betrokkenheid';
import { Doorbraak } from '../doorbraak';
import { datumInWoorden, ORGANISATIES } from '../organisaties';
import { Persoon } from '../persoon';
import { Toestemming } from '../toestemming';
import { nogNietGemeld } from '../toegangslog/uitgesteld';
import { Deling } from './deling';
import { delingen } from './deling.regels';
import { MijnToestemming } from './mijn-toestemming';
import { beleidInWerking } from '../beleid/in-werking';
import { beschermd, verborgenVoor } from './bescherming';
import { volledigeVragen } from './vraag.resolver';
import { doelInWoorden, soortenInWoorden, soortInWoorden } from './woorden';
import { metZeggenschap } from './zeggenschap';

function alleenGezinslid(rol: string): void {
  if (rol !== 'client') throw new GraphQLError('De inzage is voor de gezinsleden zelf', { extensions: { code: 'FORBIDDEN' } });
}

const vandaag = () => new Date().toISOString().slice(0, 10);
const geldig = (t: Toestemming) => t.ingetrokkenOp === null && t.geldigVanaf <= vandaag() && (t.geldigTot === null || t.geldigTot >= vandaag());

function ontvanger(t: Toestemming): string {
  const naam = ORGANISATIES[t.ontvangerOrganisatie] ?? t.ontvangerOrganisatie;
  return `${naam}${t.ontvangerTeam ? `, alleen team ${t.ontvangerTeam}` : ''}${t.ontvangerProfessional ? `, alleen professional ${t.ontvangerProfessional}` : ''}`;
}

/** A household member's own view of sharing: their toestemmingen, and who may see what about them on which grondslag. */
@Resolver()
export class GezinResolver {
  @Query(() => [MijnToestemming], { description: 'Voor een gezinslid: de toestemmingen van of voor u, en die u gaf voor een kind over wie u nog beslist (tot 16 jaar); die in de app gevraagd zijn, staan in mijnToestemmingsvragen' })
  @Categorie('grondslag')
  async mijnToestemmingen(@Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnToestemming[]> {
    alleenGezinslid(grant.rol);
    const sub = controleerPseudoniem(grant.sub, 'sub');
    const ik = await dataSource.getRepository(Persoon).findOneBy({ id: sub });
    const leden = ik ? await dataSource.getRepository(Persoon).findBy({ huishoudenId: ik.huishoudenId }) : [];
    const alle = await dataSource.getRepository(Toestemming).find({ where: [{ persoonId: sub, vraagId: IsNull() }, { gegevenDoor: ArrayContains([sub]), vraagId: IsNull() }], order: { geldigVanaf: 'ASC', id: 'ASC' } });
    // what a youth of 16 or older decides alone is no longer in a parent's view
    const zeggenschap = await metZeggenschap(dataSource, grant, alle.filter((t) => t.persoonId !== sub).map((t) => t.persoonId));
    const beschermden = await beschermd(dataSource, leden.map((l) => l.id));
    const toestemmingen = alle.filter((t) => (t.persoonId === sub || zeggenschap.has(t.persoonId)) && !verborgenVoor(t.ontvangerOrganisatie, sub, beschermden));
    return toestemmingen.map((t) => {
      const lid = leden.find((l) => l.id === t.persoonId);
      const voorWie = t.persoonId === sub ? 'uzelf' : lid ? aanduiding(lid, leden) : 'een gezinslid';
      const status = t.ingetrokkenOp ? `ingetrokken op ${datumInWoorden(t.ingetrokkenOp)}` : geldig(t) ? 'geldig' : 'niet (meer) geldig';
      return {
        id: t.id, persoon: t.persoonId, voorWie, doorU: t.gegevenDoor.includes(sub), organisatie: t.ontvangerOrganisatie, ontvanger: ontvanger(t), categorieen: t.categorieen, soorten: t.categorieen.map(soortInWoorden), doel: t.doel, waarvoor: doelInWoorden(t.doel), vorm: t.vorm,
        geldigVanaf: t.geldigVanaf, geldigTot: t.geldigTot, ingetrokkenOp: t.ingetrokkenOp, geldig: geldig(t),
        omschrijving: `Toestemming voor ${voorWie}: ${ontvanger(t)} mag ${soortenInWoorden(t.categorieen)} zien ${doelInWoorden(t.doel)}, vanaf ${datumInWoorden(t.geldigVanaf)}${t.geldigTot ? ` tot ${datumInWoorden(t.geldigTot)}` : ''}; ${status}.`,
      };
    });
  }

  @Query(() => [Deling], { description: 'Voor een gezinslid: welke organisaties bij uw huishouden betrokken zijn, en wat zij over u mogen zien, waarop' })
  @Categorie('grondslag')
  async mijnDeling(@Ctx() { dataSource, grant }: SubgraphContext): Promise<Deling[]> {
    alleenGezinslid(grant.rol);
    const ik = await dataSource.getRepository(Persoon).findOneBy({ id: controleerPseudoniem(grant.sub, 'sub') });
    if (!ik) return [];
    const beleid = await beleidInWerking(dataSource, grant);
    const huishoudenId = ik.huishoudenId;
    const [betrokkenheden, toestemmingen, doorbraken, nogNiet] = await Promise.all([
      dataSource.getRepository(Betrokkenheid).find({ where: [{ huishoudenId, tot: IsNull() }, { huishoudenId, tot: MoreThanOrEqual(vandaag()) }], order: { vanaf: 'ASC', id: 'ASC' } }),
      dataSource.getRepository(Toestemming).find({ where: { persoonId: ik.id }, order: { geldigVanaf: 'ASC', id: 'ASC' } }),
      dataSource.getRepository(Doorbraak).find({ where: { huishoudenId, eindigtOp: MoreThan(new Date()), personen: ArrayContains([ik.id]) }, order: { begintOp: 'ASC' } }),
      nogNietGemeld(dataSource, beleid, huishoudenId),
    ]);
    // a yes in the app counts once everyone the age rules ask has said yes, as the gateway decides
    const volledig = await volledigeVragen(dataSource, grant, toestemmingen.flatMap((t) => (t.vraagId ? [t.vraagId] : [])));
    const telt = (t: Toestemming) => geldig(t) && (t.vraagId === null || volledig.has(t.vraagId));
    // while someone else in the household is beschermd, nothing that tells where they stay
    const beschermden = await beschermd(dataSource, (await dataSource.getRepository(Persoon).findBy({ huishoudenId })).map((p) => p.id));
    const zichtbaar = (organisatie: string) => !verborgenVoor(organisatie, ik.id, beschermden);
    return delingen(beleid, {
      betrokkenheden: betrokkenheden.filter((b) => b.vanaf <= vandaag() && zichtbaar(b.organisatie)), toestemmingen: toestemmingen.filter((t) => telt(t) && zichtbaar(t.ontvangerOrganisatie)), doorbraken: doorbraken.filter((d) => zichtbaar(d.organisatie)),
    }, nogNiet);
  }
}

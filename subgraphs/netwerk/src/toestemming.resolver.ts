import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, Grant, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { DataSource, EntityManager } from 'typeorm';

import { betrokkenBij } from './betrokken';
import { Gezag } from './gezag';
import { Persoon } from './persoon';
import { Toestemming } from './toestemming';
import { ToestemmingInvoer } from './toestemming.invoer';
import { bezwarenTegenToestemming } from './toestemming.regels';
import { sluit } from './gezin/sluiten';
import { metZeggenschap } from './gezin/zeggenschap';
import { legRegistratieVast } from './toegangslog/registratie';

function geweigerd(wat: string, bezwaren: string[], code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(`${wat}: ${bezwaren.join('; ')}`, { extensions: { code, bezwaren } });
}

const NIET_BETROKKEN = 'deze persoon is niet bekend, of u bent niet betrokken bij het huishouden';
/** For a household member: one answer for an unknown id and for someone else's consent alike. */
const NIET_VAN_U = 'deze toestemming is niet bekend, of niet van of door u';
/** For a professional: one answer for an unknown id and for a consent they may not revoke alike. */
const NIET_INTREKBAAR = 'deze toestemming is niet bekend, of u mag haar niet intrekken (dat mag wie haar vastlegde, de regiehouder van het huishouden, en het gezinslid om wie het gaat of dat haar gaf)';

/**
 * Who may revoke: the person the consent is about and whoever gave it while they still have a say (a household member), the
 * professional who registered it while still involved with the household, or the household's
 * regiehouder; no other professional, however involved (a consultatie included).
 */
async function magIntrekken(m: EntityManager | DataSource, grant: Grant, toestemming: Toestemming, huishoudenId: string): Promise<boolean> {
  // a giver only while they still have a say: a parent does not undo what a youth of 16 now decides alone
  if (grant.rol === 'client') return toestemming.persoonId === grant.sub || (toestemming.gegevenDoor.includes(grant.sub) && (await metZeggenschap(m, grant, [toestemming.persoonId])).has(toestemming.persoonId));
  const vastgelegd = toestemming.geregistreerdDoor === grant.sub && toestemming.geregistreerdDoorOrganisatie === grant.organisatie;
  return betrokkenBij(m, grant, huishoudenId, !vastgelegd);
}

@Resolver(() => Toestemming)
export class ToestemmingResolver {
  // the same category as the consent itself: it tells only what the caller did (registered it) or is
  // (regiehouder, in the betrokkenheden beside it), and lets an app offer revocation only where it works
  @FieldResolver(() => Boolean, { description: 'Of u deze toestemming nu mag intrekken: als u haar vastlegde en nog betrokken bent, of als u de regie voert (een gezinslid: als zij van of door u is)' })
  @Categorie('grondslag')
  async magIntrekken(@Root() toestemming: Toestemming, @Ctx() { dataSource, grant }: SubgraphContext): Promise<boolean> {
    if (toestemming.ingetrokkenOp) return false;
    const persoon = await dataSource.getRepository(Persoon).findOneBy({ id: toestemming.persoonId });
    return !!persoon && magIntrekken(dataSource, grant, toestemming, persoon.huishoudenId);
  }

  @Mutation(() => Toestemming, { description: 'Legt een gegeven toestemming vast; of die volledig is, bepaalt het beleid bij elk gebruik' })
  @Categorie('grondslag')
  async registreerToestemming(@Arg('invoer', () => ToestemmingInvoer) invoer: ToestemmingInvoer, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Toestemming> {
    const persoonId = controleerPseudoniem(invoer.persoon, 'persoon');
    const persoon = await dataSource.getRepository(Persoon).findOneBy({ id: persoonId });
    if (!persoon || !(await betrokkenBij(dataSource, grant, persoon.huishoudenId))) throw geweigerd('Toestemming niet geregistreerd', [NIET_BETROKKEN], 'FORBIDDEN');
    const gezag = await dataSource.getRepository(Gezag).findBy({ kindId: persoonId });
    const bezwaren = bezwarenTegenToestemming({ ...invoer, persoon: persoonId }, gezag.map((g) => g.gezaghebbendeId));
    if (bezwaren.length) throw geweigerd('Toestemming niet geregistreerd', bezwaren);
    const { persoon: _, ...velden } = invoer;
    return dataSource.transaction(async (m) => {
      const toestemming = await m.getRepository(Toestemming).save({
        ...velden,
        id: randomUUID(),
        persoonId,
        ontvangerTeam: invoer.ontvangerTeam ?? null,
        ontvangerProfessional: invoer.ontvangerProfessional ?? null,
        geldigTot: invoer.geldigTot ?? null,
        ingetrokkenOp: null,
        geregistreerdDoor: grant.sub,
        geregistreerdDoorOrganisatie: grant.organisatie as Toestemming['geregistreerdDoorOrganisatie'],
      });
      await legRegistratieVast(m, grant, 'toestemming', [persoon.huishoudenId], [persoonId], { toestemming });
      return toestemming;
    });
  }

  @Mutation(() => Toestemming, { description: 'Trekt een toestemming in, per direct: het volgende verzoek deelt al niets meer op grond ervan. Door wie haar vastlegde (nog betrokken), de regiehouder van het huishouden, of het gezinslid om wie het gaat of dat haar gaf' })
  @Categorie('grondslag')
  async trekToestemmingIn(@Arg('id', () => ID) id: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Toestemming> {
    return dataSource.transaction(async (m) => {
      const toestemming = await m.getRepository(Toestemming).findOne({ where: { id: controleerPseudoniem(id, 'id') }, lock: { mode: 'pessimistic_write' } });
      const persoon = toestemming && (await m.getRepository(Persoon).findOneBy({ id: toestemming.persoonId }));
      if (!toestemming || !persoon || !(await magIntrekken(m, grant, toestemming, persoon.huishoudenId))) throw geweigerd('Toestemming niet ingetrokken', [grant.rol === 'client' ? NIET_VAN_U : NIET_INTREKBAAR], 'FORBIDDEN');
      if (toestemming.ingetrokkenOp) throw geweigerd('Toestemming niet ingetrokken', [`al ingetrokken op ${toestemming.ingetrokkenOp.toISOString()}`]);
      toestemming.ingetrokkenOp = new Date();
      const ingetrokken = await m.getRepository(Toestemming).save(toestemming);
      // one revocation closes the household's own vraag: the other yeses to it go with it
      const ook = ingetrokken.vraagId ? { vraag: ingetrokken.vraagId, ...(await sluit(m, ingetrokken.vraagId)) } : {};
      await legRegistratieVast(m, grant, 'intrekking', [persoon.huishoudenId], [persoon.id], { toestemming: ingetrokken.id, ingetrokkenOp: ingetrokken.ingetrokkenOp, ...ook });
      return ingetrokken;
    });
  }
}

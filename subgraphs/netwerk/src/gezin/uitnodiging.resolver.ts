import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { In, IsNull } from 'typeorm';

import { Betrokkenheid } from '../betrokkenheid';
import { Betrokkenheidsvorm, Organisatie } from '../enums';
import { legRegistratieVast } from '../toegangslog/registratie';
import { MijnToestemmingsvraag } from './mijn-vraag';
import { soortInWoorden } from './woorden';
import { Uitnodiging } from './uitnodiging';
import { Toestemmingsvraag } from './vraag';
import { alleenGezinslid, alsMijnVragen, legVraagVast } from './vraag.resolver';

@InputType({ description: 'Een professional van een partner uitnodigen voor uw plan, met uw toestemming voor alleen die professional' })
export class UitnodigingInvoer {
  @Field(() => Organisatie)
  organisatie!: Organisatie;

  @Field({ description: 'De professional (zie toestemmingskeuzes.uitTeNodigen)' })
  professional!: string;

  @Field(() => [String], { description: 'Welke soorten gegevens over u die professional mag zien' })
  categorieen!: string[];

  @Field(() => String, { nullable: true, description: 'Tot en met (JJJJ-MM-DD); leeg: tot u haar intrekt' })
  geldigTot?: string | null;
}

/** An invitation as the invited professional reads it: which household, for what; never who in it invited. */
@ObjectType({ description: 'Een uitnodiging van een huishouden aan u' })
export class MijnUitnodiging {
  @Field(() => ID)
  @Categorie('pseudoniem')
  id!: string;

  @Field(() => ID, { description: 'Het huishouden (pseudoniem)' })
  @Categorie('pseudoniem')
  huishouden!: string;

  @Field(() => [String], { description: 'Welke soorten gegevens u met de toestemming mag zien' })
  @Categorie('grondslag')
  soorten!: string[];

  @Field()
  @Categorie('grondslag')
  uitgenodigdOp!: Date;
}

const ONBEKEND = 'deze uitnodiging is niet bekend, niet voor u, of niet meer open';

/** The Utrecht model: a household member invites a named professional; accepting registers the betrokkenheid the consent opens. */
@Resolver()
export class UitnodigingResolver {
  @Mutation(() => MijnToestemmingsvraag, { description: 'Een gezinslid nodigt een professional uit voor het plan en geeft daarbij toestemming, voor alleen die professional. Intrekken (trekToestemmingIn) beëindigt ook de betrokkenheid' })
  @Categorie('grondslag')
  async nodigUit(@Arg('invoer', () => UitnodigingInvoer) invoer: UitnodigingInvoer, @Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnToestemmingsvraag> {
    const sub = alleenGezinslid(grant);
    if (!invoer.professional.trim()) throw new GraphQLError('Niet uitgenodigd: noem de professional', { extensions: { code: 'BAD_USER_INPUT' } });
    return dataSource.transaction(async (m) => {
      const id = randomUUID();
      const { vraag, kring } = await legVraagVast(m, grant, { persoon: sub, ontvangerOrganisatie: invoer.organisatie, ontvangerProfessional: invoer.professional, categorieen: invoer.categorieen, geldigTot: invoer.geldigTot }, 'uitnodiging', { uitnodiging: id });
      await m.getRepository(Uitnodiging).save({ id, vraagId: vraag.id, huishoudenId: vraag.huishoudenId, organisatie: invoer.organisatie, professional: invoer.professional, betrokkenheidId: null });
      return (await alsMijnVragen(m, grant, kring, [vraag]))[0];
    });
  }

  @Query(() => [MijnUitnodiging], { description: 'Voor een professional: de uitnodigingen van huishoudens aan u die nog open staan' })
  @Categorie('grondslag')
  async mijnUitnodigingen(@Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnUitnodiging[]> {
    const open = await dataSource.getRepository(Uitnodiging).find({ where: { professional: grant.sub, organisatie: grant.organisatie ?? '', betrokkenheidId: IsNull() }, order: { uitgenodigdOp: 'ASC' } });
    const vragen = open.length ? await dataSource.getRepository(Toestemmingsvraag).findBy({ id: In(open.map((u) => u.vraagId)) }) : [];
    const geldig = await geldigeVragen(dataSource, vragen.map((v) => v.id));
    return open.filter((u) => geldig.has(u.vraagId)).map((u) => ({ id: u.id, huishouden: u.huishoudenId, uitgenodigdOp: u.uitgenodigdOp, soorten: vragen.find((v) => v.id === u.vraagId)!.categorieen.map(soortInWoorden) }));
  }

  @Mutation(() => Betrokkenheid, { description: 'Een professional neemt een uitnodiging aan: dat registreert de betrokkenheid (duo), waarop de toestemming van het gezinslid opent' })
  @Categorie('grondslag')
  async neemUitnodigingAan(@Arg('uitnodiging', () => ID) uitnodigingId: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Betrokkenheid> {
    const id = controleerPseudoniem(uitnodigingId, 'uitnodiging');
    return dataSource.transaction(async (m) => {
      const u = await m.getRepository(Uitnodiging).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const geldig = u ? await geldigeVragen(m, [u.vraagId]) : new Set<string>();
      if (!u || u.professional !== grant.sub || u.organisatie !== grant.organisatie || u.betrokkenheidId || !geldig.has(u.vraagId) || !grant.team) {
        throw new GraphQLError(`Uitnodiging niet aangenomen: ${ONBEKEND}`, { extensions: { code: 'FORBIDDEN' } });
      }
      const betrokkenheid = await m.getRepository(Betrokkenheid).save({
        id: randomUUID(), huishoudenId: u.huishoudenId, organisatie: u.organisatie, team: grant.team, professional: grant.sub, vorm: Betrokkenheidsvorm.duo, regiehouder: false,
        vanaf: new Date().toISOString().slice(0, 10), tot: null, grondslag: null, afweging: null, uitspraakkenmerk: null, gemeldAanGezin: new Date(), bevestigdDoor: null, bevestigdMet: null, bevestigdOp: null,
      });
      u.betrokkenheidId = betrokkenheid.id;
      await m.getRepository(Uitnodiging).save(u);
      await legRegistratieVast(m, grant, 'betrokkenheid', [u.huishoudenId], [], { betrokkenheid, uitnodiging: u.id, vraag: u.vraagId });
      return betrokkenheid;
    });
  }
}

/** Of these vragen, those whose consent still holds (the inviter's own yes, not revoked, not expired). */
async function geldigeVragen(m: Parameters<typeof alsMijnVragen>[0], ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const vandaag = new Date().toISOString().slice(0, 10);
  const rijen = (await m.query(
    `SELECT v.id FROM toestemmingsvraag v JOIN toestemming t ON t.vraag_id = v.id AND t.ingetrokken_op IS NULL AND t.persoon_id = v.persoon_id AND v.gevraagd_door = ANY(t.gegeven_door)
     WHERE v.id = ANY($1) AND (v.geldig_tot IS NULL OR v.geldig_tot >= $2)`, [ids, vandaag])) as Array<{ id: string }>;
  return new Set(rijen.map((r) => r.id));
}

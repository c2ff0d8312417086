import { binnenReikwijdte, Categorie, controleerLimiet, controleerPseudoniem, laadEen, laadPer, MAX_HUISHOUDENS_PER_VERZOEK, SubgraphContext } from '@netwerkdossier/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { Betrokkenheid, WACHT_OP_BEVESTIGING_SQL } from './betrokkenheid';
import { Huishouden } from './huishouden';
import { Persoon } from './persoon';

@Resolver(() => Huishouden)
export class HuishoudenResolver {
  @Query(() => Huishouden, { nullable: true, description: 'Eén huishouden op pseudoniem' })
  @Categorie('pseudoniem')
  async huishouden(@Arg('id', () => ID) id: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Huishouden | null> {
    const pseudoniem = controleerPseudoniem(id, 'id');
    return binnenReikwijdte(grant, pseudoniem) ? laadEen(dataSource, Huishouden, 'id', pseudoniem) : null;
  }

  @Query(() => Huishouden, { nullable: true, description: 'Voor een gezinslid: het eigen huishouden; wat u ervan ziet, staat in policies/gezin.yaml' })
  @Categorie('pseudoniem')
  async mijnHuishouden(@Ctx() { dataSource, grant }: SubgraphContext): Promise<Huishouden | null> {
    if (grant.rol !== 'client') return null;
    const persoon = await dataSource.getRepository(Persoon).findOneBy({ id: controleerPseudoniem(grant.sub, 'sub') });
    // the gateway's own call fixes the scope; every other call returns that scope only
    if (!persoon || (grant.intern !== 'beslissingscontext' && !binnenReikwijdte(grant, persoon.huishoudenId))) return null;
    return dataSource.getRepository(Huishouden).findOneBy({ id: persoon.huishoudenId });
  }

  @Query(() => [Huishouden], { description: 'De huishoudens waarbij u nu betrokken bent in een vorm die bij het doel past, per pagina' })
  @Categorie('pseudoniem')
  async huishoudens(
    @Arg('limiet', () => Int, { defaultValue: 50 }) limiet: number,
    @Arg('vanaf', () => Int, { defaultValue: 0 }) vanaf: number,
    @Ctx() { dataSource, grant }: SubgraphContext,
  ): Promise<Huishouden[]> {
    const vandaag = new Date().toISOString().slice(0, 10);
    const lijst = dataSource.getRepository(Huishouden).createQueryBuilder('h')
      .andWhere(
        `EXISTS (SELECT 1 FROM betrokkenheid b WHERE b.huishouden_id = h.id AND b.professional = :sub AND b.organisatie = :organisatie AND b.vorm = ANY(:vormen) AND b.vanaf <= :vandaag AND (b.tot IS NULL OR b.tot >= :vandaag) AND NOT ${WACHT_OP_BEVESTIGING_SQL})`,
        { sub: grant.sub, organisatie: grant.organisatie ?? '', vormen: grant.vormen, vandaag },
      )
      .orderBy('h.id', 'ASC');
    // the gateway's own call pages and so fixes the scope; every other call returns that scope, in the same order
    if (grant.intern === 'beslissingscontext') return lijst.take(controleerLimiet(limiet, MAX_HUISHOUDENS_PER_VERZOEK)).skip(Math.max(0, vanaf)).getMany();
    return lijst.andWhere('h.id = ANY(:reikwijdte)', { reikwijdte: grant.reikwijdte ?? [] }).getMany();
  }

  @FieldResolver(() => [Persoon], { description: 'De gezinsleden (als pseudoniemen; wat over hen te zien is, hangt per veld af)' })
  @Categorie('pseudoniem')
  async leden(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Persoon[]> {
    return laadPer(dataSource, Persoon, 'huishoudenId', { geboortejaar: 'ASC', id: 'ASC' }).load(huishouden.id);
  }

  @FieldResolver(() => [Betrokkenheid], { description: 'Wie er bij dit huishouden betrokken is, in welke vorm en op welke grond (een onderzoek of maatregel is zelf gevoelig: categorie grondslag)' })
  @Categorie('grondslag')
  async betrokkenheden(@Root() huishouden: Huishouden, @Ctx() { dataSource }: SubgraphContext): Promise<Betrokkenheid[]> {
    return laadPer(dataSource, Betrokkenheid, 'huishoudenId', { vanaf: 'ASC', id: 'ASC' }).load(huishouden.id);
  }
}

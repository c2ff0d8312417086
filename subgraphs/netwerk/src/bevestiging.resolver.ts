import { Categorie, controleerPseudoniem, SubgraphContext, wachtOpBevestiging } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { Betrokkenheid, WACHT_OP_BEVESTIGING_SQL } from './betrokkenheid';
import { alsTeBevestigen, bezwaarTegenBevestiger, legBevestigingVast, TeBevestigen } from './bevestiging';

function geweigerd(bezwaar: string, code = 'FORBIDDEN'): GraphQLError {
  return new GraphQLError(`Betrokkenheid niet bevestigd: ${bezwaar}`, { extensions: { code, bezwaren: [bezwaar] } });
}

const vandaag = () => new Date().toISOString().slice(0, 10);

@Resolver(() => Betrokkenheid)
export class BevestigingResolver {
  @Query(() => [TeBevestigen], { description: 'Voor een teamleider of gedragswetenschapper: de onderzoeken en maatregelen van anderen uit het eigen team en de eigen organisatie die op bevestiging wachten, oudste eerst; zonder dossierinhoud' })
  @Categorie('grondslag')
  async teBevestigen(@Ctx() { dataSource, grant }: SubgraphContext): Promise<TeBevestigen[]> {
    const bezwaar = bezwaarTegenBevestiger(grant);
    if (bezwaar) throw new GraphQLError(`Geen lijst te bevestigen: ${bezwaar}`, { extensions: { code: 'FORBIDDEN' } });
    // the same that bevestigBetrokkenheid accepts: own organisation and team, running, never one's own
    const wachtend = await dataSource.getRepository(Betrokkenheid).createQueryBuilder('b')
      .where('b.organisatie = :organisatie AND b.team = :team AND b.professional <> :sub', { organisatie: grant.organisatie, team: grant.team, sub: grant.sub })
      .andWhere('(b.tot IS NULL OR b.tot >= :vandaag)', { vandaag: vandaag() })
      .andWhere(WACHT_OP_BEVESTIGING_SQL)
      .orderBy('b.geregistreerd_op', 'ASC').addOrderBy('b.id', 'ASC')
      .getMany();
    return wachtend.map(alsTeBevestigen);
  }

  @Mutation(() => Betrokkenheid, { description: 'Vier ogen: een teamleider of gedragswetenschapper bevestigt de wettelijke betrokkenheid (onderzoek, maatregel) van een ander uit het eigen team; pas dan opent zij gegevens' })
  @Categorie('grondslag')
  async bevestigBetrokkenheid(@Arg('betrokkenheid', () => ID) id: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Betrokkenheid> {
    const bezwaar = bezwaarTegenBevestiger(grant);
    if (bezwaar) throw geweigerd(bezwaar);
    const betrokkenheidId = controleerPseudoniem(id, 'betrokkenheid');
    return dataSource.transaction(async (m) => {
      const b = await m.getRepository(Betrokkenheid).findOne({ where: { id: betrokkenheidId }, lock: { mode: 'pessimistic_write' } });
      // one answer for every refusal, an unknown id included: it tells neither existence nor whose it is
      const mag = !!b && b.organisatie === grant.organisatie && b.team === grant.team && b.professional !== grant.sub && (b.tot === null || b.tot >= vandaag());
      if (!mag) throw geweigerd('deze betrokkenheid is niet bekend, of u mag haar niet bevestigen (alleen een teamleider of gedragswetenschapper van het eigen team, nooit de registrant zelf)');
      if (!wachtOpBevestiging(b)) throw geweigerd(b.bevestigdDoor ? 'deze betrokkenheid is al bevestigd' : 'deze betrokkenheid vraagt geen bevestiging', 'BAD_USER_INPUT');
      Object.assign(b, { bevestigdDoor: grant.sub, bevestigdMet: grant.rol, bevestigdOp: new Date() });
      const bevestigd = await m.getRepository(Betrokkenheid).save(b);
      await legBevestigingVast(m, grant, bevestigd);
      return bevestigd;
    });
  }
}

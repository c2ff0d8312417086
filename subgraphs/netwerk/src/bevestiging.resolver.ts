import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { Betrokkenheid, wachtOpBevestiging } from './betrokkenheid';
import { BEVESTIGENDE_ROLLEN, legBevestigingVast } from './bevestiging';

function geweigerd(bezwaar: string, code = 'FORBIDDEN'): GraphQLError {
  return new GraphQLError(`Betrokkenheid niet bevestigd: ${bezwaar}`, { extensions: { code, bezwaren: [bezwaar] } });
}

@Resolver(() => Betrokkenheid)
export class BevestigingResolver {
  @Mutation(() => Betrokkenheid, { description: 'Vier ogen: een teamleider of gedragswetenschapper bevestigt de wettelijke betrokkenheid (onderzoek, maatregel) van een ander uit het eigen team; pas dan opent zij gegevens' })
  @Categorie('grondslag')
  async bevestigBetrokkenheid(@Arg('betrokkenheid', () => ID) id: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Betrokkenheid> {
    if (!BEVESTIGENDE_ROLLEN.includes(grant.rol)) throw geweigerd(`de rol ${grant.rol} bevestigt geen betrokkenheden; dat doet een teamleider of gedragswetenschapper`);
    const betrokkenheidId = controleerPseudoniem(id, 'betrokkenheid');
    return dataSource.transaction(async (m) => {
      const b = await m.getRepository(Betrokkenheid).findOne({ where: { id: betrokkenheidId }, lock: { mode: 'pessimistic_write' } });
      const vandaag = new Date().toISOString().slice(0, 10);
      // one answer for every refusal, an unknown id included: it tells neither existence nor whose it is
      const mag = !!b && b.organisatie === grant.organisatie && b.team === grant.team && b.professional !== grant.sub && (b.tot === null || b.tot >= vandaag);
      if (!mag) throw geweigerd('deze betrokkenheid is niet bekend, of u mag haar niet bevestigen (alleen een teamleider of gedragswetenschapper van het eigen team, nooit de registrant zelf)');
      if (!wachtOpBevestiging(b)) throw geweigerd(b.bevestigdDoor ? 'deze betrokkenheid is al bevestigd' : 'deze betrokkenheid vraagt geen bevestiging', 'BAD_USER_INPUT');
      Object.assign(b, { bevestigdDoor: grant.sub, bevestigdMet: grant.rol, bevestigdOp: new Date() });
      const bevestigd = await m.getRepository(Betrokkenheid).save(b);
      await legBevestigingVast(m, grant, bevestigd);
      return bevestigd;
    });
  }
}

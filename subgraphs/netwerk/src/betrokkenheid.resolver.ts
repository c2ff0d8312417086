import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { IsNull, MoreThanOrEqual } from 'typeorm';

import { Betrokkenheid } from './betrokkenheid';
import { BetrokkenheidInvoer } from './betrokkenheid.invoer';
import { bezwarenTegen } from './betrokkenheid.regels';
import { Huishouden } from './huishouden';

const REGISTRERENDE_ROLLEN = ['professional', 'gedragswetenschapper'];

function geweigerd(bezwaren: string[], code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(`Betrokkenheid niet geregistreerd: ${bezwaren.join('; ')}`, { extensions: { code, bezwaren } });
}

@Resolver(() => Betrokkenheid)
export class BetrokkenheidResolver {
  @Mutation(() => Betrokkenheid, { description: 'Registreert een betrokkenheid; de organisatie van de registrant komt uit de grant van de gateway' })
  @Categorie('grondslag')
  async registreerBetrokkenheid(@Arg('invoer', () => BetrokkenheidInvoer) invoer: BetrokkenheidInvoer, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Betrokkenheid> {
    if (!REGISTRERENDE_ROLLEN.includes(grant.rol)) throw geweigerd([`de rol ${grant.rol} registreert geen betrokkenheden`], 'FORBIDDEN');
    const huishoudenId = controleerPseudoniem(invoer.huishouden, 'huishouden');
    const bezwaren = bezwarenTegen(invoer, grant);
    if (bezwaren.length) throw geweigerd(bezwaren);
    return dataSource.transaction(async (m) => {
      // the row lock serialises registrations per household, so two regiehouders cannot slip in together
      const huishouden = await m.getRepository(Huishouden).findOne({ where: { id: huishoudenId }, lock: { mode: 'pessimistic_write' } });
      const vandaag = new Date().toISOString().slice(0, 10);
      const regiehouder = await m.getRepository(Betrokkenheid).findOne({
        where: [
          { huishoudenId, regiehouder: true, tot: IsNull() },
          { huishoudenId, regiehouder: true, tot: MoreThanOrEqual(vandaag) },
        ],
      });
      // someone else's consultatie or duo is registered only by the household's regiehouder; the same answer
      // for an unknown household, so a refusal does not tell whether it exists
      const voorEenAnder = invoer.professional !== grant.sub;
      if (!huishouden || (voorEenAnder && (regiehouder?.professional !== grant.sub || regiehouder.organisatie !== grant.organisatie))) {
        throw geweigerd(['dit huishouden is niet bekend, of alleen de regiehouder mag hier de betrokkenheid van een ander registreren'], 'FORBIDDEN');
      }
      if (invoer.regiehouder && regiehouder) throw geweigerd(['het huishouden heeft al een regiehouder; één huishouden, één regiehouder']);
      const { huishouden: _, ...velden } = invoer;
      return m.getRepository(Betrokkenheid).save({ ...velden, id: randomUUID(), huishoudenId, tot: invoer.tot ?? null, grondslag: invoer.grondslag ?? null, afweging: invoer.afweging ?? null, uitspraakkenmerk: invoer.uitspraakkenmerk ?? null });
    });
  }
}

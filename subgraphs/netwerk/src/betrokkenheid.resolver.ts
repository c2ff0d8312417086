import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, SubgraphContext, wachtOpBevestiging } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { IsNull, MoreThanOrEqual } from 'typeorm';

import { Betrokkenheid } from './betrokkenheid';
import { BetrokkenheidInvoer } from './betrokkenheid.invoer';
import { bezwarenTegen } from './betrokkenheid.regels';
import { legBevestigingVast } from './bevestiging';
import { Betrokkenheidsvorm } from './enums';
import { Huishouden } from './huishouden';
import { legRegistratieVast } from './toegangslog/registratie';

const REGISTRERENDE_ROLLEN = ['professional', 'gedragswetenschapper'];

function geweigerd(bezwaren: string[], code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(`Betrokkenheid niet geregistreerd: ${bezwaren.join('; ')}`, { extensions: { code, bezwaren } });
}

@Resolver(() => Betrokkenheid)
export class BetrokkenheidResolver {
  @Mutation(() => Betrokkenheid, { description: 'Registreert een betrokkenheid; de organisatie van de registrant komt uit de grant van de gateway. Een onderzoek of maatregel opent pas gegevens als het dossier van de eigen organisatie of een tweede professional het bevestigt' })
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
      const lopend = huishouden
        ? await m.getRepository(Betrokkenheid).find({ where: [{ huishoudenId, tot: IsNull() }, { huishoudenId, tot: MoreThanOrEqual(vandaag) }] })
        : [];
      const regiehouder = lopend.find((b) => b.regiehouder);
      const isRegiehouder = regiehouder?.professional === grant.sub && regiehouder.organisatie === grant.organisatie;
      const wettelijk = invoer.vorm === Betrokkenheidsvorm.onderzoek || invoer.vorm === Betrokkenheidsvorm.maatregel;
      // an unconfirmed statutory betrokkenheid counts for nothing, here too
      const eigenTeam = lopend.some((b) => b.organisatie === grant.organisatie && b.team === grant.team && !wachtOpBevestiging(b));
      // the own organisation's dossier holds the record this registration rests on (the gateway asked it)
      const dossier = wettelijk ? grant.dossierbevestigingen.find((d) => d.huishouden === huishoudenId && (invoer.vorm !== Betrokkenheidsvorm.maatregel || d.kenmerk === invoer.uitspraakkenmerk)) : undefined;
      // someone else's consultatie or duo: only the regiehouder; one's own statutory one: where one's
      // organisation's dossier holds its record (confirmed at once), or one's team already works with the
      // household (then it waits for a second professional's confirmation); one's own consultatie or duo:
      // only where one's team already works with the household, or to open a new case as its regiehouder
      const mag = !!huishouden && (invoer.professional !== grant.sub ? isRegiehouder : eigenTeam || (wettelijk ? !!dossier : lopend.length === 0 && invoer.regiehouder));
      // one answer for every refusal, an unknown household included: it tells neither existence nor who works there
      if (!mag) throw geweigerd(['dit huishouden is niet bekend, of u mag hier deze betrokkenheid niet registreren'], 'FORBIDDEN');
      if (invoer.regiehouder && regiehouder) throw geweigerd(['het huishouden heeft al een regiehouder; één huishouden, één regiehouder']);
      const { huishouden: _, ...velden } = invoer;
      const bevestiging = dossier ? { bevestigdDoor: `dossier:${grant.organisatie}`, bevestigdMet: dossier.kenmerk, bevestigdOp: new Date() } : { bevestigdDoor: null, bevestigdMet: null, bevestigdOp: null };
      const betrokkenheid = await m.getRepository(Betrokkenheid).save({ ...velden, id: randomUUID(), huishoudenId, tot: invoer.tot ?? null, grondslag: invoer.grondslag ?? null, afweging: invoer.afweging ?? null, uitspraakkenmerk: invoer.uitspraakkenmerk ?? null, ...bevestiging });
      await legRegistratieVast(m, grant, 'betrokkenheid', [huishoudenId], [], { betrokkenheid });
      if (dossier) await legBevestigingVast(m, grant, betrokkenheid);
      return betrokkenheid;
    });
  }
}

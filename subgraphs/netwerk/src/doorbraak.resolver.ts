import { randomUUID } from 'node:crypto';

import { Beleid, Categorie, CATEGORIEEN, controleerPseudoniem, maakLogger, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { MoreThan } from 'typeorm';

import { betrokkenBij } from './betrokken';
import { Doorbraak } from './doorbraak';
import { legRegistratieVast } from './toegangslog/registratie';
import { DoorbraakInvoer } from './doorbraak.invoer';
import { LopendeDoorbraak } from './lopende-doorbraak';
import { Persoon } from './persoon';
import { beleidInWerking } from './beleid/in-werking';

const log = maakLogger('netwerk');

function geweigerd(bezwaren: string[], code = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(`Doorbraak geweigerd: ${bezwaren.join('; ')}`, { extensions: { code, bezwaren } });
}

/** Everything wrong with a doorbraak under this policy, in Dutch. */
export function bezwarenTegenDoorbraak(invoer: DoorbraakInvoer, leden: string[], beleid: Beleid): string[] {
  const bezwaren: string[] = [];
  const { minimaleLengteReden, maximaleDuurUren, nooitVoor } = beleid.doorbraak;
  const reden = invoer.reden.trim();
  if (reden.length < minimaleLengteReden || new Set(reden.toLowerCase().split(/\W+/).filter((w) => w.length > 2)).size < 5) {
    bezwaren.push(`schrijf de reden uit (minstens ${minimaleLengteReden} tekens en vijf verschillende woorden): welke ernstige zorg over veiligheid, en waarom toestemming nu niet kan`);
  }
  if (!Number.isInteger(invoer.uren) || invoer.uren < 1 || invoer.uren > maximaleDuurUren) bezwaren.push(`een doorbraak duurt 1 tot ${maximaleDuurUren} uur`);
  if (invoer.personen.length === 0) bezwaren.push('noem de personen');
  if (invoer.categorieen.length === 0) bezwaren.push('noem de categorieën');
  for (const c of invoer.categorieen) {
    if (!(CATEGORIEEN as readonly string[]).includes(c)) bezwaren.push(`onbekende categorie "${c}"`);
    else if (nooitVoor.includes(c as Categorie)) bezwaren.push(`een doorbraak opent nooit ${c}`);
  }
  // membership last, and without saying which person
  if (!bezwaren.length && invoer.personen.some((p) => !leden.includes(p))) bezwaren.push('noem alleen personen uit dit huishouden');
  return bezwaren;
}

@Resolver(() => Doorbraak)
export class DoorbraakResolver {
  @Mutation(() => Doorbraak, { description: 'Breekt het glas: tijdelijk toegang tot genoemde categorieën van genoemde personen; gemeld aan de privacyfunctionaris' })
  @Categorie('grondslag')
  async registreerDoorbraak(@Arg('invoer', () => DoorbraakInvoer) invoer: DoorbraakInvoer, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Doorbraak> {
    const huishoudenId = controleerPseudoniem(invoer.huishouden, 'huishouden');
    if (!['professional', 'gedragswetenschapper'].includes(grant.rol) || !(await betrokkenBij(dataSource, grant, huishoudenId))) {
      throw geweigerd(['dit huishouden is niet bekend, of u bent er niet bij betrokken'], 'FORBIDDEN');
    }
    // the version the gateway decided the request under (its grant): the doorbraak records the version it was allowed under
    const beleid = await beleidInWerking(dataSource, grant);
    const leden = (await dataSource.getRepository(Persoon).findBy({ huishoudenId })).map((p) => p.id);
    const personen = invoer.personen.map((p) => controleerPseudoniem(p, 'personen'));
    const bezwaren = bezwarenTegenDoorbraak({ ...invoer, personen }, leden, beleid);
    if (bezwaren.length) throw geweigerd(bezwaren);
    const doorbraak = await dataSource.transaction(async (m) => {
      const opgeslagen = await m.getRepository(Doorbraak).save({
        id: randomUUID(),
        huishoudenId,
        personen,
        categorieen: invoer.categorieen,
        professional: grant.sub,
        organisatie: grant.organisatie ?? '',
        reden: invoer.reden.trim(),
        eindigtOp: new Date(Date.now() + invoer.uren * 3_600_000),
        beleidsversie: beleid.versie,
      });
      await legRegistratieVast(m, grant, 'doorbraak', [huishoudenId], personen, { doorbraak: opgeslagen }, beleid.versie);
      return opgeslagen;
    });
    // the privacy officer reviews it from the toegangslog record (beoordelingen); this line is the operators' notice
    log.warn({ doorbraak: doorbraak.id, professional: grant.sub, organisatie: grant.organisatie, huishouden: huishoudenId, categorieen: doorbraak.categorieen, eindigtOp: doorbraak.eindigtOp }, 'doorbraak: melding aan de privacyfunctionaris');
    return doorbraak;
  }

  @Query(() => [LopendeDoorbraak], { description: 'Voor een professional: de eigen doorbraken die nog lopen, eerst de eerst eindigende' })
  @Categorie('grondslag')
  async mijnDoorbraken(@Ctx() { dataSource, grant }: SubgraphContext): Promise<LopendeDoorbraak[]> {
    const lopend = await dataSource.getRepository(Doorbraak).find({ where: { professional: grant.sub, organisatie: grant.organisatie ?? '', eindigtOp: MoreThan(new Date()) }, order: { eindigtOp: 'ASC' } });
    return lopend.map((d) => ({ id: d.id, huishouden: d.huishoudenId, personen: d.personen, categorieen: d.categorieen, begintOp: d.begintOp, eindigtOp: d.eindigtOp }));
  }

  @Mutation(() => Doorbraak, { description: 'Beëindigt een eigen lopende doorbraak nu, voor de gestelde tijd: vanaf het volgende verzoek opent hij niets meer. Vastgelegd in het toegangslog, zoals het begin' })
  @Categorie('grondslag')
  async beeindigDoorbraak(@Arg('id', () => ID) doorbraakId: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Doorbraak> {
    const id = controleerPseudoniem(doorbraakId, 'id');
    return dataSource.transaction(async (m) => {
      const d = await m.getRepository(Doorbraak).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!d || d.professional !== grant.sub || d.organisatie !== grant.organisatie || d.eindigtOp <= new Date()) {
        throw geweigerd(['deze doorbraak is niet van u, of loopt niet meer'], 'FORBIDDEN');
      }
      const gepland = d.eindigtOp;
      d.eindigtOp = new Date();
      await m.getRepository(Doorbraak).update({ id }, { eindigtOp: d.eindigtOp });
      await legRegistratieVast(m, grant, 'doorbraak-beeindigd', [d.huishoudenId], d.personen, { doorbraak: d.id, eindigtOp: d.eindigtOp, gepland }, d.beleidsversie);
      log.warn({ doorbraak: d.id, professional: grant.sub, huishouden: d.huishoudenId, gepland }, 'doorbraak vroegtijdig beëindigd: melding aan de privacyfunctionaris');
      return d;
    });
  }
}

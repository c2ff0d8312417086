import { randomUUID } from 'node:crypto';

import { Categorie, controleerPseudoniem, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { In } from 'typeorm';

import { Organisatie } from '../enums';
import { datumInWoorden, ORGANISATIES } from '../organisaties';
import { Persoon } from '../persoon';
import { Logregel } from '../toegangslog/logregel';
import { legRegistratieVast } from '../toegangslog/registratie';
import { alleenGezinslid } from './vraag.resolver';
import { Verzoek, Verzoekantwoord, VERZOEKSOORTEN, Verzoeksoort } from './verzoek';
import { Gezinsverzoek, MijnVerzoek } from './verzoek.typen';

/** Each kind of request in words, with the article of the AVG it rests on. */
const SOORT_IN_WOORDEN: Record<Verzoeksoort, string> = {
  bezwaar: 'Bezwaar (AVG artikel 21)',
  correctie: 'Verzoek om te verbeteren (AVG artikel 16)',
  verwijdering: 'Verzoek om te verwijderen (AVG artikel 17)',
};

@InputType({ description: 'Een bezwaar tegen een inzage, of een verzoek om iets te verbeteren of te verwijderen' })
export class VerzoekInvoer {
  @Field({ description: 'bezwaar, correctie of verwijdering' })
  soort!: string;

  @Field(() => Int, { nullable: true, description: 'Bij een bezwaar tegen een inzage: het volgnummer uit uw inzage' })
  logregel?: number | null;

  @Field(() => Organisatie, { nullable: true, description: 'Zonder inzage: de organisatie die het vastlegde' })
  organisatie?: Organisatie | null;

  @Field({ description: 'Waarover, in uw woorden of zoals u het in de app zag' })
  over!: string;

  @Field({ description: 'Uw toelichting' })
  toelichting!: string;
}

const fout = (bericht: string, code = 'BAD_USER_INPUT') => new GraphQLError(bericht, { extensions: { code } });

/** A request as the privacy officer reads it: pseudonyms, what and why, and the answer once given. */
function alsGezinsverzoek(v: Verzoek, a: Verzoekantwoord | undefined): Gezinsverzoek {
  return { id: v.id, huishouden: v.huishoudenId, persoon: v.persoonId, soort: v.soort, over: v.over, logregel: v.logregel, toelichting: v.toelichting, ingediendOp: v.ingediendOp, antwoord: a?.antwoord ?? null, beantwoordOp: a?.beantwoordOp ?? null };
}

function alsMijnVerzoek(v: Verzoek, a: Verzoekantwoord | undefined): MijnVerzoek {
  const naam = ORGANISATIES[v.organisatie] ?? v.organisatie;
  return {
    id: v.id, soort: SOORT_IN_WOORDEN[v.soort], organisatie: naam, over: v.over, toelichting: v.toelichting, ingediendOp: v.ingediendOp, antwoord: a?.antwoord ?? null, beantwoordOp: a?.beantwoordOp ?? null,
    omschrijving: a
      ? `De privacyfunctionaris van ${naam} antwoordde op ${datumInWoorden(a.beantwoordOp)}.`
      : `Ingediend op ${datumInWoorden(v.ingediendOp)}. De privacyfunctionaris van ${naam} heeft nog niet geantwoord.`,
  };
}

/** Objection and correction (AVG art. 21, 16, 17): lodged by a household member, answered by the privacy officer of the organisation responsible. */
@Resolver()
export class VerzoekResolver {
  @Mutation(() => MijnVerzoek, { description: 'Een gezinslid dient een bezwaar of een verzoek om te verbeteren of te verwijderen in; het komt bij de privacyfunctionaris van de organisatie' })
  @Categorie('grondslag')
  async dienVerzoekIn(@Arg('invoer', () => VerzoekInvoer) invoer: VerzoekInvoer, @Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnVerzoek> {
    const sub = alleenGezinslid(grant);
    if (!(VERZOEKSOORTEN as readonly string[]).includes(invoer.soort)) throw fout(`Niet ingediend: kies bezwaar, correctie of verwijdering`);
    if (invoer.toelichting.trim().length < 5) throw fout('Niet ingediend: schrijf kort wat er niet klopt of waarom u bezwaar maakt');
    return dataSource.transaction(async (m) => {
      const ik = await m.getRepository(Persoon).findOneBy({ id: sub });
      if (!ik) throw fout('Niet ingediend: u bent niet bekend als gezinslid', 'FORBIDDEN');
      let organisatie = invoer.organisatie ?? null;
      if (invoer.logregel != null) {
        // only an access to one's own data, by an organisation: one answer for every other number
        const regel = await m.getRepository(Logregel).findOneBy({ volgnummer: invoer.logregel });
        if (!regel || regel.actie !== 'inzien' || !regel.personen?.includes(sub) || !regel.organisatie) throw fout('Niet ingediend: deze inzage is niet bekend, of niet over u', 'FORBIDDEN');
        organisatie = regel.organisatie;
      }
      if (!organisatie || !ORGANISATIES[organisatie]) throw fout('Niet ingediend: kies de organisatie die het vastlegde');
      const verzoek = await m.getRepository(Verzoek).save({
        id: randomUUID(), huishoudenId: ik.huishoudenId, persoonId: sub, soort: invoer.soort as Verzoeksoort, organisatie, over: invoer.over.trim(), logregel: invoer.logregel ?? null, toelichting: invoer.toelichting.trim(),
      });
      await legRegistratieVast(m, grant, 'verzoek', [ik.huishoudenId], [sub], { verzoek: verzoek.id, soort: verzoek.soort, organisatie, logregel: verzoek.logregel });
      return alsMijnVerzoek(verzoek, undefined);
    });
  }

  @Query(() => [MijnVerzoek], { description: 'Voor een gezinslid: uw bezwaren en verzoeken, met het antwoord en de datum' })
  @Categorie('grondslag')
  async mijnVerzoeken(@Ctx() { dataSource, grant }: SubgraphContext): Promise<MijnVerzoek[]> {
    const sub = alleenGezinslid(grant);
    const verzoeken = await dataSource.getRepository(Verzoek).find({ where: { persoonId: sub }, order: { ingediendOp: 'DESC' } });
    const antwoorden = verzoeken.length ? await dataSource.getRepository(Verzoekantwoord).findBy({ verzoekId: In(verzoeken.map((v) => v.id)) }) : [];
    return verzoeken.map((v) => alsMijnVerzoek(v, antwoorden.find((a) => a.verzoekId === v.id)));
  }

  @Query(() => [Gezinsverzoek], { description: 'Voor de privacyfunctionaris: bezwaren en verzoeken van gezinsleden over de eigen organisatie; onbeantwoord eerst' })
  @Categorie('grondslag')
  async gezinsverzoeken(@Arg('ookBeantwoord', { defaultValue: false }) ookBeantwoord: boolean, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Gezinsverzoek[]> {
    if (grant.rol !== 'privacyfunctionaris') throw fout('Alleen de privacyfunctionaris beantwoordt bezwaren en verzoeken', 'FORBIDDEN');
    const verzoeken = await dataSource.getRepository(Verzoek).find({ where: { organisatie: grant.organisatie ?? '' }, order: { ingediendOp: 'ASC' } });
    const antwoorden = verzoeken.length ? await dataSource.getRepository(Verzoekantwoord).findBy({ verzoekId: In(verzoeken.map((v) => v.id)) }) : [];
    const uit = verzoeken.map((v) => alsGezinsverzoek(v, antwoorden.find((x) => x.verzoekId === v.id)));
    return ookBeantwoord ? uit : uit.filter((v) => v.antwoord === null);
  }

  @Mutation(() => Gezinsverzoek, { description: 'De privacyfunctionaris van de organisatie beantwoordt een bezwaar of verzoek, één keer; het gezinslid ziet het antwoord met de datum' })
  @Categorie('grondslag')
  async beantwoordVerzoek(@Arg('verzoek', () => ID) verzoekId: string, @Arg('antwoord') antwoord: string, @Ctx() { dataSource, grant }: SubgraphContext): Promise<Gezinsverzoek> {
    if (grant.rol !== 'privacyfunctionaris') throw fout('Alleen de privacyfunctionaris beantwoordt bezwaren en verzoeken', 'FORBIDDEN');
    if (antwoord.trim().length < 5) throw fout('Niet beantwoord: schrijf een antwoord dat het gezinslid kan lezen');
    const id = controleerPseudoniem(verzoekId, 'verzoek');
    return dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`gezinsverzoek:${id}`]);
      const v = await m.getRepository(Verzoek).findOneBy({ id });
      if (!v || v.organisatie !== grant.organisatie) throw fout('Niet beantwoord: dit verzoek is niet bekend, of niet voor uw organisatie', 'FORBIDDEN');
      if (await m.getRepository(Verzoekantwoord).findOneBy({ verzoekId: id })) throw fout('Niet beantwoord: dit verzoek is al beantwoord');
      const a = await m.getRepository(Verzoekantwoord).save({ verzoekId: id, antwoord: antwoord.trim(), beantwoordDoor: grant.sub });
      await legRegistratieVast(m, grant, 'verzoek-antwoord', [v.huishoudenId], [v.persoonId], { verzoek: v.id });
      return alsGezinsverzoek(v, a);
    });
  }
}

import { Categorie, SubgraphContext } from '@netwerkdossier/shared';
import { GraphQLError } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Directive, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { DataSource } from 'typeorm';

import { Toegangslogboek } from './logboek';
import { Logcheckpoint } from './logregel';

@InputType({ description: 'Eén record voor het toegangslog, zoals de gateway het aanbiedt' })
export class LogregelInvoer {
  @Field() actie!: string;
  @Field(() => ID, { nullable: true }) auditId!: string | null;
  @Field() sub!: string;
  @Field(() => String, { nullable: true }) organisatie!: string | null;
  @Field() rol!: string;
  @Field(() => String, { nullable: true }) team!: string | null;
  @Field(() => String, { nullable: true }) namens!: string | null;
  @Field(() => String, { nullable: true }) doel!: string | null;
  @Field(() => String, { nullable: true }) beleidsversie!: string | null;
  @Field(() => [ID]) huishoudens!: string[];
  @Field(() => [ID]) personen!: string[];
  @Field(() => GraphQLJSON) inhoud!: unknown;
}

@Directive('@inaccessible')
@ObjectType({ description: 'Waar een record in de keten terechtkwam' })
export class Vastlegging {
  @Field(() => Int)
  @Categorie('grondslag')
  volgnummer!: number;

  @Field()
  @Categorie('grondslag')
  hash!: string;
}

const logboeken = new WeakMap<DataSource, Toegangslogboek>();
/** One writer per database: the group commit and the chain need a single queue. */
export function logboekVoor(dataSource: DataSource): Toegangslogboek {
  let logboek = logboeken.get(dataSource);
  if (!logboek) logboeken.set(dataSource, (logboek = new Toegangslogboek(dataSource)));
  return logboek;
}

function alleenGateway(intern: string | null): void {
  if (intern !== 'toegangslog') throw new GraphQLError('Het toegangslog vult alleen de gateway aan', { extensions: { code: 'FORBIDDEN' } });
}

@Resolver()
export class ToegangslogResolver {
  @Directive('@inaccessible')
  @Mutation(() => [Vastlegging], { description: 'Alleen voor de gateway: legt toegang vast, duurzaam, vóór het antwoord vertrekt' })
  @Categorie('grondslag')
  async legToegangVast(@Arg('regels', () => [LogregelInvoer]) regels: LogregelInvoer[], @Ctx() { dataSource, grant }: SubgraphContext): Promise<Vastlegging[]> {
    alleenGateway(grant.intern);
    return logboekVoor(dataSource).schrijf(regels.map((r) => ({ ...r, auditId: r.auditId ?? null, organisatie: r.organisatie ?? null, team: r.team ?? null, namens: r.namens ?? null, doel: r.doel ?? null, beleidsversie: r.beleidsversie ?? null })));
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'Alleen voor de gateway: een ondertekend ijkpunt van de keten (de handtekening controleert audit:verify)' })
  @Categorie('grondslag')
  async legCheckpointVast(
    @Arg('volgnummer', () => Int) volgnummer: number,
    @Arg('hash') hash: string,
    @Arg('handtekening') handtekening: string,
    @Ctx() { dataSource, grant }: SubgraphContext,
  ): Promise<boolean> {
    alleenGateway(grant.intern);
    // the same head may be signed twice (two gateway replicas, or a timer and a threshold): keep the first
    await dataSource.createQueryBuilder().insert().into(Logcheckpoint).values({ volgnummer, hash, handtekening, tijdstip: new Date() }).orIgnore().execute();
    return true;
  }
}

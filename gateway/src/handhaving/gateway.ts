import { createHash } from 'node:crypto';

import { ApolloGateway } from '@apollo/gateway';
import type {
  GatewayExecutionResult, GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewayLoadResult,
} from '@apollo/server-gateway-interface';
import { FragmentDefinitionNode, GraphQLError, Kind, print } from 'graphql';
import { JWK } from 'jose';

import { Beleid, BeleidBron } from '@netwerkdossier/shared';
import { beslisHuishouden, CedarBeslisser, laadBeslissingscontexten, laadEigenHuishoudens, NIET_BETROKKEN, Persoonsbeslissing } from '../beslissing';
import type { GatewayContext } from '../server';
import { bepaalReikwijdte } from './reikwijdte';
import { snoei, Verwijderd } from './snoeien';
import { Veldkaart } from './veldkaart';

/** One withheld item, as the client reads it in `extensions.afgeschermd`. */
export interface Afgeschermd {
  pad: string;
  persoon: string | null;
  categorie: string | null;
  partner: string | null;
  reden: string;
  regel: string;
}

export interface HandhavingOpties {
  veldkaart: Veldkaart;
  beleid: BeleidBron;
  netwerkUrl: string;
  grantSleutel: JWK;
}

/** Mutations that only register the caller's own facts; their result is the registration itself. */
const REGISTRATIES = new Set(['registreerBetrokkenheid', 'registreerToestemming', 'trekToestemmingIn', 'registreerDoorbraak']);

/**
 * Wraps Apollo's gateway: before any query is planned, decides for every household in scope, removes
 * the fields that may not be seen (they are never requested from their partner), and plans the pruned
 * document under its own hash — so a plan is reused only for the same pruned operation.
 */
export class HandhavendeGateway implements GatewayInterface {
  private beslisser?: CedarBeslisser;

  constructor(private readonly binnen: ApolloGateway, private readonly opties: HandhavingOpties) {}

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    return this.binnen.onSchemaLoadOrUpdate(callback);
  }

  stop(): Promise<void> {
    return this.binnen.stop();
  }

  async load(options: Parameters<GatewayInterface['load']>[0]): Promise<GatewayLoadResult> {
    const { executor } = await this.binnen.load(options);
    if (!executor) throw new Error('De gateway heeft geen executor');
    return { executor: (rc) => this.handhaaf(rc as GatewayGraphQLRequestContext<GatewayContext>, executor).catch((fout: unknown) => ({ errors: [alsFout(fout)] })) };
  }

  private cedar(beleid: Beleid): CedarBeslisser {
    if (this.beslisser?.versie !== beleid.versie) this.beslisser = new CedarBeslisser(beleid);
    return this.beslisser;
  }

  private async handhaaf(rc: GatewayGraphQLRequestContext<GatewayContext>, executor: GatewayExecutor): Promise<GatewayExecutionResult> {
    const { identiteit, doel, vormen } = rc.context;
    const operatie = rc.operation;
    if (operatie.operation === 'mutation') {
      const onbekend = operatie.selectionSet.selections.filter((s) => s.kind !== Kind.FIELD || !REGISTRATIES.has(s.name.value));
      if (onbekend.length) return { errors: [new GraphQLError('Alleen registraties van eigen feiten zijn als mutatie toegestaan', { extensions: { code: 'FORBIDDEN' } })] };
      return executor(rc);
    }
    if (operatie.operation !== 'query') return { errors: [new GraphQLError('Alleen queries en registraties', { extensions: { code: 'FORBIDDEN' } })] };

    const fragmenten = rc.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const reikwijdte = bepaalReikwijdte(operatie, fragmenten, rc.request.variables ?? {});
    const { netwerkUrl, grantSleutel, veldkaart } = this.opties;
    const ids = [...reikwijdte.huishoudens];
    for (const l of reikwijdte.lijsten) ids.push(...(await laadEigenHuishoudens(netwerkUrl, grantSleutel, identiteit, { doel, vormen }, l.limiet, l.vanaf)));
    const uniek = [...new Set(ids)];
    // every subgraph fetch of this request carries this scope in its grant
    rc.context.reikwijdte = uniek;
    const contexten = await laadBeslissingscontexten(netwerkUrl, grantSleutel, identiteit, doel, uniek);
    const beleid = this.opties.beleid.huidig;
    const beslisser = this.cedar(beleid);
    const geweigerd = new Map<string, Persoonsbeslissing[]>();
    for (const ctx of contexten) {
      for (const b of beslisHuishouden(beleid, beslisser, identiteit, doel, ctx)) {
        if (b.uitkomst === 'zichtbaar') continue;
        const sleutel = `${b.partner}|${b.categorie}`;
        geweigerd.set(sleutel, [...(geweigerd.get(sleutel) ?? []), b]);
      }
    }
    // a household the registry does not know (no persons) cannot be decided on: nothing about it is shown
    const alleBekend = uniek.every((id) => contexten.some((c) => c.huishoudenId === id && c.personen.length > 0));
    // TODO: per-person filtering in the subgraphs (grants with per-person categories); until then a field is kept only if allowed for everyone in scope
    const toegestaan = (coordinaat: string) => {
      // nothing in scope: only the (then empty) list of one's own households
      if (uniek.length === 0) return coordinaat === 'Query.huishoudens';
      const info = veldkaart.get(coordinaat);
      return !!info && alleBekend && info.partners.every((p) => !geweigerd.has(`${p}|${info.categorie}`));
    };
    const { document, verwijderd } = snoei(rc.schema, rc.document, toegestaan);
    const afgeschermd = verwijderd.flatMap((v) => afgeschermdVoor(v, veldkaart, geweigerd));
    const overgebleven = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && (d.name?.value ?? null) === (operatie.name?.value ?? null) && d.selectionSet.selections.length > 0);
    if (!overgebleven) return { data: {}, extensions: { afgeschermd } };
    const queryHash = createHash('sha256').update(print(document)).digest('hex');
    const resultaat = await executor({ ...rc, document, queryHash, operation: document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (d.name?.value ?? null) === (operatie.name?.value ?? null)) as typeof operatie });
    return { ...resultaat, extensions: { ...resultaat.extensions, afgeschermd } };
  }
}

function afgeschermdVoor(v: Verwijderd, veldkaart: Veldkaart, geweigerd: Map<string, Persoonsbeslissing[]>): Afgeschermd[] {
  const info = veldkaart.get(v.coordinaat);
  if (!info) return [{ pad: v.pad, persoon: null, categorie: null, partner: null, reden: 'Dit veld heeft geen categorie en wordt nooit getoond.', regel: 'classificatie' }];
  const rijen = info.partners.flatMap((p) => geweigerd.get(`${p}|${info.categorie}`) ?? []);
  // not involved, or unknown: one item without persons, so the answer reveals neither members nor existence
  if (!rijen.length || rijen.every((b) => b.regel === 'betrokkenheid')) {
    return [{ pad: v.pad, persoon: null, categorie: info.categorie, partner: info.partners[0], reden: NIET_BETROKKEN, regel: 'betrokkenheid' }];
  }
  return rijen.map((b) => ({ pad: v.pad, persoon: b.persoonId, categorie: b.categorie, partner: b.partner, reden: b.reden, regel: b.regel }));
}

function alsFout(fout: unknown): GraphQLError {
  if (fout instanceof GraphQLError) return fout;
  // fail closed and say so, without internals
  return new GraphQLError('De gateway kon niet beslissen wat u mag zien; er worden geen gegevens getoond', { extensions: { code: 'BESLISSING_MISLUKT' } });
}

import { createHash } from 'node:crypto';

import { ApolloGateway } from '@apollo/gateway';
import type {
  GatewayExecutionResult, GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewayLoadResult,
} from '@apollo/server-gateway-interface';
import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, print } from 'graphql';
import { JWK } from 'jose';

import { Beleid, BeleidBron, maakLogger } from '@netwerkdossier/shared';
import { beslisHuishouden, CedarBeslisser, laadBeslissingscontexten, laadEigenHuishoudens, Persoonsbeslissing } from '../beslissing';
import type { GatewayContext } from '../server';
import { Besluitenset } from './besluitenset';
import { Afgeschermd, controleerResultaat, gebruiktOnderwerpAlias, itemsVoor, ONDERWERP_ALIAS, voegOnderwerpToe } from './controle';
import { bepaalReikwijdte, rootVelden } from './reikwijdte';
import { beantwoordUitleg } from './uitleg';
import { snoei, Verwijderd } from './snoeien';
import { Veldkaart } from './veldkaart';

export interface HandhavingOpties {
  veldkaart: Veldkaart;
  beleid: BeleidBron;
  netwerkUrl: string;
  grantSleutel: JWK;
}

/** Mutations that only register the caller's own facts; their result is the registration itself. */
const logger = maakLogger('gateway');

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
    const velden = rootVelden(operatie.selectionSet, new Map(fragmenten.map((f) => [f.name.value, f]))).filter((v) => !v.name.value.startsWith('__'));
    if (velden.some((v) => v.name.value === 'uitleg')) {
      if (velden.some((v) => v.name.value !== 'uitleg')) return { errors: [new GraphQLError('Vraag de uitleg in een eigen verzoek, zonder andere velden', { extensions: { code: 'BAD_USER_INPUT' } })] };
      const beleid = this.opties.beleid.huidig;
      return beantwoordUitleg(rc, beleid, this.cedar(beleid), this.opties.netwerkUrl, this.opties.grantSleutel);
    }
    const reikwijdte = bepaalReikwijdte(operatie, fragmenten, rc.request.variables ?? {});
    const { netwerkUrl, grantSleutel, veldkaart } = this.opties;
    const ids = [...reikwijdte.huishoudens];
    for (const l of reikwijdte.lijsten) ids.push(...(await laadEigenHuishoudens(netwerkUrl, grantSleutel, identiteit, { doel, vormen }, l.limiet, l.vanaf)));
    if (gebruiktOnderwerpAlias(rc.document)) return { errors: [new GraphQLError(`De naam ${ONDERWERP_ALIAS} is voor de gateway zelf; kies een andere alias`, { extensions: { code: 'BAD_USER_INPUT' } })] };
    const uniek = [...new Set(ids)];
    // every subgraph fetch of this request carries this scope in its grant
    rc.context.reikwijdte = uniek;
    const contexten = await laadBeslissingscontexten(netwerkUrl, grantSleutel, identiteit, doel, uniek);
    const beleid = this.opties.beleid.huidig;
    const beslisser = this.cedar(beleid);
    const tabel = contexten.flatMap((ctx) => beslisHuishouden(beleid, beslisser, identiteit, doel, ctx));
    const besluiten = new Besluitenset(contexten, tabel);
    // every subgraph fetch of this request carries its part of these decisions in its grant
    rc.context.besluiten = besluiten;
    // a household the registry does not know (no persons) cannot be decided on: nothing about it is shown
    const alleBekend = uniek.every((id) => (besluiten.ledenVan.get(id)?.length ?? 0) > 0);
    // a field stays in the operation when someone in scope may see it (visible or anonymised); the
    // subgraphs then answer per household and person, and the result is checked against the same decisions.
    // Only entity keys have several partners: the same pseudonym, wherever it comes from.
    const toegestaan = (coordinaat: string) => {
      // nothing in scope: only the (then empty) list of one's own households
      if (uniek.length === 0) return coordinaat === 'Query.huishoudens';
      const info = veldkaart.get(coordinaat);
      return !!info && alleBekend && info.partners.some((p) => besluiten.ergensToegestaan(p, info.categorie, info.niveau));
    };
    const { document: gesnoeid, verwijderd } = snoei(rc.schema, rc.document, toegestaan);
    const afgeschermd = verwijderd.flatMap((v) => afgeschermdVoor(v, veldkaart, tabel, besluiten));
    const naam = operatie.name?.value ?? null;
    const isDeze = (d: DocumentNode['definitions'][number]): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (d.name?.value ?? null) === naam;
    if (!gesnoeid.definitions.some((d) => isDeze(d) && d.selectionSet.selections.length > 0)) return { data: {}, extensions: { afgeschermd } };
    const document = voegOnderwerpToe(rc.schema, gesnoeid);
    const queryHash = createHash('sha256').update(print(document)).digest('hex');
    const resultaat = await executor({ ...rc, document, queryHash, operation: document.definitions.find(isDeze)! });
    if (!resultaat.data) return { ...resultaat, extensions: { ...resultaat.extensions, afgeschermd } };
    const controle = controleerResultaat(rc.schema, { ...document, definitions: document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION || isDeze(d)) }, resultaat.data, besluiten, veldkaart);
    if (controle.overtredingen.length) {
      // a subgraph returned what its grant withheld: removed above; said here, and never silently
      logger.error({ overtredingen: controle.overtredingen, sub: identiteit.sub }, 'handhaving: een subgraph gaf afgeschermde gegevens terug; verwijderd');
    }
    return { ...resultaat, extensions: { ...resultaat.extensions, afgeschermd: [...afgeschermd, ...controle.afgeschermd] } };
  }
}

function afgeschermdVoor(v: Verwijderd, veldkaart: Veldkaart, tabel: Persoonsbeslissing[], besluiten: Besluitenset): Afgeschermd[] {
  const info = veldkaart.get(v.coordinaat);
  if (!info) return [{ pad: v.pad, persoon: null, categorie: null, partner: null, reden: 'Dit veld heeft geen categorie en wordt nooit getoond.', regel: 'classificatie' }];
  return itemsVoor(v.pad, info.categorie, info.partners, besluiten, (p) => tabel.filter((b) => b.partner === p && b.categorie === info.categorie && b.uitkomst !== 'zichtbaar'));
}

function alsFout(fout: unknown): GraphQLError {
  if (fout instanceof GraphQLError) return fout;
  logger.error({ err: fout }, 'handhaving mislukt; niets getoond');
  // fail closed and say so, without internals
  return new GraphQLError('De gateway kon niet beslissen wat u mag zien; er worden geen gegevens getoond', { extensions: { code: 'BESLISSING_MISLUKT' } });
}

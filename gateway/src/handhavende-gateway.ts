import { createHash } from 'node:crypto';

import { ApolloGateway } from '@apollo/gateway';
import type {
  GatewayExecutionResult, GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewayLoadResult,
} from '@apollo/server-gateway-interface';
import { FragmentDefinitionNode, getVariableValues, GraphQLError, Kind, print } from 'graphql';
import { JWK } from 'jose';

import { Beleid, EIGEN_VELDEN, maakLogger, NIET_VRIJGEGEVEN, NietVrijgegeven } from '@netwerkdossier/shared';
import { beslisHuishouden, CedarBeslisser, controleerDoel, laadBeslissingscontexten, laadEigenHuishoudens, laadMijnHuishouden } from './beslissing';
import { NetwerkOnbereikbaar } from './netwerk';
import type { GatewayContext } from './context';
import { controleerResultaat, gebruiktOnderwerpAlias, ONDERWERP_ALIAS } from './handhaving/controle';
import { vraagEigenDossier } from './handhaving/dossiervraag';
import { haalHuishoudensEruit, metHuishoudens } from './handhaving/eigen';
import { EenmaligePseudoniemen } from './handhaving/eenmalig';
import { leegAntwoord } from './handhaving/leeg';
import type { Afgeschermd } from './handhaving/controle';
import { alsBetrokkene, inhoudVanInzage, Logregel, Toegangslogschrijver, ToegangslogMislukt, verstrektDoor } from './toegangslog';
import { bepaalReikwijdte, rootVelden } from './handhaving/reikwijdte';
import { controleerTekst } from './handhaving/tekst';
import { beantwoordUitleg } from './handhaving/uitleg';
import { Veldkaart } from './handhaving/veldkaart';
import { bereidVoor, Gevraagd } from './handhaving/voorbereiding';

export interface HandhavingOpties {
  veldkaart: Veldkaart;
  netwerkUrl: string;
  grantSleutel: JWK;
  toegangslog: Toegangslogschrijver;
  /** Where each subgraph listens: a registration asks the registrant's own organisation's dossier. */
  subgraphUrls: Readonly<Record<string, string>>;
}

/** Mutations that only register the caller's own facts; their result is the registration itself. */
const logger = maakLogger('gateway');

const REGISTRATIES = new Set(['registreerBetrokkenheid', 'bevestigBetrokkenheid', 'registreerToestemming', 'trekToestemmingIn', 'registreerDoorbraak', 'beeindigDoorbraak', 'sluitBeoordeling', 'meldAanGezin', 'vraagToestemming', 'beantwoordToestemmingsvraag', 'nodigUit', 'neemUitnodigingAan', 'dienVerzoekIn', 'beantwoordVerzoek', 'markeerBeschermd']);

/**
 * Wraps Apollo's gateway: before any query is planned, decides for every household in scope, removes
 * the fields that may not be seen (they are never requested from their partner), and plans the pruned
 * document under its own hash — so a plan is reused only for the same pruned operation.
 */
export class HandhavendeGateway implements GatewayInterface {
  private beslisser?: CedarBeslisser;
  /** The policy version whose coming into force this gateway records (once) in the toegangslog. */
  private versieRecord?: { versie: string; klaar: Promise<unknown> };

  constructor(private readonly binnen: ApolloGateway, private readonly opties: HandhavingOpties) {}

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    return this.binnen.onSchemaLoadOrUpdate(callback);
  }

  stop(): Promise<void> {
    this.opties.toegangslog.stop();
    return this.binnen.stop();
  }

  async load(options: Parameters<GatewayInterface['load']>[0]): Promise<GatewayLoadResult> {
    const { executor } = await this.binnen.load(options);
    if (!executor) throw new Error('De gateway heeft geen executor');
    // a subgraph fetch to netwerk that failed leaves only its error: no part of such an answer is shown
    const zonderNetwerkNiets: GatewayExecutor = async (rc) => {
      const resultaat = await executor(rc);
      if ((rc.context as GatewayContext).onbereikbaar?.has('netwerk')) throw new NetwerkOnbereikbaar(`subgraph-fetch naar netwerk mislukt: ${resultaat.errors?.map((e) => e.message).join('; ')}`);
      return resultaat;
    };
    return { executor: (rc) => this.handhaaf(rc as GatewayGraphQLRequestContext<GatewayContext>, zonderNetwerkNiets).catch((fout: unknown) => ({ errors: [alsFout(fout)] })) };
  }

  private cedar(beleid: Beleid): CedarBeslisser {
    if (this.beslisser?.versie !== beleid.versie) this.beslisser = new CedarBeslisser(beleid);
    return this.beslisser;
  }

  private async handhaaf(rc: GatewayGraphQLRequestContext<GatewayContext>, executor: GatewayExecutor): Promise<GatewayExecutionResult> {
    const { identiteit, doel, vormen } = rc.context;
    const operatie = rc.operation;
    controleerTekst(rc.document, rc.request.variables ?? {});
    if (operatie.operation === 'mutation') {
      const onbekend = operatie.selectionSet.selections.filter((s) => s.kind !== Kind.FIELD || !REGISTRATIES.has(s.name.value));
      if (onbekend.length) return this.weiger(rc.context, new GraphQLError('Alleen registraties van eigen feiten zijn als mutatie toegestaan', { extensions: { code: 'FORBIDDEN' } }));
      rc.context.dossierbevestigingen = await vraagEigenDossier(rc, this.opties.subgraphUrls, this.opties.grantSleutel);
      return executor(rc);
    }
    if (operatie.operation !== 'query') return { errors: [new GraphQLError('Alleen queries en registraties', { extensions: { code: 'FORBIDDEN' } })] };

    const fragmenten = rc.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const velden = rootVelden(operatie.selectionSet, new Map(fragmenten.map((f) => [f.name.value, f]))).filter((v) => !v.name.value.startsWith('__'));
    if (velden.some((v) => v.name.value === 'uitleg')) {
      if (velden.some((v) => v.name.value !== 'uitleg')) return { errors: [new GraphQLError('Vraag de uitleg in een eigen verzoek, zonder andere velden', { extensions: { code: 'BAD_USER_INPUT' } })] };
      const beleid = rc.context.beleid;
      const gevraagd: Array<{ huishouden: string; namens: string | null; personen: string[] }> = [];
      const resultaat = await beantwoordUitleg(rc, beleid, this.cedar(beleid), this.opties.netwerkUrl, this.opties.grantSleutel, gevraagd);
      await this.legVast(rc.context, beleid.versie, {
        actie: 'uitleg',
        namens: gevraagd.find((g) => g.namens)?.namens ?? null,
        huishoudens: [...new Set(gevraagd.map((g) => g.huishouden))],
        personen: [...new Set(gevraagd.flatMap((g) => g.personen))],
        inhoud: { uitleg: gevraagd.map(({ huishouden, namens }) => ({ huishouden, namens })) },
      });
      return resultaat;
    }
    if (velden.length > 0 && velden.every((v) => EIGEN_VELDEN[v.name.value] !== undefined)) {
      // about accesses and grondslagen, not dossier content: supervision for the privacy officer, inzage for
      // a household member, what awaits confirmation for a teamleider; each only for its roles, and itself logged
      const niet = velden.map((v) => EIGEN_VELDEN[v.name.value]).find((e) => !e.rollen.includes(identiteit.rol));
      if (niet) return this.weiger(rc.context, new GraphQLError(niet.weigering, { extensions: { code: 'FORBIDDEN' } }));
      if (gebruiktOnderwerpAlias(rc.document)) return eigenAlias();
      const { document, operatie: metSleutels } = metHuishoudens(rc.document, operatie.name?.value);
      const queryHash = createHash('sha256').update(print(document)).digest('hex');
      const resultaat = await executor({ ...rc, document, queryHash, operation: metSleutels });
      const huishoudens = haalHuishoudensEruit(resultaat.data);
      const actie = identiteit.rol === 'client' ? 'inzage' : 'toezicht';
      await this.legVast(rc.context, rc.context.beleid.versie, { actie, namens: null, huishoudens, personen: identiteit.rol === 'client' ? [identiteit.sub] : [], inhoud: { velden: velden.map((v) => v.name.value) } });
      return resultaat;
    }
    if (gebruiktOnderwerpAlias(rc.document)) return eigenAlias();
    // the scope is read from the variables: coerced to their declared types first, as execution would
    const variabelen = getVariableValues(rc.schema, operatie.variableDefinitions ?? [], rc.request.variables ?? {});
    if (variabelen.errors) return { errors: variabelen.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } })) };
    const reikwijdte = bepaalReikwijdte(operatie, fragmenten, variabelen.coerced);
    const { netwerkUrl, grantSleutel, veldkaart } = this.opties;
    if (reikwijdte.eigen.length && identiteit.rol !== 'client') return this.weiger(rc.context, new GraphQLError('Het eigen huishouden is voor de gezinsleden zelf', { extensions: { code: 'FORBIDDEN' } }));
    const gevraagd: Gevraagd[] = reikwijdte.huishoudens.map(({ pad, id }) => ({ pad, huishoudens: [id] }));
    for (const l of reikwijdte.lijsten) gevraagd.push({ pad: l.pad, huishoudens: await laadEigenHuishoudens(netwerkUrl, grantSleutel, identiteit, { doel, vormen }, l.limiet, l.vanaf, rc.context.auditId) });
    if (reikwijdte.eigen.length) {
      const eigen = await laadMijnHuishouden(netwerkUrl, grantSleutel, identiteit, doel, rc.context.auditId);
      gevraagd.push(...reikwijdte.eigen.map((pad) => ({ pad, huishoudens: eigen })));
    }
    const uniek = [...new Set(gevraagd.flatMap((g) => g.huishoudens))];
    const contexten = await laadBeslissingscontexten(netwerkUrl, grantSleutel, identiteit, doel, uniek, rc.context.auditId);
    const beleid = rc.context.beleid;
    const beslisser = this.cedar(beleid);
    const nu = new Date();
    const tabel = contexten.flatMap((ctx) => beslisHuishouden(beleid, beslisser, identiteit, doel, ctx, nu));
    const onder = alsBetrokkene(controleerDoel(beleid, identiteit, doel), identiteit, contexten, nu);
    const { besluiten, reikwijdte: betrokken, afgeschermd, document, operatie: gesnoeid } = bereidVoor(rc.schema, rc.document, operatie.name?.value ?? null, gevraagd, contexten, tabel, veldkaart, rc.context.identiteit);
    const eenmalig = new EenmaligePseudoniemen(besluiten);
    const inzien = { actie: 'inzien' as const, namens: null, huishoudens: uniek, personen: [...besluiten.ledenVan.values()].flat() };
    // what was withheld, and which partners could not be reached (their part is empty): never a silent gap
    const metAfgeschermd = (resultaat: GatewayExecutionResult, alle: Afgeschermd[]): GatewayExecutionResult => {
      const onbereikbaar = [...(rc.context.onbereikbaar ?? [])].sort();
      const extensions = { ...resultaat.extensions, afgeschermd: alle.map((a) => ({ ...a, persoon: eenmalig.voor(a.persoon) })), ...(onbereikbaar.length ? { onbereikbaar } : {}) };
      return { ...resultaat, extensions };
    };
    if (!document || !gesnoeid) {
      await this.legVast(rc.context, beleid.versie, { ...inzien, inhoud: inhoudVanInzage(onder, [], afgeschermd) });
      // nothing left to ask anyone: each asked field reads as withheld (null, or an empty list), as the schema says
      return metAfgeschermd({ data: leegAntwoord(rc.schema, print(operatie), rc.request.variables) ?? {} }, afgeschermd);
    }
    // every subgraph fetch of this request carries this scope, and its part of these decisions, in its grant
    rc.context.reikwijdte = betrokken;
    rc.context.besluiten = besluiten;
    // the record follows from the decisions and the pruned document (what each partner is asked to
    // disclose, on which grondslag), so it is written while the partners answer; nothing leaves before it
    // is durable. It names the real pseudonyms.
    const verstrekt = verstrektDoor(rc.schema, document, besluiten, veldkaart);
    const vastgelegd = this.legVast(rc.context, beleid.versie, { ...inzien, inhoud: inhoudVanInzage(onder, verstrekt, afgeschermd) });
    // awaited below; this only keeps a failure that comes before the answer from going unhandled
    vastgelegd.catch(() => undefined);
    const queryHash = createHash('sha256').update(print(document)).digest('hex');
    // the partners are asked from here on: what they disclose and is not released is recorded as such
    const nietVrijgegeven = (inhoud: NietVrijgegeven) => this.legNietVrijgegevenVast(rc.context, beleid.versie, { ...inzien, actie: NIET_VRIJGEGEVEN, inhoud });
    let resultaat: GatewayExecutionResult;
    try {
      resultaat = await executor({ ...rc, document, queryHash, operation: gesnoeid });
      await vastgelegd;
    } catch (fout) {
      nietVrijgegeven({ reden: redenNietVrijgegeven(fout), partners: null, verstrekt });
      throw fout;
    }
    const weg = [...(rc.context.onbereikbaar ?? [])].sort();
    if (!resultaat.data) nietVrijgegeven({ reden: 'het antwoord bevatte geen gegevens, alleen fouten; de gateway gaf niets vrij', partners: null, verstrekt });
    else if (weg.length) nietVrijgegeven({ reden: `${weg.join(', ')} niet bereikbaar: dat deel bleef leeg`, partners: weg });
    if (!resultaat.data) return metAfgeschermd(resultaat, afgeschermd);
    const controle = controleerResultaat(rc.schema, document, resultaat.data, besluiten, veldkaart, eenmalig);
    if (controle.overtredingen.length) {
      // a subgraph returned what its grant withheld: removed above; said here and in the toegangslog, never silently
      logger.error({ overtredingen: controle.overtredingen, sub: identiteit.sub }, 'handhaving: een subgraph gaf afgeschermde gegevens terug; verwijderd');
      await this.legVast(rc.context, beleid.versie, { ...inzien, actie: 'overtreding', inhoud: inhoudVanInzage(onder, [], controle.afgeschermd) });
    }
    return metAfgeschermd(resultaat, [...afgeschermd, ...controle.afgeschermd]);
  }

  /**
   * Records a refusal (actie `weigering`: the doel, or what was asked, not allowed for this caller) and
   * returns it as the response. The refusal stands whether or not the record could be written.
   */
  async weiger(context: Verzoeker, fout: GraphQLError): Promise<GatewayExecutionResult> {
    await this.legVast(context, context.beleid.versie, { actie: 'weigering', namens: null, huishoudens: [], personen: [], inhoud: { reden: fout.message } })
      .catch((e: unknown) => logger.error({ err: e }, 'toegangslog: weigering niet vastgelegd'));
    return { errors: [fout] };
  }

  /** Records "disclosed, not released" for this request (see Toegangslogschrijver.legNietVrijgegevenVast); never throws. */
  private legNietVrijgegevenVast(context: Verzoeker, beleidsversie: string, regel: Pick<Logregel, 'actie' | 'namens' | 'huishoudens' | 'personen' | 'inhoud'>): void {
    const { identiteit, doel, auditId } = context;
    const { sub, organisatie, rol, team } = identiteit;
    this.opties.toegangslog.legNietVrijgegevenVast(identiteit, { ...regel, auditId, sub, organisatie, rol, team, doel, beleidsversie });
  }

  /** Writes the response's one toegangslog record; throws (and so releases nothing) if it is not durable. */
  private async legVast(context: Verzoeker, beleidsversie: string, regel: Pick<Logregel, 'actie' | 'namens' | 'huishoudens' | 'personen' | 'inhoud'>): Promise<void> {
    const { identiteit, doel, auditId } = context;
    const { sub, organisatie, rol, team } = identiteit;
    // a new policy version is recorded once, before the first decision made under it is released
    if (this.versieRecord?.versie !== beleidsversie) {
      const vorige = this.versieRecord?.versie ?? null;
      const klaar = this.opties.toegangslog.legVast(identiteit, [{
        actie: 'beleid', auditId: null, sub: 'gateway', organisatie: null, rol: 'systeem', team: null, namens: null, doel: null, beleidsversie,
        huishoudens: [], personen: [], inhoud: { versie: beleidsversie, vorige },
      }]);
      this.versieRecord = { versie: beleidsversie, klaar };
      // not recorded: the next request tries again
      klaar.catch(() => this.versieRecord?.klaar === klaar && (this.versieRecord = undefined));
    }
    const versieRecord = this.versieRecord;
    try {
      await versieRecord.klaar;
      await this.opties.toegangslog.legVast(identiteit, [{ ...regel, auditId, sub, organisatie, rol, team, doel, beleidsversie }]);
    } catch (fout) {
      if (fout instanceof ToegangslogMislukt) {
        throw new GraphQLError('Het toegangslog kon niet worden bijgewerkt; er worden geen gegevens getoond', { extensions: { code: 'TOEGANGSLOG_MISLUKT', http: { status: 503 } } });
      }
      throw fout;
    }
  }
}

/** Who asks, for what doel, in which request: what each toegangslog record of the request names. */
type Verzoeker = Pick<GatewayContext, 'identiteit' | 'auditId' | 'beleid'> & { doel: string | null };

/** A client's document that uses the gateway's own response key is refused: the gateway could not tell its own apart. */
const eigenAlias = (): GatewayExecutionResult => ({ errors: [new GraphQLError(`De naam ${ONDERWERP_ALIAS} is voor de gateway zelf; kies een andere alias`, { extensions: { code: 'BAD_USER_INPUT' } })] });

/** Why a request whose partners were asked released nothing, for its NIET_VRIJGEGEVEN record. */
function redenNietVrijgegeven(fout: unknown): string {
  if (fout instanceof NetwerkOnbereikbaar) return 'netwerk viel weg tijdens het verzoek; de gateway gaf niets vrij';
  if (fout instanceof GraphQLError && fout.extensions.code === 'TOEGANGSLOG_MISLUKT') return 'het toegangslog kon niet worden bijgewerkt; de gateway gaf niets vrij';
  return 'het verzoek mislukte nadat de partners gevraagd waren; de gateway gaf niets vrij';
}

function alsFout(fout: unknown): GraphQLError {
  if (fout instanceof GraphQLError) return fout;
  if (fout instanceof NetwerkOnbereikbaar) {
    logger.error({ err: fout }, 'netwerk niet bereikbaar; niets getoond');
    return new GraphQLError('Het netwerkregister is nu niet bereikbaar; er worden geen gegevens getoond. Probeer het later opnieuw.', { extensions: { code: 'NETWERK_ONBEREIKBAAR', http: { status: 503 } } });
  }
  logger.error({ err: fout }, 'handhaving mislukt; niets getoond');
  // fail closed and say so, without internals
  return new GraphQLError('De gateway kon niet beslissen wat u mag zien; er worden geen gegevens getoond', { extensions: { code: 'BESLISSING_MISLUKT' } });
}

import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { controleerPseudoniem, PARTNER_NAMEN } from '@netwerkdossier/shared';
import { execute, GraphQLError } from 'graphql';
import { JWK } from 'jose';

import { beslisHuishouden, CedarBeslisser, controleerDoel, laadBeslissingscontexten, Vrager } from '../beslissing';
import type { Beleid } from '@netwerkdossier/shared';
import type { GatewayContext } from '../context';
import { Besluitenset } from './besluitenset';
import { EenmaligePseudoniemen } from './eenmalig';
import { heelAfgeschermd } from './voorbereiding';

interface UitlegArgs {
  huishouden: string;
  doel: string;
  als?: { sub: string; organisatie: string; team?: string | null; rol: string } | null;
}

const ROLLEN = ['professional', 'gedragswetenschapper', 'teamleider', 'privacyfunctionaris'];

function verboden(bericht: string): GraphQLError {
  return new GraphQLError(bericht, { extensions: { code: 'FORBIDDEN' } });
}

/** Whom the table is for: the caller, or for the privacy officer's simulator a named persona. */
function vragerVoor(identiteit: Vrager, als: UitlegArgs['als']): Vrager {
  if (!als) return identiteit;
  if (identiteit.rol !== 'privacyfunctionaris') throw verboden('Alleen de privacyfunctionaris kan de uitleg voor een andere persona vragen');
  const organisatie = als.organisatie.replace(/_/g, '-');
  if (!PARTNER_NAMEN.includes(organisatie)) throw new GraphQLError(`Onbekende organisatie "${als.organisatie}"; bekend: ${PARTNER_NAMEN.join(', ')}`, { extensions: { code: 'BAD_USER_INPUT' } });
  if (!ROLLEN.includes(als.rol)) throw new GraphQLError(`Onbekende rol "${als.rol}"; bekend: ${ROLLEN.join(', ')}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return { sub: als.sub, organisatie, team: als.team ?? null, rol: als.rol };
}

/**
 * Answers `uitleg(huishouden, doel, als)` in the gateway itself, from the same context loading and the
 * same decision table that enforcement uses, so the explanation is what a query would get. A caller
 * who may see nothing of the household gets one row that names nobody, as in `extensions.afgeschermd`.
 */
export async function beantwoordUitleg(
  rc: GatewayGraphQLRequestContext<GatewayContext>, beleid: Beleid, beslisser: CedarBeslisser, netwerkUrl: string, grantSleutel: JWK,
  /** Filled with what was explained, for the toegangslog. */
  gevraagd: Array<{ huishouden: string; namens: string | null; personen: string[] }> = [],
): Promise<GatewayExecutionResult> {
  const uitleg = async (args: UitlegArgs) => {
    const vrager = vragerVoor(rc.context.identiteit, args.als);
    // the doel first: whether it is refused must not depend on whether the household exists
    controleerDoel(beleid, vrager, args.doel);
    const huishouden = controleerPseudoniem(args.huishouden, 'huishouden');
    const [ctx] = await laadBeslissingscontexten(netwerkUrl, grantSleutel, vrager, args.doel, [huishouden], rc.context.auditId);
    const tabel = ctx && ctx.personen.length ? beslisHuishouden(beleid, beslisser, vrager, args.doel, ctx) : [];
    gevraagd.push({ huishouden, namens: args.als ? vrager.sub : null, personen: ctx?.personen.map((p) => p.id) ?? [] });
    // a household the caller may see nothing of: one row, as in `extensions.afgeschermd`; the table would name the members
    const weg = heelAfgeschermd(tabel);
    const eenmalig = new EenmaligePseudoniemen(new Besluitenset(ctx ? [ctx] : [], tabel));
    const beslissingen = weg
      ? [{ persoon: null, categorie: null, partner: null, uitkomst: 'afgeschermd', ...weg }]
      : tabel.map((b) => ({ persoon: eenmalig.voor(b.persoonId), categorie: b.categorie, partner: b.partner, uitkomst: b.uitkomst, regel: b.regel, reden: b.reden }));
    return { huishouden, doel: args.doel, vrager: vrager.sub, beleidsversie: beleid.versie, beslissingen };
  };
  return execute({
    schema: rc.schema,
    document: rc.document,
    rootValue: { uitleg },
    variableValues: rc.request.variables,
    operationName: rc.request.operationName,
  }) as Promise<GatewayExecutionResult>;
}

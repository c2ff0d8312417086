import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { DOSSIERVRAAG, Dossierbevestiging, maakLogger } from '@netwerkdossier/shared';
import { FieldNode, getArgumentValues, getVariableValues, Kind } from 'graphql';
import { JWK } from 'jose';

import type { GatewayContext } from '../context';
import { postMetGrant } from '../netwerk';

const logger = maakLogger('gateway');

interface Invoer { huishouden?: unknown; organisatie?: unknown; professional?: unknown; vorm?: unknown; uitspraakkenmerk?: unknown }

/**
 * Before a registration of one's own onderzoek or maatregel, asks one's own organisation's subgraph (under
 * the gateway's own grant) whether its dossier on the household holds the record it rests on; netwerk
 * reads the answers from the registration's grant, and only then takes it as confirmed. A partner that does
 * not answer confirms nothing: the registration then waits for a second professional, or is refused.
 */
export async function vraagEigenDossier(rc: GatewayGraphQLRequestContext<GatewayContext>, subgraphUrls: Readonly<Record<string, string>>, grantSleutel: JWK): Promise<Dossierbevestiging[]> {
  const { identiteit, doel, auditId } = rc.context;
  const veld = rc.schema.getMutationType()?.getFields().registreerBetrokkenheid;
  const url = subgraphUrls[identiteit.organisatie ?? ''];
  const variabelen = getVariableValues(rc.schema, rc.operation?.variableDefinitions ?? [], rc.request.variables ?? {});
  if (!veld || !url || !variabelen.coerced) return [];
  const registraties = (rc.operation?.selectionSet.selections ?? [])
    .filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === veld.name)
    .map((s) => getArgumentValues(veld, s, variabelen.coerced).invoer as Invoer)
    .filter((i) => (i.vorm === 'onderzoek' || i.vorm === 'maatregel') && String(i.organisatie).replace(/_/g, '-') === identiteit.organisatie && i.professional === identiteit.sub);
  const antwoorden = await Promise.all(registraties.map(async (i): Promise<Dossierbevestiging | null> => {
    const huishouden = String(i.huishouden);
    try {
      const body = { huishouden, uitspraakkenmerk: typeof i.uitspraakkenmerk === 'string' ? i.uitspraakkenmerk : null };
      const res = await postMetGrant(url, { pad: `/${DOSSIERVRAAG}`, body }, grantSleutel, { subgraph: identiteit.organisatie!, ...identiteit, doel, intern: DOSSIERVRAAG, audit: auditId });
      const kenmerk = (res.body as { kenmerk?: unknown } | null)?.kenmerk;
      if (res.status >= 500) logger.warn({ partner: identiteit.organisatie, status: res.status }, 'dossier niet geraadpleegd; de registratie is niet door het dossier bevestigd');
      return res.status === 200 && typeof kenmerk === 'string' ? { huishouden, kenmerk } : null;
    } catch (fout) {
      logger.warn({ partner: identiteit.organisatie, fout: fout instanceof Error ? fout.message : String(fout) }, 'dossier niet bereikbaar; de registratie is niet door het dossier bevestigd');
      return null;
    }
  }));
  return antwoorden.filter((a): a is Dossierbevestiging => a !== null);
}

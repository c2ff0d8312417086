import type { Beleid, Dossierbevestiging } from '@netwerkdossier/shared';

import type { Besluitenset } from './handhaving/besluitenset';
import type { Identiteit } from './identiteit';

/** What a gateway resolver and plugin know about the request. */
export interface GatewayContext {
  identiteit: Identiteit;
  /** This request's audit id: in every grant it causes and in the response (`extensions.auditId`). */
  auditId: string;
  /** The request's declared doel (header `doel`), allowed for this caller by the policy. */
  doel: string;
  /** The policy version in force when the request came in: the whole request is decided under it, and its response names it. */
  beleid: Beleid;
  /** The betrokkenheid-vormen the policy allows for that doel. */
  vormen: string[];
  /** The households decided for; set by the enforcement before anything is fetched. */
  reikwijdte?: string[];
  /** The decisions for those households; each subgraph fetch carries its part in the grant. */
  besluiten?: Besluitenset;
  /** The subgraphs that could not be reached for this request: a partner's part is empty, and the response names it; without netwerk nothing is shown. */
  onbereikbaar?: Set<string>;
  /** On a registration: what the registrant's own organisation's dossier confirmed; netwerk reads it from the grant. */
  dossierbevestigingen?: Dossierbevestiging[];
}

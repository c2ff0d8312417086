import type { Vorm } from '../beleid/beleid';

/** A professional of a partner as the demo world and the development issuer know them. */
export interface PartnerProfessional {
  sub: string;
  naam: string;
  team: string;
  rol: 'professional' | 'gedragswetenschapper' | 'teamleider' | 'privacyfunctionaris';
  /** The betrokkenheid-vormen the demo world assigns this professional to. */
  vormen: readonly Vorm[];
  /** Documented demo persona: what a reader would call this person. */
  persona?: string;
  /** The doel this persona usually declares (policies/doelen.yaml). */
  doel?: string;
  /** Work phone, for colleagues in an MDO: a professional's contact details are not client data. */
  telefoon?: string;
  /** Work e-mail, for colleagues in an MDO. */
  email?: string;
}

/**
 * A partner as it declares itself in `subgraphs/<naam>/partner.json`: the one place that names it.
 * Every list of partners (services and ports, the gateway's subgraphs, the policy schema, netwerk's
 * organisations, the web app, the development issuer, docker-compose.yml) is derived from these files.
 */
export interface PartnerVermelding {
  /** The folder's name: service name, token claim `organisatie`, policy files' organisation. */
  naam: string;
  /** Short, as a professional reads it in a list: "Veilig Thuis", "GI". */
  weergavenaam: string;
  /** In a sentence, as a household member reads it: "de jeugdbescherming (GI)". */
  inZin: string;
  /** Default port for `npm start`; `<NAAM>_PORT` overrides it. */
  poort: number;
  /** The betrokkenheid-vormen this organisation registers for itself (its statutory or joint tasks). */
  registreert: readonly Vorm[];
  /** Its professionals in the demo world, personas first. */
  professionals: readonly PartnerProfessional[];
  /** In the demo world: the share of households (0–1) that, besides the proeftuin's mix, this partner knows and consults on. */
  demo?: { aandeel: number };
  /**
   * Its involvement with someone tells where they stay (a shelter): while a member of a household is
   * beschermd, the other members' views never show it.
   */
  verblijfplaats?: boolean;
}

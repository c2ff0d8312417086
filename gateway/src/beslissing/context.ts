/** Who asks, from the verified token. */
export interface Vrager {
  sub: string;
  organisatie: string | null;
  team: string | null;
  rol: string;
}

/** The gateway itself, when it asks on its own behalf (the policy stream, the toegangslog's head). */
export const GATEWAY_ZELF: Vrager = { sub: 'gateway', organisatie: null, team: null, rol: 'systeem' };

export interface ContextPersoon {
  id: string;
  geboortejaar: number | null;
  rol: string;
  /** Pseudonyms of those with gezag over this person. */
  gezaghebbenden: string[];
  /** Marked beschermd (e.g. in a shelter): nothing in another member's view may tell where they stay. */
  beschermd: boolean;
}

export interface ContextBetrokkenheid {
  id: string;
  organisatie: string;
  team: string;
  professional: string;
  vorm: string;
  vanaf: string;
  tot: string | null;
  grondslag: string | null;
  afweging: string | null;
  uitspraakkenmerk: string | null;
  /** Who confirmed a statutory betrokkenheid (a sub, or `dossier:<organisatie>`); null while it waits for confirmation. */
  bevestigdDoor: string | null;
  /** On what: the dossier record's kenmerk, or the confirmer's role. */
  bevestigdMet: string | null;
  bevestigdOp: string | null;
}

export interface ContextToestemming {
  id: string;
  persoonId: string;
  gegevenDoor: string[];
  ontvangerOrganisatie: string;
  ontvangerTeam: string | null;
  ontvangerProfessional: string | null;
  categorieen: string[];
  doel: string;
  geldigVanaf: string;
  geldigTot: string | null;
  ingetrokkenOp: string | null;
}

export interface ContextDoorbraak {
  id: string;
  personen: string[];
  categorieen: string[];
  professional: string;
  organisatie: string;
  eindigtOp: string;
}

/** Everything the decisions for one household depend on, as loaded from the netwerk registry. */
export interface Beslissingscontext {
  huishoudenId: string;
  personen: ContextPersoon[];
  betrokkenheden: ContextBetrokkenheid[];
  toestemmingen: ContextToestemming[];
  /** Doorbraken running when the context was loaded. */
  doorbraken: ContextDoorbraak[];
}

/** ISO date of `nu`, for comparing with the registry's dates. */
export function datumVan(nu: Date): string {
  return nu.toISOString().slice(0, 10);
}

/** True while a period [vanaf, tot] holds `nu`. */
export function lopend(vanaf: string, tot: string | null, nu: Date): boolean {
  const vandaag = datumVan(nu);
  return vanaf <= vandaag && (tot === null || tot >= vandaag);
}

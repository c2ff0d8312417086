/** A household member as the netwerkdossier gives them: each part null where it is withheld. */
export interface Lid {
  id: string;
  rol: string | null;
  aanduiding: string | null;
  leeftijdsgroep: string | null;
  personalia: { voornaam: string; achternaam: string } | null;
  gezaghebbenden: Array<{ id: string }> | null;
  toestemmingen: Toestemming[] | null;
}

export interface Toestemming {
  id: string;
  gegevenDoor: string[];
  ontvangerOrganisatie: string;
  ontvangerTeam: string | null;
  ontvangerProfessional: string | null;
  categorieen: string[];
  doel: string;
  geldigVanaf: string;
  geldigTot: string | null;
  ingetrokkenOp: string | null;
  /** Whether the network lets the caller revoke it (they registered it, or coordinate the household). */
  magIntrekken: boolean;
}

/** How the professional reads a member: the name where it may be seen, else the anonymous aanduiding, else a number. */
export function lidLabel(leden: Lid[], id: string): string {
  const i = leden.findIndex((l) => l.id === id);
  const l = leden[i];
  if (!l) return 'iemand buiten dit huishouden';
  if (l.personalia) return `${l.personalia.voornaam} ${l.personalia.achternaam}${l.rol ? ` (${l.rol})` : ''}`;
  return l.aanduiding ?? `Gezinslid ${i + 1}`;
}


export const vandaag = () => new Date().toISOString().slice(0, 10);

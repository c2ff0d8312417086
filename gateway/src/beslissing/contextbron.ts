import { JWK } from 'jose';

import { vraagNetwerk } from '../netwerk';
import { Beslissingscontext, ContextBetrokkenheid, ContextDoorbraak, ContextToestemming, Vrager } from './context';

const QUERY = /* GraphQL */ `
  query Beslissingscontexten($huishoudens: [ID!]!) {
    beslissingscontexten(huishoudens: $huishoudens) {
      huishouden
      personen { id geboortejaar rol gezaghebbenden beschermd }
      betrokkenheden { id organisatie team professional vorm vanaf tot grondslag afweging uitspraakkenmerk bevestigdDoor bevestigdMet bevestigdOp }
      toestemmingen { id persoon gegevenDoor ontvangerOrganisatie ontvangerTeam ontvangerProfessional categorieen doel geldigVanaf geldigTot ingetrokkenOp }
      doorbraken { id personen categorieen professional organisatie eindigtOp }
    }
  }
`;

// GraphQL enum names cannot hold a hyphen; the registry's values (and the policy's) do
const waarde = (naam: string) => naam.replace(/_/g, '-');

interface Ruw {
  huishouden: string;
  personen: Array<{ id: string; geboortejaar: number | null; rol: string; gezaghebbenden: string[]; beschermd: boolean }>;
  betrokkenheden: ContextBetrokkenheid[];
  toestemmingen: Array<Omit<ContextToestemming, 'persoonId'> & { persoon: string }>;
  doorbraken: ContextDoorbraak[];
}

/**
 * Loads the facts for the households in scope from the netwerk registry, with a grant marked as the
 * gateway's own call. Any failure is an error: without context there are no decisions, so no data.
 */
export async function laadBeslissingscontexten(netwerkUrl: string, grantSleutel: JWK, vrager: Vrager, doel: string, huishoudens: string[], audit?: string): Promise<Beslissingscontext[]> {
  if (huishoudens.length === 0) return [];
  const data = await vraagNetwerk<{ beslissingscontexten: Ruw[] }>(netwerkUrl, grantSleutel, { ...vrager, doel, intern: 'beslissingscontext', audit }, 'Beslissingscontext niet geladen', QUERY, { huishoudens });
  return data.beslissingscontexten.map((r) => ({
    huishoudenId: r.huishouden,
    personen: r.personen.map((p) => ({ ...p, rol: waarde(p.rol) })),
    betrokkenheden: r.betrokkenheden.map((b) => ({ ...b, organisatie: waarde(b.organisatie) })),
    toestemmingen: r.toestemmingen.map(({ persoon, ...t }) => ({ ...t, persoonId: persoon, ontvangerOrganisatie: waarde(t.ontvangerOrganisatie) })),
    doorbraken: r.doorbraken,
  }));
}

/** The caller's own households, one page, exactly as `Query.huishoudens` will return them (netwerk filters by the grant). */
export async function laadEigenHuishoudens(netwerkUrl: string, grantSleutel: JWK, vrager: Vrager, doel: { doel: string; vormen: string[] }, limiet: number, vanaf: number, audit?: string): Promise<string[]> {
  const query = 'query ($limiet: Int!, $vanaf: Int!) { huishoudens(limiet: $limiet, vanaf: $vanaf) { id } }';
  const data = await vraagNetwerk<{ huishoudens: Array<{ id: string }> }>(netwerkUrl, grantSleutel, { ...vrager, ...doel, intern: 'beslissingscontext', audit }, 'Huishoudens niet geladen', query, { limiet, vanaf });
  return data.huishoudens.map((h) => h.id);
}

/** A household member's own household (none for anyone else), exactly as `Query.mijnHuishouden` will return it. */
export async function laadMijnHuishouden(netwerkUrl: string, grantSleutel: JWK, vrager: Vrager, doel: string, audit?: string): Promise<string[]> {
  const data = await vraagNetwerk<{ mijnHuishouden: { id: string } | null }>(netwerkUrl, grantSleutel, { ...vrager, doel, intern: 'beslissingscontext', audit }, 'Huishouden niet geladen', '{ mijnHuishouden { id } }', {});
  return data.mijnHuishouden ? [data.mijnHuishouden.id] : [];
}

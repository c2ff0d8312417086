import { Gezinsrol } from './enums';

const BANDEN: Array<[number, number]> = [[0, 3], [4, 7], [8, 11], [12, 15], [16, 17], [18, 29], [30, 39], [40, 49], [50, 64]];

/** An age band wide enough not to single anyone out: "8–11 jaar"; by the age reached this calendar year. */
export function leeftijdsgroep(geboortejaar: number | null, nu = new Date()): string | null {
  if (geboortejaar === null) return null;
  // an expected child counts as 0
  const leeftijd = Math.max(0, nu.getUTCFullYear() - geboortejaar);
  const band = BANDEN.find(([van, tot]) => leeftijd >= van && leeftijd <= tot);
  return band ? `${band[0]}–${band[1]} jaar` : `${BANDEN[BANDEN.length - 1][1] + 1}+ jaar`;
}

const NAMEN: Record<Gezinsrol, string> = { ouder: 'Ouder', partner: 'Partner', kind: 'Kind', 'ex-partner': 'Ex-partner', overig: 'Gezinslid' };

interface Lid {
  id: string;
  rol: Gezinsrol;
  geboortejaar: number | null;
}

/**
 * How a member is named without a name: "Kind 1 (8–11 jaar)", numbered per role from the oldest. The
 * number says nothing outside the household and the view it is shown in.
 */
export function aanduiding(lid: Lid, leden: Lid[], nu = new Date()): string {
  const zelfdeRol = leden
    .filter((l) => l.rol === lid.rol)
    .sort((a, b) => (a.geboortejaar ?? 9999) - (b.geboortejaar ?? 9999) || a.id.localeCompare(b.id));
  const nummer = zelfdeRol.length > 1 ? ` ${zelfdeRol.findIndex((l) => l.id === lid.id) + 1}` : '';
  const groep = leeftijdsgroep(lid.geboortejaar, nu);
  return `${NAMEN[lid.rol]}${nummer}${groep ? ` (${groep})` : ''}`;
}

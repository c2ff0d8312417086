import { useJson } from './laden';

/** Who consents at which age (policies/leeftijden.yaml): from `vanaf` up to (not including) `tot`. */
export interface Leeftijdsregel {
  vanaf: number;
  tot?: number;
  door: Array<'persoon' | 'gezaghebbenden'>;
}

/** The rules of the policy in force that a professional follows while registering (`GET /beleid/regels`). */
export interface Regels {
  versie: string;
  leeftijden: Leeftijdsregel[];
  doorbraak: { maximaleDuurUren: number; minimaleLengteReden: number; nooitVoor: string[] };
  categorieen: string[];
  /** Categories the policy never shares, whatever the consent. */
  nooitGedeeld: string[];
  /** The doelen a consent can be given for. */
  doelen: Array<{ naam: string; omschrijving: string }>;
}

export function useRegels(): { regels: Regels | null; fout: string | null } {
  const { waarde, fout } = useJson<Regels>('/beleid/regels', 'De regels van het beleid konden niet worden geladen.');
  return { regels: waarde, fout };
}

const WIE: Record<'persoon' | 'gezaghebbenden', string> = { persoon: 'de persoon zelf', gezaghebbenden: 'iedereen met gezag' };

/** One age band in words: "Van 12 tot 16 jaar: de persoon zelf én iedereen met gezag". */
export function regelInWoorden(r: Leeftijdsregel): string {
  const band = r.tot === undefined ? `Vanaf ${r.vanaf} jaar` : r.vanaf === 0 ? `Jonger dan ${r.tot} jaar` : `Van ${r.vanaf} tot ${r.tot} jaar`;
  return `${band}: ${r.door.map((d) => WIE[d]).join(' én ')}`;
}

/**
 * The bands a person of this age group ("8–11 jaar", "18+ jaar") can fall in. Unknown (withheld) age: all
 * of them, and the network decides each time the consent is used.
 */
export function regelsVoorGroep(regels: Leeftijdsregel[], groep: string | null): Leeftijdsregel[] {
  const getallen = groep?.match(/\d+/g)?.map(Number);
  if (!getallen?.length) return regels;
  // the group is reckoned from the birth year only: the person may be a year younger
  const [van, tot] = [Math.max(0, getallen[0] - 1), groep!.includes('+') ? 200 : (getallen[1] ?? getallen[0])];
  return regels.filter((r) => r.vanaf <= tot && (r.tot === undefined || r.tot > van));
}

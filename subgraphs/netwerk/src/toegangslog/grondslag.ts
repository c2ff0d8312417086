import { ORGANISATIES } from '../organisaties';
import type { Verstrektitem } from './inhoud';
import type { Inzagegrond } from './inzage';

/** What a disclosed item in the toegangslog rests on, as one word. */
export type Grondslagsoort = 'doorbraak' | 'wettelijk' | 'toestemming' | 'gezin' | 'eigen' | 'geanonimiseerd';

/**
 * One item: doorbraak:<id> over betrokkenheid:<id> (statutory) over toestemming:<id>; a household member
 * in their own household; the caller's own organisation's dossier (eigen:<organisatie>); without any,
 * shown anonymised (a consultatie), or else (a record from before eigen:<organisatie> was recorded) the
 * dossier of the partner it came from, the caller's own.
 */
export function soortVan(item: { grondslag?: string[]; uitkomst?: string }): Grondslagsoort {
  const grondslagen = item.grondslag ?? [];
  if (grondslagen.some((g) => g.startsWith('doorbraak:'))) return 'doorbraak';
  // the caller's statutory betrokkenheid, or what the owning partner shares by law (wet:<partner>)
  if (grondslagen.some((g) => g.startsWith('betrokkenheid:') || g.startsWith('wet:'))) return 'wettelijk';
  if (grondslagen.some((g) => g.startsWith('toestemming:'))) return 'toestemming';
  // a household member seeing their own household's records (policies/gezin.yaml)
  if (grondslagen.some((g) => g.startsWith('gezinslid:'))) return 'gezin';
  return item.uitkomst === 'geanonimiseerd' ? 'geanonimiseerd' : 'eigen';
}

const IN_WOORDEN: Record<Exclude<Grondslagsoort, 'eigen'>, string> = {
  gezin: 'omdat het over uw eigen huishouden gaat',
  toestemming: 'omdat er toestemming voor is gegeven',
  wettelijk: 'omdat de wet dat toestaat, ook zonder toestemming',
  doorbraak: 'met een doorbraak: bij ernstige zorgen over veiligheid mag dat, en de privacyfunctionaris controleert het achteraf',
  geanonimiseerd: 'geanonimiseerd: zonder uw naam of andere gegevens waaraan u te herkennen bent',
};

/** What one item rests on, in plain Dutch for a family: "met toestemming", "in het eigen dossier van Veilig Thuis". */
export function grondslagInWoorden(item: Verstrektitem): { soort: Grondslagsoort; grondslag: string } {
  const soort = soortVan(item);
  if (soort !== 'eigen') return { soort, grondslag: IN_WOORDEN[soort] };
  const organisatie = item.grondslag?.find((g) => g.startsWith('eigen:'))?.slice('eigen:'.length) ?? item.partner;
  return { soort, grondslag: `omdat ${ORGANISATIES[organisatie] ?? 'de organisatie'} dit zelf heeft vastgelegd` };
}

/** Strongest first, the order in which an access's grondslagen are told. */
const VOLGORDE: Grondslagsoort[] = ['doorbraak', 'wettelijk', 'toestemming', 'gezin', 'eigen', 'geanonimiseerd'];

/**
 * Per grondslag the categories shown on it, strongest first: each item under the grondslag it was really
 * shown on, never merged into a stronger one of the same access.
 */
export function perGrondslag(items: Verstrektitem[]): Inzagegrond[] {
  const groepen = new Map<string, Inzagegrond>();
  for (const item of items) {
    const { soort, grondslag } = grondslagInWoorden(item);
    const groep = groepen.get(grondslag) ?? { soort, grondslag, categorieen: [] };
    if (!groep.categorieen.includes(item.categorie)) groep.categorieen.push(item.categorie);
    groepen.set(grondslag, groep);
  }
  const uit = [...groepen.values()].map((g) => ({ ...g, categorieen: g.categorieen.sort() }));
  return uit.sort((a, b) => VOLGORDE.indexOf(a.soort as Grondslagsoort) - VOLGORDE.indexOf(b.soort as Grondslagsoort) || a.grondslag.localeCompare(b.grondslag));
}

/** What a disclosed item in the toegangslog rests on, as one word. */
export type Grondslagsoort = 'doorbraak' | 'wettelijk' | 'toestemming' | 'gezin' | 'eigen' | 'geanonimiseerd';

/** Strongest first: what a record as a whole rests on is the strongest of its items'. */
const VOLGORDE: Grondslagsoort[] = ['doorbraak', 'wettelijk', 'toestemming', 'gezin', 'eigen', 'geanonimiseerd'];

/**
 * One item: doorbraak:<id> over betrokkenheid:<id> (statutory) over toestemming:<id>; without any, shown
 * anonymised (a consultatie), or else one's own dossier or a pseudonym.
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

/** The strongest of these items' grondslagen. */
export function sterksteSoort(items: Array<{ grondslag?: string[]; uitkomst?: string }>): Grondslagsoort {
  const soorten = new Set(items.map(soortVan));
  return VOLGORDE.find((s) => soorten.has(s)) ?? 'eigen';
}

/** What a disclosed item in the toegangslog rests on, as one word: the strongest of its grondslagen. */
export type Grondslagsoort = 'doorbraak' | 'wettelijk' | 'toestemming' | 'eigen';

/** doorbraak:<id> over betrokkenheid:<id> (statutory) over toestemming:<id>; none: one's own dossier or a pseudonym. */
export function soortVan(grondslagen: string[]): Grondslagsoort {
  if (grondslagen.some((g) => g.startsWith('doorbraak:'))) return 'doorbraak';
  if (grondslagen.some((g) => g.startsWith('betrokkenheid:'))) return 'wettelijk';
  if (grondslagen.some((g) => g.startsWith('toestemming:'))) return 'toestemming';
  return 'eigen';
}

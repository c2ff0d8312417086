import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { Afgeschermd } from './Afgeschermd';
import type { Extensions } from './Deel';
import { afgeschermdOp } from './graphql';
import { Lid, lidLabel } from './leden';

/** A part that is one line of text (a zorg, a besluit, a veiligheidsafspraak): null where the gateway withheld it. */
export interface Tekstdeel { tekst: string | null }

/**
 * One part in place: its text, or that it is withheld, about whom (`leden`, where the page knows the members)
 * and why — the reasons the gateway gave at `pad` (the part's place in the answer).
 */
export function DeelTekst({ tekst, extensions, pad, leden }: { tekst: string | null | undefined; extensions: Extensions; pad: string; leden?: Lid[] }) {
  // undefined as well as null: a field the gateway did not even ask for is withheld too
  if (typeof tekst === 'string') return <>{tekst}</>;
  const items = afgeschermdOp(extensions, pad);
  const over = leden ? [...new Set(items.flatMap((a) => (a.persoon ? [lidLabel(leden, a.persoon)] : [])))] : [];
  return <Afgeschermd items={items} over={over} />;
}

/**
 * The parts of a household-level record that are attributed to persons (a doel, an advies, a zorg): each its
 * text, or in its place that it is withheld and why — the rest of the record stays as it is shown.
 * `tekst` gives null for a part the gateway withheld; its reasons say which member (`leden`) each is about.
 */
export function Delen<T>({ naam, delen, extensions, pad, leden, tekst, leeg }: {
  naam: string; delen: T[]; extensions: Extensions; pad: string; leden?: Lid[]; tekst(deel: T): string | null | undefined; leeg?: string;
}) {
  if (delen.length === 0 && leeg) return <>{leeg}</>;
  return (
    <UnorderedList aria-label={naam}>
      {delen.map((deel, i) => <UnorderedListItem key={i}><DeelTekst tekst={tekst(deel)} extensions={extensions} pad={`${pad}.${i}`} leden={leden} /></UnorderedListItem>)}
    </UnorderedList>
  );
}

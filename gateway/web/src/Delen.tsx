import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { Afgeschermd } from './Afgeschermd';
import type { Extensions } from './Deel';
import { afgeschermdOp } from './graphql';
import { Lid, lidLabel } from './leden';

/**
 * The parts of a household-level record that are attributed to persons (a doel, an advies): each its
 * text, or in its place that it is withheld and why — the rest of the record stays as it is shown.
 * `tekst` gives null for a part the gateway withheld; its reasons say which member (`leden`) each is about.
 */
export function Delen<T>({ naam, delen, extensions, pad, leden, tekst }: { naam: string; delen: T[]; extensions: Extensions; pad: string; leden: Lid[]; tekst(deel: T): string | null }) {
  return (
    <UnorderedList aria-label={naam}>
      {delen.map((deel, i) => {
        const t = tekst(deel);
        const items = afgeschermdOp(extensions, `${pad}.${i}`);
        const over = [...new Set(items.flatMap((a) => (a.persoon ? [lidLabel(leden, a.persoon)] : [])))];
        return <UnorderedListItem key={i}>{t ?? <Afgeschermd items={items} over={over} />}</UnorderedListItem>;
      })}
    </UnorderedList>
  );
}

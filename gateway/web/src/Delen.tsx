import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { Afgeschermd } from './Afgeschermd';
import type { Extensions } from './Deel';
import { afgeschermdOp } from './graphql';

/**
 * The parts of a household-level record that are attributed to persons (a doel, an advies): each its
 * text, or in its place that it is withheld and why — the rest of the record stays as it is shown.
 * `tekst` gives null for a part the gateway withheld.
 */
export function Delen<T>({ delen, extensions, pad, tekst }: { delen: T[]; extensions: Extensions; pad: string; tekst(deel: T): string | null }) {
  return (
    <UnorderedList>
      {delen.map((deel, i) => {
        const t = tekst(deel);
        return <UnorderedListItem key={i}>{t ?? <Afgeschermd items={afgeschermdOp(extensions, `${pad}.${i}`)} />}</UnorderedListItem>;
      })}
    </UnorderedList>
  );
}

import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import type { Extensions } from './Deel';

export { Afgeschermd } from './Afgeschermd';
export { datum } from './datum';
export { Deel } from './Deel';
export { afgeschermdVoor } from './graphql';
export type { Extensions };

/**
 * What a partner's own panel receives: the household as its own query answered it, and that answer's
 * extensions (what was withheld and why).
 */
export interface PaneelProps<H> {
  huishouden: H;
  extensions: Extensions;
}

/**
 * A panel a partner brings in its own folder, `subgraphs/<naam>/web/paneel.tsx`: its own `/* GraphQL *\/`
 * query `huishouden(id: $id) { … }` (registered as a known operation when the web app is built) and the
 * component that shows the answer: each part in a `Deel`, or per member with `afgeschermdVoor` and
 * `Afgeschermd`, so what is withheld says why in its place.
 */
export interface Partnerpaneel {
  query: string;
  // a method, so a panel may type its own answer (PaneelProps<Opvang>); the web app passes it on unread
  Paneel(props: PaneelProps<unknown>): ReactNode;
}

/** Lines of text as a list, the way every panel shows a partner's records. */
export function Lijst({ regels }: { regels: string[] }) {
  return <UnorderedList>{regels.map((r, i) => <UnorderedListItem key={i}>{r}</UnorderedListItem>)}</UnorderedList>;
}

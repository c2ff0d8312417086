import { Paragraph } from '@utrecht/component-library-react';
import { ReactNode } from 'react';

import { Afgeschermd } from './Afgeschermd';
import { afgeschermdOp } from './graphql';
import { PARTNERS } from './partners';

export type Extensions = Record<string, unknown> | undefined;

/** The partners whose dossiers make up the netwerkdossier, by subgraph name. */

/** The partners the gateway could not reach for this answer (`extensions.onbereikbaar`). */
export function onbereikbaar(extensions: Extensions): string[] {
  return (extensions?.onbereikbaar as string[] | undefined) ?? [];
}

/**
 * One part of the dossier: its content, or in its place that it is withheld and why. An empty list the
 * gateway says nothing about is simply empty.
 */
export function Deel<T>({ waarde, extensions, pad, leeg, partner, children }: {
  waarde: T | null | undefined; extensions: Extensions; pad: string; leeg: string; partner?: string; children(w: T): ReactNode;
}) {
  if (partner && onbereikbaar(extensions).includes(partner)) return <Paragraph>Niet beschikbaar: {PARTNERS[partner]} is nu niet bereikbaar.</Paragraph>;
  const items = afgeschermdOp(extensions, pad);
  const isLeeg = waarde === null || waarde === undefined || (Array.isArray(waarde) && waarde.length === 0);
  if (isLeeg && items.length > 0) return <Paragraph><Afgeschermd items={items} /></Paragraph>;
  if (isLeeg) return <Paragraph>{leeg}</Paragraph>;
  return <>{children(waarde as T)}</>;
}

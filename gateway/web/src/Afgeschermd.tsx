import { Afgeschermd as Item } from './graphql';

/**
 * In place of what may not be seen: that it is withheld, and why — never a silent gap (also when the
 * gateway gave no reason). `over` names the members a withheld part concerns.
 */
export function Afgeschermd({ items, over }: { items: Item[]; over?: string[] }) {
  const redenen = [...new Set(items.map((i) => i.reden))];
  return (
    <span className="nd-afgeschermd">
      <strong>Afgeschermd</strong>
      {over?.length ? ` (gaat over ${over.join(' en ')})` : ''}
      {redenen.length > 0 ? `: ${redenen.join(' ')}` : ': niet zichtbaar voor u.'}
    </span>
  );
}

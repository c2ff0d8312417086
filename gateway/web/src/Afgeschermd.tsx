import { Afgeschermd as Item } from './graphql';

/** In place of what may not be seen: that it is withheld, and why — never a silent gap (also when the gateway gave no reason). */
export function Afgeschermd({ items }: { items: Item[] }) {
  const redenen = [...new Set(items.map((i) => i.reden))];
  return (
    <span className="nd-afgeschermd">
      <strong>Afgeschermd</strong>
      {redenen.length > 0 ? `: ${redenen.join(' ')}` : ': niet zichtbaar voor u.'}
    </span>
  );
}

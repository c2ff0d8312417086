import { Afgeschermd as Item } from './graphql';

/** A closed padlock, drawn inline (the content security policy allows no outside images). */
function Slot() {
  return (
    <svg className="nd-slot" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" />
    </svg>
  );
}

/** How the gateway's reason for a partner that is not involved begins (gateway/src/beslissing/reden.ts, `nietBetrokken`). */
const NIET_BETROKKEN = 'Niet betrokken: ';

/**
 * In place of what may not be seen: a badge with a padlock that it is withheld, and why — never a silent gap
 * (also when the gateway gave no reason). `over` names the members a withheld part concerns.
 */
export function Afgeschermd({ items, over }: { items: Item[]; over?: string[] }) {
  const redenen = [...new Set(items.map((i) => i.reden))];
  // a partner that is not involved withholds nothing from the caller: a neutral badge, not the padlock
  if (redenen.length > 0 && redenen.every((r) => r.startsWith(NIET_BETROKKEN))) {
    return (
      <span className="nd-afgeschermd">
        <strong className="utrecht-status-badge nd-badge">Niet betrokken</strong>
        {`: ${redenen.map((r) => r.slice(NIET_BETROKKEN.length)).join(' ')}`}
      </span>
    );
  }
  return (
    <span className="nd-afgeschermd">
      <strong className="utrecht-status-badge utrecht-status-badge--warning nd-badge"><Slot />Afgeschermd</strong>
      {over?.length ? ` (gaat over ${over.join(' en ')})` : ''}
      {redenen.length > 0 ? `: ${redenen.join(' ')}` : ': niet zichtbaar voor u.'}
    </span>
  );
}

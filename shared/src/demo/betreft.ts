import type { DemoHuishouden } from './wereld';

/**
 * Whom the `n`th part of a household-level record concerns in the demo world (betreft.ts): the members in
 * turn, drawn from nothing random so the rest of the world stays as it was; every fourth part concerns the
 * household as a whole.
 */
export function demoBetreft(h: DemoHuishouden, n: number): string[] {
  return n % 4 === 3 ? [] : [h.leden[n % h.leden.length].id];
}

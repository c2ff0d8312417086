/** A gezinsplan as the API gives it to a test: each part absent where not asked or withheld. */
export interface Planmomenten {
  vastgesteldOp?: string | null;
  versies?: Array<{ nummer?: number | null; vastgesteldOp?: string | null }> | null;
}

/**
 * How many lines the gezinsplan is on the timeline, as a professional reads it: one per versie with its number and
 * date, or, without such versies, one for the plan where its date may be seen.
 */
export function gezinsplanregels(plan: Planmomenten | null | undefined): number {
  const versies = (plan?.versies ?? []).filter((v) => v.vastgesteldOp && typeof v.nummer === 'number').length;
  return versies || (plan?.vastgesteldOp ? 1 : 0);
}

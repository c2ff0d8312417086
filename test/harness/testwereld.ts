/**
 * A case the tests of a file need from the demo world. Without it the file stops before any test runs,
 * saying what is missing: a precondition, not a test of the product.
 */
export function uitDeTestwereld<T>(waarde: T | undefined, wat: string): T {
  if (waarde === undefined) throw new Error(`De testwereld heeft geen ${wat}: kies een grotere AANTAL`);
  return waarde;
}

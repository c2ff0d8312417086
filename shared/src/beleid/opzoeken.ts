/**
 * The value a policy map holds under a key the caller chose (a doel header, a file name, a doel in a
 * proposal): own properties only, so `__proto__`, `constructor` or `toString` are unknown keys like any
 * other instead of the object's inherited members.
 */
export function eigenWaarde<T>(map: Readonly<Record<string, T>>, sleutel: string): T | undefined {
  return Object.hasOwn(map, sleutel) ? map[sleutel] : undefined;
}

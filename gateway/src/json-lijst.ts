const isObject = (e: unknown): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e);

/** A configuration variable that holds a non-empty JSON list of objects; refuses anything else, naming the variable. */
export function leesJsonLijst(json: string, variabele: string): Array<Record<string, unknown>> {
  let waarde: unknown;
  try {
    waarde = JSON.parse(json);
  } catch {
    throw new Error(`${variabele} is geen geldige JSON`);
  }
  if (!Array.isArray(waarde) || waarde.length === 0) throw new Error(`${variabele} moet een niet-lege lijst zijn`);
  if (!waarde.every(isObject)) throw new Error(`${variabele}[${waarde.findIndex((e) => !isObject(e))}] moet een object zijn`);
  return waarde;
}

/**
 * JSON with keys sorted at every level: the same value always serialises the same, whatever built or
 * stored it (jsonb and other languages reorder keys). For JSON data this is RFC 8785 (JCS): keys in
 * UTF-16 order, numbers and strings as JSON.stringify writes them.
 */
export function canoniek(waarde: unknown): string {
  // built by appending, without an array per object and a closure per member: this runs over every fetch
  // body the gateway signs and every subgraph checks (verzoekHash), and over each toegangslog record
  if (waarde === null || typeof waarde !== 'object') return JSON.stringify(waarde);
  if (Array.isArray(waarde)) {
    let uit = '[';
    for (let i = 0; i < waarde.length; i++) uit += `${i ? ',' : ''}${canoniek(waarde[i]) ?? ''}`;
    return `${uit}]`;
  }
  if (waarde instanceof Date) return JSON.stringify(waarde.toISOString());
  const object = waarde as Record<string, unknown>;
  let uit = '{';
  for (const k of Object.keys(object).sort()) {
    const v = object[k];
    if (v === undefined) continue;
    uit += `${uit.length > 1 ? ',' : ''}${JSON.stringify(k)}:${canoniek(v)}`;
  }
  return `${uit}}`;
}

/**
 * JSON with keys sorted at every level: the same value always serialises the same, whatever built or
 * stored it (jsonb and other languages reorder keys). For JSON data this is RFC 8785 (JCS): keys in
 * UTF-16 order, numbers and strings as JSON.stringify writes them.
 */
export function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde instanceof Date) return JSON.stringify(waarde.toISOString());
  if (waarde !== null && typeof waarde === 'object') {
    return `{${Object.keys(waarde).sort().filter((k) => (waarde as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canoniek((waarde as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(waarde);
}

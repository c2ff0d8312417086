/** The operational routes of a service (see shared/src/beheer) at the root of a service URL. */
export function beheerUrl(serviceUrl: string, pad: '/gezond' | '/gereed' | '/metrics'): string {
  return new URL(pad, serviceUrl).href;
}

/** GETs a JSON route as a monitoring system would: status and body. */
export async function haalJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

/**
 * The value of one sample in Prometheus text format: the line of `naam` whose labels include `labels`
 * (0 when there is none, as Prometheus reads a counter that never counted).
 */
export function meetwaarde(tekst: string, naam: string, labels: Record<string, string> = {}): number {
  for (const regel of tekst.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(regel);
    if (!m || m[1] !== naam) continue;
    const eigen = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    if (Object.entries(labels).every(([k, v]) => eigen[k] === v)) return Number(m[3]);
  }
  return 0;
}

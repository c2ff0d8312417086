import { WEERGAVE, Werklast } from '../bench/werklasten';

/** One request of the mix: who asks, for which doel, what. */
export interface Verzoek {
  soort: string;
  sub: string;
  doel: string;
  huishouden?: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** What the client saw, kept for the checks at the end. */
export interface Antwoord {
  soort: string;
  sub: string;
  doel: string;
  huishouden?: string;
  /** When the request was sent and its answer read (ms since the epoch). */
  van: number;
  tot: number;
  status: number;
  auditId?: string;
  /** The first error's code and message, or what went wrong on the connection. */
  fout?: string;
  onbereikbaar: string[];
  /** The members (pseudonyms) whose personalia the response showed. */
  metPersonalia: string[];
  /** Withholdings in `extensions.afgeschermd`, by category. */
  afgeschermd: string[];
}

interface Body {
  data?: { huishouden?: { leden?: Array<{ id: string; personalia: unknown }> } | null } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { auditId?: string; onbereikbaar?: string[]; afgeschermd?: Array<{ categorie: string }> };
}

/** Posts one request to the gateway as its persona would, and reads what came back. */
export async function stuur(gatewayUrl: string, token: string, v: Verzoek): Promise<Antwoord> {
  const van = Date.now();
  const basis = { soort: v.soort, sub: v.sub, doel: v.doel, huishouden: v.huishouden, van, onbereikbaar: [], metPersonalia: [], afgeschermd: [] };
  let res: Response;
  let tekst: string;
  try {
    res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: v.doel }, body: JSON.stringify({ query: v.query, variables: v.variables }) });
    tekst = await res.text();
  } catch (fout) {
    return { ...basis, tot: Date.now(), status: 0, fout: `geen antwoord: ${(fout as Error).cause instanceof Error ? ((fout as Error).cause as Error).message : (fout as Error).message}` };
  }
  const tot = Date.now();
  let body: Body;
  try {
    body = JSON.parse(tekst) as Body;
  } catch {
    return { ...basis, tot, status: res.status, fout: `geen JSON: ${tekst.slice(0, 80)}` };
  }
  const eerste = body.errors?.[0];
  return {
    ...basis,
    tot,
    status: res.status,
    auditId: body.extensions?.auditId,
    fout: eerste && `${eerste.extensions?.code ?? '-'}: ${eerste.message}`,
    onbereikbaar: body.extensions?.onbereikbaar ?? [],
    metPersonalia: (body.data?.huishouden?.leden ?? []).filter((l) => l.personalia).map((l) => l.id),
    afgeschermd: (body.extensions?.afgeschermd ?? []).map((a) => a.categorie),
  };
}

/** The persona that lists its own households, and the persona refused a doel it may not use (designed: 403). */
const LIJST = { sub: 'lt-fatima', doel: 'gezamenlijk-plan', query: '{ huishoudens(limiet: 10) { id leden { id rol } } }' };
const WEIGERING = { sub: 'rvt-eva', doel: 'uitvoering-maatregel', query: '{ huishoudens(limiet: 1) { id } }' };

/**
 * The mixed traffic: the benchmark's household views (consultatie, duo with full and partial consent,
 * VT onderzoek) interleaved, with every eighth request a list and every 25th a refused doel.
 */
export function verkeersmix(lasten: Werklast[]): Verzoek[] {
  const views = lasten.flatMap((w) => w.huishoudens.map((id): Verzoek => ({ soort: `weergave ${w.naam}`, sub: w.sub, doel: w.doel, huishouden: id, query: WEERGAVE, variables: { id } })));
  const gemengd = views.map((x, i) => ({ x, k: (i * 7919) % views.length })).sort((a, b) => a.k - b.k).map((p) => p.x);
  return gemengd.flatMap((v, i) => [v, ...(i % 8 === 7 ? [{ soort: 'lijst', ...LIJST }] : []), ...(i % 25 === 24 ? [{ soort: 'weigering', ...WEIGERING }] : [])]);
}

/** Runs `verbindingen` clients over the mix in turn until `stop()` is true; every answer goes to `bewaar`. */
export async function rijd(gatewayUrl: string, tokens: Record<string, string>, mix: Verzoek[], verbindingen: number, stop: () => boolean, bewaar: (a: Antwoord) => void): Promise<void> {
  let volgende = 0;
  await Promise.all(Array.from({ length: verbindingen }, async () => {
    while (!stop()) {
      const v = mix[volgende++ % mix.length];
      bewaar(await stuur(gatewayUrl, tokens[v.sub], v));
    }
  }));
}

import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

/** One load run, as the orchestrator hands it over in a JSON file: where, how long, and the requests to rotate through. */
export interface Lastopdracht {
  url: string;
  verbindingen: number;
  seconden: number;
  /** Request bodies and headers, used in turn (many households, not one hot one). */
  verzoeken: Array<{ headers: Record<string, string>; body: string }>;
}

export interface Lastuitslag {
  verzoeken: number;
  perSeconde: number;
  fouten: number;
  /** Responses that were not HTTP 200, or whose body carried GraphQL errors. */
  mislukt: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean response body size in bytes: the bare and our stack must answer comparable views. */
  bytesPerAntwoord: number;
  /** Every response time (ms), so that rounds can be taken together. */
  tijden: number[];
}

function percentiel(gesorteerd: number[], p: number): number {
  return gesorteerd.length ? gesorteerd[Math.min(gesorteerd.length - 1, Math.floor((p / 100) * gesorteerd.length))] : NaN;
}

/**
 * `node tools/dist/bench/last.js <opdracht.json>`: drives one gateway with autocannon, in its own
 * process so it does not share the gateway's CPU time slices with the orchestrator; prints one JSON line.
 * Latency percentiles are computed from every response time (autocannon's own list has no p95).
 */
async function main(): Promise<void> {
  const opdracht = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Lastopdracht;
  let volgende = 0;
  const tijden: number[] = [];
  let mislukt = 0;
  let klaar!: (r: autocannon.Result) => void;
  let mis!: (e: Error) => void;
  const resultaat = new Promise<autocannon.Result>((res, rej) => ((klaar = res), (mis = rej)));
  const instantie = autocannon({
    url: opdracht.url,
    connections: opdracht.verbindingen,
    duration: opdracht.seconden,
    requests: [{
      method: 'POST',
      setupRequest: (req) => {
        const v = opdracht.verzoeken[volgende++ % opdracht.verzoeken.length];
        return { ...req, headers: { ...req.headers, ...v.headers, 'content-type': 'application/json' }, body: v.body };
      },
      onResponse: (status, body) => {
        if (status !== 200 || body.includes('"errors"')) mislukt++;
      },
    }],
  }, (fout, r) => (fout ? mis(fout) : klaar(r)));
  instantie.on('response', (_client, _status, _bytes, tijd) => tijden.push(tijd));
  const uitslag = await resultaat;
  tijden.sort((a, b) => a - b);
  const uit: Lastuitslag = {
    verzoeken: uitslag.requests.total,
    perSeconde: uitslag.requests.total / opdracht.seconden,
    fouten: uitslag.errors + uitslag.timeouts,
    mislukt: mislukt + uitslag.non2xx,
    p50: percentiel(tijden, 50),
    p95: percentiel(tijden, 95),
    p99: percentiel(tijden, 99),
    bytesPerAntwoord: uitslag.requests.total ? uitslag.throughput.total / uitslag.requests.total : 0,
    tijden,
  };
  console.log(JSON.stringify(uit));
}

void main();

import http from 'node:http';
import https from 'node:https';

import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { metTraceContext, TlsSleutels } from '@netwerkdossier/shared';

/**
 * How long an idle kept-alive connection is kept for reuse. Node's agent shortens this to a second
 * before the server's own `Keep-Alive: timeout` hint, but only when an agent timeout is set at all:
 * without one, idle connections were reused after the server had closed them (5 s, Node's default), and
 * the request on them failed with "socket hang up" — a toegangslog write or a context load, and so a view
 * without data, now and then under load.
 */
const VRIJ_MS = 4_000;
// kept-alive connections: per call about half the latency and CPU of fetch() on this path (measured with
// a scratch comparison against a local express server: p50 0.43–0.57 ms vs 0.73–1.03 ms)
const AGENTEN: Record<string, http.Agent> = { 'http:': new http.Agent({ keepAlive: true, timeout: VRIJ_MS }), 'https:': new https.Agent({ keepAlive: true, timeout: VRIJ_MS }) };
/** Agents with the gateway's client certificate, by the origin of a subgraph it reaches over mutual TLS. */
const TLS_AGENTEN = new Map<string, https.Agent>();

/**
 * From now on every request to these URLs' origins goes over mutual TLS: with the gateway's certificate,
 * and only to a server with a certificate the CA signed for the URL's host name. Returns the undo (on stop).
 */
export function gebruikTls(urls: string[], tls: TlsSleutels): () => void {
  const agent = new https.Agent({ keepAlive: true, timeout: VRIJ_MS, ...tls });
  const origins = [...new Set(urls.map((u) => new URL(u).origin))];
  for (const origin of origins) TLS_AGENTEN.set(origin, agent);
  return () => {
    for (const origin of origins) if (TLS_AGENTEN.get(origin) === agent) TLS_AGENTEN.delete(origin);
    agent.destroy();
  };
}

/** A long-lived request (a stream) to a service, over mutual TLS where gebruikTls set it up: on its own connection, not a kept-alive one. */
export function openStroom(url: URL, headers: Record<string, string>, body: string): http.ClientRequest {
  const module = url.protocol === 'https:' ? https : http;
  const tls = TLS_AGENTEN.get(url.origin);
  const agent = tls ? new https.Agent({ ...tls.options, keepAlive: false }) : false;
  const verzoek = module.request(url, { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } });
  verzoek.end(body);
  return verzoek;
}

/**
 * How long the gateway waits for a partner's answer to a view's fetch unless configured otherwise
 * (`<SERVICE>_TIJDSLIMIET_MS`): a professional waits seconds for a view, and a partner that takes longer
 * is left out and named, not waited for.
 */
export const STANDAARD_TIJDSLIMIET_MS = 3_000;
/**
 * How long the gateway waits for netwerk: its own calls (decision context, toegangslog) and, unless
 * `NETWERK_TIJDSLIMIET_MS` says otherwise, a view's fetches. Without the registry no view is shown at all,
 * so under load it is given more time than a partner.
 */
export const NETWERK_TIJDSLIMIET_MS = 10_000;

/** The time limit of a subgraph's fetches when none is configured. */
export const standaardTijdslimiet = (naam: string): number => (naam === 'netwerk' ? NETWERK_TIJDSLIMIET_MS : STANDAARD_TIJDSLIMIET_MS);

interface Antwoord {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One request over the kept-alive agents; rejects when the connection fails or no whole answer comes
 * within `tijdslimietMs`. A kept-alive connection that the other side closed just as it was reused (after
 * a restart, or its idle timeout; reset before any answer) is retried once on a new one, as Node's
 * documentation advises for `reusedSocket`: the service closed it while idle, so it never read this
 * request. Should it have read it after all, the second try carries the same grant, which the service
 * refuses as a replay.
 */
function verstuur(url: URL, method: string, headers: Record<string, string>, body: string | undefined, tijdslimietMs: number, opnieuw = true): Promise<Antwoord> {
  const module = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const lengte: Record<string, string> = body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {};
    let beantwoord = false;
    // the active span (the gateway's fetch) becomes the parent of the partner's
    const verzoek = module.request(url, { method, agent: TLS_AGENTEN.get(url.origin) ?? AGENTEN[url.protocol], headers: metTraceContext({ ...headers, ...lengte }) }, (antwoord) => {
      beantwoord = true;
      const delen: Buffer[] = [];
      antwoord.on('data', (d: Buffer) => delen.push(d));
      antwoord.on('error', reject);
      antwoord.on('end', () => resolve({ status: antwoord.statusCode ?? 0, statusText: antwoord.statusMessage ?? '', headers: antwoord.headers, body: Buffer.concat(delen) }));
    });
    // a limit on the whole exchange, not on each silence: a partner that trickles its answer is slow too
    const wekker = setTimeout(() => verzoek.destroy(new Error(`geen antwoord binnen ${tijdslimietMs} ms`)), tijdslimietMs);
    verzoek.on('close', () => clearTimeout(wekker));
    verzoek.on('error', (fout: NodeJS.ErrnoException) => {
      if (opnieuw && verzoek.reusedSocket && !beantwoord && (fout.code === 'ECONNRESET' || fout.code === 'EPIPE')) resolve(verstuur(url, method, headers, body, tijdslimietMs, false));
      else reject(fout);
    });
    verzoek.end(body);
  });
}

/**
 * POSTs a JSON body and resolves with the status and the parsed JSON answer (null when the answer is
 * not JSON); rejects when the connection fails or no answer comes within NETWERK_TIJDSLIMIET_MS.
 */
export async function postJson(url: URL, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: unknown }> {
  const antwoord = await verstuur(url, 'POST', { ...headers, 'content-type': 'application/json' }, JSON.stringify(body), NETWERK_TIJDSLIMIET_MS);
  let json: unknown = null;
  try {
    json = JSON.parse(antwoord.body.toString('utf8'));
  } catch {
    // not JSON: the caller reports the status
  }
  return { status: antwoord.status, body: json };
}

/** GETs a URL over the same agents and resolves with the status; rejects when no answer comes within `tijdslimietMs`. */
export async function haalStatus(url: URL, tijdslimietMs: number): Promise<number> {
  return (await verstuur(url, 'GET', {}, undefined, tijdslimietMs)).status;
}

function kopregels(init: FetcherRequestInit | undefined): Record<string, string> {
  const kop = init?.headers as unknown;
  if (!kop) return {};
  if (typeof (kop as Iterable<[string, string]>)[Symbol.iterator] === 'function') return Object.fromEntries(kop as Iterable<[string, string]>);
  return kop as Record<string, string>;
}

/**
 * The gateway's fetcher for one subgraph's fetches: node:http over the same kept-alive agents, instead of
 * Apollo's default (make-fetch-happen), which a CPU profile under `npm run bench` showed at about a tenth
 * of the gateway's busy time. An answer that does not come within `tijdslimietMs` is an error (the partner
 * then counts as unreachable).
 */
export function nodeFetcher(tijdslimietMs: number): Fetcher {
  return async (adres, init) => {
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const antwoord = await verstuur(new URL(adres), init?.method ?? 'GET', kopregels(init), body, tijdslimietMs);
    const headers = Object.entries(antwoord.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]]));
    return new Response(antwoord.body, { status: antwoord.status, statusText: antwoord.statusText, headers });
  };
}

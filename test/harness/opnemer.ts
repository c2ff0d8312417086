import http from 'node:http';

import { GRANT_HEADER } from '@netwerkdossier/shared';

import { beantwoordGestoord, Storing, TRAAG_MS } from './storing';

export interface Opnemer {
  url: string;
  /** Every request body the gateway sent, in order. */
  verzoeken: string[];
  /** The path of each of those requests. */
  paden: string[];
  /** The grant header of each of those requests: what anyone on the wire could take. */
  grants: Array<string | undefined>;
  /** While set, the partner's answers reach the gateway rewritten by it: a partner that misbehaves. */
  vervalsing: ((antwoord: string) => string) | null;
  /** While set, nothing is forwarded until this promise resolves: a partner that is slow until released. */
  vasthouden: Promise<void> | null;
  /** From now on the partner fails this way for the gateway (null: it works again); resolves once in force. */
  zetStoring(storing: Storing | null): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A proxy in front of a subgraph that keeps every request body it forwards: what the partner was asked.
 * It can fail the way a partner fails (see `Storing`), switched per test, on the same address.
 */
export async function startOpnemer(doel: string): Promise<Opnemer> {
  const verzoeken: string[] = [];
  const paden: string[] = [];
  const grants: Array<string | undefined> = [];
  let storing: Storing | null = null;
  const wekkers = new Set<NodeJS.Timeout>();
  const later = (ms: number, f: () => void) => {
    const wekker = setTimeout(() => {
      wekkers.delete(wekker);
      f();
    }, ms);
    wekkers.add(wekker);
  };
  const server = http.createServer((req, res) => {
    if (storing === 'verbroken') return void req.socket.destroy();
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      const body = Buffer.concat(delen).toString('utf8');
      verzoeken.push(body);
      paden.push(req.url ?? '/');
      grants.push(req.headers[GRANT_HEADER] as string | undefined);
      if (beantwoordGestoord(storing, res)) return;
      const vertraging = storing === 'traag' ? TRAAG_MS : 0;
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
      (opnemer.vasthouden ?? Promise.resolve())
        .then(() => fetch(new URL(req.url ?? '/', doel), { method: req.method, headers, body: req.method === 'POST' ? body : undefined }))
        .then(async (antwoord) => {
          const tekst = await antwoord.text();
          const uit = opnemer.vervalsing ? opnemer.vervalsing(tekst) : tekst;
          const geef = () => void (res.destroyed || res.writeHead(antwoord.status, { 'content-type': antwoord.headers.get('content-type') ?? 'application/json' }).end(uit));
          if (vertraging) later(vertraging, geef);
          else geef();
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const sluit = () => new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  const opnemer: Opnemer = {
    url: `http://127.0.0.1:${port}/`,
    verzoeken,
    paden,
    grants,
    vervalsing: null,
    vasthouden: null,
    async zetStoring(nieuw) {
      const was = storing;
      storing = nieuw;
      if (nieuw === 'geweigerd' && was !== 'geweigerd') await sluit();
      if (was === 'geweigerd' && nieuw !== 'geweigerd') {
        // the same port again: the gateway knows no other; taken meanwhile, the test fails here and says so
        await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        }));
      }
      // kept-alive connections from before would otherwise still reach the partner the old way
      server.closeIdleConnections();
    },
    async stop() {
      for (const w of wekkers) clearTimeout(w);
      if (storing !== 'geweigerd') await sluit();
    },
  };
  return opnemer;
}

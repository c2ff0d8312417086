import http from 'node:http';

/**
 * A proxy in front of a subgraph that keeps every request body it forwards: what the partner was asked.
 * While `vervalsing` is set, it rewrites the partner's answers with it: a partner that misbehaves. While
 * `onbereikbaar` is set, it closes every connection unanswered: a partner that is down. While `traag` is set,
 * it leaves every request unanswered until the caller gives up: a partner that hangs. While `vasthouden`
 * is set, it forwards nothing until that promise resolves: a partner that is slow.
 */
export async function startOpnemer(doel: string): Promise<{ url: string; verzoeken: string[]; vervalsing: ((antwoord: string) => string) | null; onbereikbaar: boolean; traag: boolean; vasthouden: Promise<void> | null; stop(): Promise<void> }> {
  const verzoeken: string[] = [];
  const server = http.createServer((req, res) => {
    if (opnemer.onbereikbaar) return void req.socket.destroy();
    if (opnemer.traag) return;
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      const body = Buffer.concat(delen).toString('utf8');
      verzoeken.push(body);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
      (opnemer.vasthouden ?? Promise.resolve())
        .then(() => fetch(new URL(req.url ?? '/', doel), { method: req.method, headers, body: req.method === 'POST' ? body : undefined }))
        .then(async (antwoord) => {
          res.writeHead(antwoord.status, { 'content-type': antwoord.headers.get('content-type') ?? 'application/json' });
          const tekst = await antwoord.text();
          res.end(opnemer.vervalsing ? opnemer.vervalsing(tekst) : tekst);
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const adres = server.address() as { port: number };
  const opnemer = { url: `http://127.0.0.1:${adres.port}/`, verzoeken, vervalsing: null as ((antwoord: string) => string) | null, onbereikbaar: false, traag: false, vasthouden: null as Promise<void> | null, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  return opnemer;
}

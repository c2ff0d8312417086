import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { Getuigen } from '@netwerkdossier/gateway';
import { GETUIGE, maakCheckpointSleutelpaar, maakGrantSleutelpaar, tekenCheckpoint } from '@netwerkdossier/shared';

/**
 * How checkpoints reach their witnesses (gateway/src/toegangslog/getuigen.ts), without a network: a partner
 * here is a small HTTP server that notes each `POST /getuige` it gets. What rides along with a fetch and is
 * confirmed costs no call of its own; what no fetch carried goes by a call of its own, soon.
 */
describe('getuigen: een checkpoint reist mee met de volgende vraag aan een partner', () => {
  const ontvangen: Record<string, string[][]> = { a: [], b: [] };
  let server: http.Server;
  let getuigen: Getuigen;
  const VRAGER = { sub: 'gateway', organisatie: null, team: null, rol: 'systeem' };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        const [, partner, pad] = /^\/(\w+)\/(\w+)$/.exec(req.url ?? '') ?? [];
        if (pad === GETUIGE && partner in ontvangen) ontvangen[partner].push((JSON.parse(body) as { handtekeningen: string[] }).handtekeningen);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"opgeslagen":1}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    getuigen = new Getuigen((await maakGrantSleutelpaar()).prive, { partners: { a: `${basis}/a/`, b: `${basis}/b/` } });
  });

  afterAll(async () => {
    getuigen.stop();
    await new Promise((r) => server.close(r));
  });

  const sleutel = maakCheckpointSleutelpaar().then((s) => s.prive);
  const checkpoint = async (volgnummer: number) => tekenCheckpoint(await sleutel, { volgnummer, hash: volgnummer.toString(16).padStart(64, '0') });
  const tot = async (voorwaarde: () => boolean, ms: number) => {
    for (const einde = Date.now() + ms; !voorwaarde() && Date.now() < einde; ) await new Promise((r) => setTimeout(r, 20));
    return voorwaarde();
  };

  test('wat een vraag meenam en de partner bevestigde, gaat niet nog eens apart; de andere partner krijgt het binnen 3 seconden met een eigen aanroep', async () => {
    const c = await checkpoint(10);
    const begin = Date.now();
    getuigen.meld(VRAGER, c);
    // the next fetch to a carries it, and a confirms
    expect(getuigen.meeTeGeven('a')).toEqual([c.handtekening]);
    getuigen.afgegeven('a', getuigen.meeTeGeven('a'));
    expect(getuigen.meeTeGeven('a')).toEqual([]);
    // b was asked nothing: one witness holds it, so b gets it by a call of its own, once, within 3 seconds
    expect(await tot(() => ontvangen.b.length > 0, 5000)).toBe(true);
    expect(Date.now() - begin).toBeGreaterThanOrEqual(2900);
    expect(ontvangen.b).toEqual([[c.handtekening]]);
    // the partner noted it before its answer reached the gateway: b's list empties once that answer is read
    expect(await tot(() => getuigen.meeTeGeven('b').length === 0, 2000)).toBe(true);
    expect(ontvangen.a).toEqual([]);
  });

  test('een vraag draagt hooguit acht checkpoints, de oudste eerst; wat niet bevestigd is blijft wachten en gaat dan apart', async () => {
    ontvangen.a.length = 0;
    const reeks = await Promise.all(Array.from({ length: 10 }, (_, i) => checkpoint(20 + i)));
    for (const c of reeks) getuigen.meld(VRAGER, c);
    const mee = getuigen.meeTeGeven('a');
    expect(mee).toEqual(reeks.slice(0, 8).map((c) => c.handtekening));
    // the fetch that carried them got no confirmation (the partner failed), and no witness holds them: all ten
    // go by a call of its own, at once (after 250 ms)
    const begin = Date.now();
    expect(await tot(() => ontvangen.a.length > 0, 3000)).toBe(true);
    expect(Date.now() - begin).toBeLessThan(2000);
    expect(ontvangen.a.flat()).toEqual(reeks.map((c) => c.handtekening));
    expect(await tot(() => getuigen.meeTeGeven('a').length === 0, 2000)).toBe(true);
  });
});

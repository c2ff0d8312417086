import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

import { postJson } from '@netwerkdossier/gateway';

/** A partner-like HTTP server in a process of its own, closing idle connections after `stilteMs`; counts what it read. */
const SERVER = `
const http = require('node:http');
let gelezen = 0;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end(JSON.stringify({ gelezen: ++gelezen })));
});
server.keepAliveTimeout = Number(process.argv[1]);
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

async function startPartner(stilteMs: number): Promise<{ url: URL; proces: ChildProcess }> {
  const proces = spawn(process.execPath, ['-e', SERVER, String(stilteMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [poort] = (await once(createInterface({ input: proces.stdout! }), 'line')) as [string];
  return { url: new URL(`http://127.0.0.1:${poort}/`), proces };
}

/**
 * Keeps this process's event loop busy (as under load) while the partner closes the idle connection (after
 * its 3 s and Node's own margin): the close is not yet seen here, so the connection still looks free.
 */
function bezig(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('verbindingen van de gateway met een partner', () => {
  let partner: { url: URL; proces: ChildProcess } | undefined;
  afterEach(() => void partner?.proces.kill());

  test('een kept-alive verbinding die de partner in stilte sloot terwijl de gateway bezig was: het volgende verzoek komt toch aan, één keer', async () => {
    partner = await startPartner(3000);
    expect(await postJson(partner.url, {}, {})).toEqual({ status: 200, body: { gelezen: 1 } });
    bezig(5000);
    expect(await postJson(partner.url, {}, {})).toEqual({ status: 200, body: { gelezen: 2 } });
  });
});

import type http from 'node:http';

/**
 * How a partner fails, as the gateway meets it over HTTP (see `startOpnemer`):
 * - `geweigerd`: nothing listens on its port any more (connection refused);
 * - `verbroken`: it accepts the connection and closes it unanswered (connection reset);
 * - `traag`: it is asked at once, but its answer comes only `TRAAG_MS` later;
 * - `geen-json`: HTTP 200 that says it is JSON and is not;
 * - `verkeerde-vorm`: HTTP 200 with JSON that is no GraphQL answer (neither data nor errors);
 * - `serverfout`: HTTP 500 with an HTML error page, as a proxy in front of a crashed service sends.
 */
export type Storing = 'geweigerd' | 'verbroken' | 'traag' | 'geen-json' | 'verkeerde-vorm' | 'serverfout';

/** How late a `traag` partner answers: longer than any limit of the tests, the 10 s default too. */
export const TRAAG_MS = 12_000;

/** Answers a request in place of the partner for the storingen that need no partner; false for the others. */
export function beantwoordGestoord(storing: Storing | null, res: http.ServerResponse): boolean {
  if (storing === 'geen-json') res.writeHead(200, { 'content-type': 'application/json' }).end('<html><body>Onderhoud</body></html>');
  else if (storing === 'verkeerde-vorm') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', resultaten: [] }));
  else if (storing === 'serverfout') res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body><h1>500 Internal Server Error</h1></body></html>');
  else return false;
  return true;
}

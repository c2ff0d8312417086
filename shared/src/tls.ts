import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';

/** One service's part of mutual TLS, as PEM text: the CA (bundle) it trusts, its own certificate and key. */
export interface TlsSleutels {
  ca: string;
  cert: string;
  key: string;
}

/** The file with the CA (bundle) every service trusts for mutual TLS. */
export const TLS_CA_VARIABELE = 'TLS_CA';

/**
 * Mutual TLS for one service from the environment: the files named by `TLS_CA`, `<prefix>_TLS_CERT` and
 * `<prefix>_TLS_KEY` (prefix `GATEWAY`, `GI`, …). None of its two set: undefined, plain HTTP. Half a
 * configuration, or a file that cannot be read, is an error: a service meant to use TLS does not start without.
 */
export function leesTls(prefix: string, env: NodeJS.ProcessEnv = process.env): TlsSleutels | undefined {
  const namen = { cert: `${prefix}_TLS_CERT`, key: `${prefix}_TLS_KEY`, ca: TLS_CA_VARIABELE };
  if (!env[namen.cert] && !env[namen.key]) return undefined;
  const ontbreekt = Object.values(namen).filter((n) => !env[n]);
  if (ontbreekt.length) throw new Error(`mTLS half ingesteld: ${ontbreekt.join(', ')} ontbreekt (${namen.cert}, ${namen.key} en ${TLS_CA_VARIABELE} horen bij elkaar)`);
  const lees = (variabele: string) => {
    try {
      return readFileSync(env[variabele]!, 'utf8');
    } catch (fout) {
      throw new Error(`${variabele}: ${env[variabele]} is niet te lezen (${fout instanceof Error ? fout.message : String(fout)})`);
    }
  };
  return { ca: lees(namen.ca), cert: lees(namen.cert), key: lees(namen.key) };
}

/**
 * A service's server: plain HTTP, or with `tls` HTTPS that accepts only clients with a certificate signed by
 * the CA (the TLS handshake refuses any other, before a byte of HTTP is read).
 */
export function maakServer(opties: http.ServerOptions, app: http.RequestListener, tls?: TlsSleutels): http.Server {
  if (!tls) return http.createServer(opties, app);
  return https.createServer({ ...opties, ...tls, requestCert: true, rejectUnauthorized: true }, app);
}

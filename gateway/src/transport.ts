import { TlsSleutels } from '@netwerkdossier/shared';

import { gebruikTls } from './http';

/** The variable with which production allows plain HTTP to subgraphs off this host. */
export const ZONDER_TLS_VARIABELE = 'GATEWAY_SUBGRAPHS_ZONDER_TLS';

const LOOPBACK = /^(127(\.\d{1,3}){3}|\[::1\]|localhost)$/;

/**
 * The gateway's connections to its subgraphs: with `tls`, mutual TLS to every one of them (a subgraph URL
 * that is not https:// stops the gateway from starting: a grant would cross the network in the clear);
 * without, as the URLs say. Returns the undo, for the gateway's stop.
 */
export function verbindMetSubgraphs(subgraphUrls: Record<string, string>, tls: TlsSleutels | undefined): () => void {
  if (!tls) return () => undefined;
  const onversleuteld = Object.entries(subgraphUrls).filter(([, url]) => new URL(url).protocol !== 'https:');
  if (onversleuteld.length) {
    throw new Error(`mTLS is ingesteld (GATEWAY_TLS_CERT), maar ${onversleuteld.map(([naam, url]) => `${naam} (${url})`).join(', ')} is geen https://-adres`);
  }
  return gebruikTls(Object.values(subgraphUrls), tls);
}

/**
 * In production without mutual TLS, refuses a plain http:// subgraph URL off this host (grants and dossier
 * content would cross the network unencrypted), unless `GATEWAY_SUBGRAPHS_ZONDER_TLS=1` says the network
 * itself encrypts or is closed (a service mesh, docker-compose's internal network).
 */
export function controleerOnversleuteld(subgraphUrls: Record<string, string>, opties: { productie: boolean; tls: boolean; zonderTls: boolean }): void {
  if (!opties.productie || opties.tls || opties.zonderTls) return;
  const buiten = Object.entries(subgraphUrls).filter(([, url]) => {
    const adres = new URL(url);
    return adres.protocol === 'http:' && !LOOPBACK.test(adres.hostname);
  });
  if (buiten.length) {
    throw new Error(
      `${buiten.map(([naam, url]) => `${naam} (${url})`).join(', ')}: onversleuteld HTTP buiten deze host; stel mTLS in (GATEWAY_TLS_CERT, GATEWAY_TLS_KEY, TLS_CA en https://-adressen) ` +
        `of zet ${ZONDER_TLS_VARIABELE}=1 als het netwerk zelf versleutelt of gesloten is`,
    );
  }
}

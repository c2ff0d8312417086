import { VertrouwdeUitgever } from './identiteit';
import { leesJsonLijst } from './json-lijst';
import { OidcAanmelder } from './oidc';

/** https, or plain http only to this machine (a provider or gateway under test). */
function veiligOfLokaal(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
}

function leesUrl(waarde: unknown, waar: string): URL {
  let url: URL | undefined;
  try {
    url = typeof waarde === 'string' ? new URL(waarde) : undefined;
  } catch {
    // falls through to the error below
  }
  if (!url || !veiligOfLokaal(url)) throw new Error(`${waar} moet een https-URL zijn (http alleen naar 127.0.0.1 of localhost)`);
  return url;
}

/**
 * `OIDC_AANMELDEN`: the identity providers through which professionals (or household members) sign in to
 * the web app, as a JSON list of {id, naam, issuer, clientId, clientSecret?, redirectUri, scope?, resource?}.
 * Each issuer must be a trusted uitgever: the gateway verifies the access token it hands out as any other.
 */
export function leesOidcAanmelders(json: string | undefined, uitgevers: VertrouwdeUitgever[]): OidcAanmelder[] {
  if (json === undefined || json.trim() === '') return [];
  const ids = new Set<string>();
  return leesJsonLijst(json, 'OIDC_AANMELDEN').map((a, i) => {
    const waar = `OIDC_AANMELDEN[${i}]`;
    const { id, naam, issuer, clientId, clientSecret, scope = 'openid', resource } = a;
    if (typeof id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(id)) throw new Error(`${waar}.id moet uit kleine letters, cijfers en streepjes bestaan (het staat in de URL)`);
    if (ids.has(id)) throw new Error(`${waar}.id "${id}" komt twee keer voor`);
    ids.add(id);
    if (typeof naam !== 'string' || !naam.trim()) throw new Error(`${waar} heeft een naam nodig (de aanmeldpagina toont "Aanmelden via <naam>")`);
    if (typeof clientId !== 'string' || !clientId) throw new Error(`${waar} heeft een clientId nodig`);
    if (clientSecret !== undefined && (typeof clientSecret !== 'string' || !clientSecret)) throw new Error(`${waar}.clientSecret moet een niet-lege tekst zijn, of weg (publieke client)`);
    if (typeof scope !== 'string' || !scope.split(' ').includes('openid')) throw new Error(`${waar}.scope moet openid bevatten`);
    if (resource !== undefined && typeof resource !== 'string') throw new Error(`${waar}.resource moet een tekst (URI) zijn`);
    leesUrl(issuer, `${waar}.issuer`);
    if (!uitgevers.some((u) => u.issuer === issuer)) throw new Error(`${waar}.issuer ${String(issuer)} staat niet in VERTROUWDE_UITGEVERS: de gateway zou de tokens van deze aanmelding weigeren`);
    const terug = leesUrl(a.redirectUri, `${waar}.redirectUri`);
    if (terug.pathname !== `/aanmelden/oidc/${id}/terug` || terug.search || terug.hash) throw new Error(`${waar}.redirectUri moet eindigen op /aanmelden/oidc/${id}/terug (zonder query)`);
    return { id, naam, issuer: issuer as string, clientId, clientSecret, redirectUri: terug.href, scope, resource };
  });
}

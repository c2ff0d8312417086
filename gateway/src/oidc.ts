import { maakLogger } from '@netwerkdossier/shared';
import express from 'express';
import { GraphQLError } from 'graphql';
import * as client from 'openid-client';

import { leesCookie } from './cookie';
import { Identiteit, Verifier } from './identiteit';
import { isSessieId, Sessieopslag } from './sessieopslag';

/** An identity provider through which an organisation's people sign in to the web app (OIDC). */
export interface OidcAanmelder {
  /** In the URLs: `/aanmelden/oidc/<id>` and its callback `/aanmelden/oidc/<id>/terug`. */
  id: string;
  /** As the sign-in page shows it: "Aanmelden via <naam>". */
  naam: string;
  /** One of the gateway's trusted uitgevers: the access token is verified as any other bearer token. */
  issuer: string;
  clientId: string;
  /** Absent: a public client, held by PKCE alone. */
  clientSecret?: string;
  /** This gateway's callback, as registered at the provider. */
  redirectUri: string;
  scope: string;
  /** Resource indicator (RFC 8707) for an access token with the gateway's audience, where the provider needs one. */
  resource?: string;
}

/** Why a sign-in failed, as the web app reads it from `/?aanmeldfout=`; never anything about the person. */
type Aanmeldfout = 'onbekend' | 'onbereikbaar' | 'verlopen' | 'geweigerd' | 'mislukt' | 'niet-toegelaten';

/** The browser's handle on its sign-in in progress; the state, nonce and PKCE verifier stay in the gateway. */
const AANMELDING_COOKIE = 'nd_aanmelding';
const GELDIG_MS = 10 * 60_000;
const MAX_LOPEND = 10_000;

interface LopendeAanmelding {
  aanmelder: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  verloopt: number;
}

/** Sign-ins in progress: bounded, each used once, gone after ten minutes; in the Sessieopslag, so the callback may reach another replica. */
class LopendeAanmeldingen {
  constructor(private readonly opslag: Sessieopslag) {}

  begin(aanmelding: LopendeAanmelding): Promise<string> {
    return this.opslag.bewaar('aanmelding', JSON.stringify(aanmelding), aanmelding.verloopt, MAX_LOPEND);
  }

  async neem(id: string | undefined): Promise<LopendeAanmelding | undefined> {
    const inhoud = isSessieId(id) ? await this.opslag.neem('aanmelding', id) : undefined;
    const aanmelding = inhoud === undefined ? undefined : (JSON.parse(inhoud) as LopendeAanmelding);
    return aanmelding && aanmelding.verloopt > Date.now() ? aanmelding : undefined;
  }
}

const log = maakLogger('oidc');

/** The provider's metadata and this client, discovered on first use and kept; a failed discovery is tried again next time. */
function configuraties(): (a: OidcAanmelder) => Promise<client.Configuration> {
  const bekend = new Map<string, Promise<client.Configuration>>();
  return (a) => {
    let configuratie = bekend.get(a.id);
    if (!configuratie) {
      const authenticatie = a.clientSecret ? client.ClientSecretBasic(a.clientSecret) : client.None();
      // plain http only to this machine (the configuration allows nothing else)
      const opties = new URL(a.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {};
      configuratie = client.discovery(new URL(a.issuer), a.clientId, undefined, authenticatie, opties);
      configuratie.catch(() => bekend.delete(a.id));
      bekend.set(a.id, configuratie);
    }
    return configuratie;
  };
}

/**
 * Sign-in through an organisation's identity provider, the gateway being the client (backend for frontend):
 * `GET /aanmelden/oidc` lists the providers, `GET /aanmelden/oidc/:id` starts the authorization code flow
 * with PKCE (S256), state and nonce, `GET /aanmelden/oidc/:id/terug` takes the code back, has openid-client
 * check state, nonce and PKCE and redeem it, verifies the access token as the gateway verifies any bearer
 * token, and makes a session. The tokens never reach the browser; a failure redirects to `/?aanmeldfout=`.
 */
export function oidcRoutes(
  app: express.Express,
  aanmelders: OidcAanmelder[],
  verifier: Verifier,
  opslag: Sessieopslag,
  meldAan: (res: express.Response, accessToken: string) => Promise<void>,
  secure: boolean,
): void {
  const configuratie = configuraties();
  const lopend = new LopendeAanmeldingen(opslag);
  const perId = new Map(aanmelders.map((a) => [a.id, a]));
  const cookieOpties = (a: OidcAanmelder) => ({ httpOnly: true, secure, path: `/aanmelden/oidc/${a.id}/terug`, sameSite: 'lax' as const });
  const fout = (res: express.Response, reden: Aanmeldfout, a?: OidcAanmelder, oorzaak?: unknown) => {
    log.warn({ aanmelder: a?.id, reden, oorzaak: oorzaakVan(oorzaak) }, 'aanmelden via OIDC mislukt');
    res.redirect(303, `/?aanmeldfout=${reden}`);
  };

  app.get('/aanmelden/oidc', (_req, res) => void res.json(aanmelders.map(({ id, naam }) => ({ id, naam }))));
  app.get('/aanmelden/oidc/:id', async (req, res) => {
    const a = perId.get(req.params.id);
    if (!a) return fout(res, 'onbekend');
    let config: client.Configuration;
    try {
      config = await configuratie(a);
    } catch (oorzaak) {
      return fout(res, 'onbereikbaar', a, oorzaak);
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: a.redirectUri,
      scope: a.scope,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      ...(a.resource ? { resource: a.resource } : {}),
    });
    const id = await lopend.begin({ aanmelder: a.id, state, nonce, codeVerifier, verloopt: Date.now() + GELDIG_MS });
    // Lax, not Strict: the provider sends the browser back with a cross-site top-level navigation
    res.cookie(AANMELDING_COOKIE, id, { ...cookieOpties(a), maxAge: GELDIG_MS }).redirect(303, url.href);
  });
  app.get('/aanmelden/oidc/:id/terug', async (req, res) => {
    const a = perId.get(req.params.id);
    if (!a) return fout(res, 'onbekend');
    const aanmelding = await lopend.neem(leesCookie(req.headers.cookie, AANMELDING_COOKIE));
    res.clearCookie(AANMELDING_COOKIE, cookieOpties(a));
    if (aanmelding?.aanmelder !== a.id) return fout(res, 'verlopen', a);
    // the URL the provider sent the browser to, on the configured callback (never the Host header)
    const terug = new URL(a.redirectUri);
    terug.search = new URL(req.originalUrl, terug).search;
    let accessToken: string;
    try {
      const tokens = await client.authorizationCodeGrant(
        await configuratie(a),
        terug,
        { pkceCodeVerifier: aanmelding.codeVerifier, expectedState: aanmelding.state, expectedNonce: aanmelding.nonce, idTokenExpected: true },
        a.resource ? { resource: a.resource } : undefined,
      );
      accessToken = tokens.access_token;
    } catch (oorzaak) {
      return fout(res, oorzaak instanceof client.AuthorizationResponseError ? 'geweigerd' : 'mislukt', a, oorzaak);
    }
    let identiteit: Identiteit;
    try {
      identiteit = await verifier(`Bearer ${accessToken}`);
    } catch (oorzaak) {
      return fout(res, 'niet-toegelaten', a, oorzaak);
    }
    if (identiteit.issuer !== a.issuer) return fout(res, 'niet-toegelaten', a);
    await meldAan(res, accessToken);
    res.redirect(303, '/');
  });
}

/** What went wrong, for the log: the kind and the protocol's code, never a token, claim or name. */
function oorzaakVan(oorzaak: unknown): string | undefined {
  if (oorzaak instanceof client.AuthorizationResponseError) return `${oorzaak.name}: ${oorzaak.error}`;
  // the verifier's reasons name a claim, never its holder
  if (oorzaak instanceof GraphQLError) return oorzaak.message;
  if (oorzaak instanceof Error) return `${oorzaak.name}${'code' in oorzaak ? ` (${String(oorzaak.code)})` : ''}`;
  return undefined;
}

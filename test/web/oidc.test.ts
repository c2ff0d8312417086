import { AddressInfo } from 'node:net';

import { leesGatewayConfig, maakVerifier, OidcAanmelder, Sessies, WEB_MAP, webRoutes } from '@netwerkdossier/gateway';
import { BeleidBron, laadBeleid, STANDAARD_POLICIES } from '@netwerkdossier/shared';
import { AUDIENCE } from '@netwerkdossier/tools';
import express from 'express';
import { Browser, BrowserContext } from 'playwright-core';

import { startChromium, toegankelijk } from '../harness/browser';
import { vrijePoort } from '../harness/global-setup';
import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { PROVIDER_GEHEIM, startOpenIdProvider, stuurTerugNaar } from '../harness/openid-provider';

const TERUG = '/aanmelden/oidc/veilig-thuis/terug';

/** Production sign-in: the gateway as OIDC client (code flow, PKCE) of a real OpenID provider, in Chromium. */
describe('aanmelden via de identity provider van de organisatie (OIDC)', () => {
  let provider: Awaited<ReturnType<typeof startOpenIdProvider>>;
  let aanmelder: OidcAanmelder;
  let autorisatieEndpoint: string;
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;

  beforeAll(async () => {
    const gatewayPoort = await vrijePoort();
    basis = `http://127.0.0.1:${gatewayPoort}/`;
    provider = await startOpenIdProvider(new URL(TERUG, basis).href);
    autorisatieEndpoint = ((await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as { authorization_endpoint: string }).authorization_endpoint;
    // through the gateway's own configuration check, as OIDC_AANMELDEN
    const oidc = JSON.stringify([
      { id: 'veilig-thuis', naam: 'Veilig Thuis', issuer: provider.issuer, clientId: 'webapp', clientSecret: PROVIDER_GEHEIM, redirectUri: new URL(TERUG, basis).href, scope: 'openid dossier', resource: 'urn:netwerkdossier:gateway' },
    ]);
    [aanmelder] = leesGatewayConfig(productieEnv({ OIDC_AANMELDEN: oidc, VERTROUWDE_UITGEVERS: JSON.stringify([provider.uitgever]) })).oidc;
    netwerk = await startTestNetwerk('weboidc', 12, [provider.uitgever], { web: true, oidc: [aanmelder], gatewayPoort });
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
    provider?.stop();
  });

  /** A browser context that reaches only this machine (the provider's login page would load a web font). */
  async function context(): Promise<BrowserContext> {
    const c = await browser.newContext();
    await c.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    return c;
  }

  test('aanmelden via Veilig Thuis: inloggen bij de provider, terug aangemeld met de eigen huishoudens; PKCE S256; geen token in de browser', async () => {
    const c = await context();
    const page = await c.newPage();
    const autorisaties: URL[] = [];
    page.on('request', (r) => void (r.url().startsWith(autorisatieEndpoint) && autorisaties.push(new URL(r.url()))));
    await page.goto(basis);
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    await page.getByRole('link', { name: 'Aanmelden via Veilig Thuis' }).waitFor();
    expect(await toegankelijk(page)).toEqual([]);

    await page.getByRole('link', { name: 'Aanmelden via Veilig Thuis' }).click();
    await page.locator('input[name=login]').fill('rvt-eva');
    await page.locator('input[name=password]').fill('willekeurig');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Aangemeld als Eva Mulder, professional bij Veilig Thuis (RVT Midden)').waitFor();
    expect(page.url()).toBe(basis);

    const [verzoek] = autorisaties;
    expect(Object.fromEntries(verzoek.searchParams)).toEqual({
      client_id: 'webapp',
      response_type: 'code',
      redirect_uri: new URL(TERUG, basis).href,
      scope: 'openid dossier',
      resource: 'urn:netwerkdossier:gateway',
      state: expect.stringMatching(/^[\w-]{43}$/),
      nonce: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
    });

    // the households the API gives rvt-eva for this doel, as seen through the session
    const api = await netwerk.vraag('{ huishoudens(limiet: 50) { id } }', { token: await netwerk.token('rvt-eva'), doel: 'gezamenlijk-plan' });
    const verwacht = (api.body.data as { huishoudens: Array<{ id: string }> }).huishoudens.map((h) => h.id);
    expect(verwacht.length).toBeGreaterThan(0);
    await page.getByLabel('Doel van uw raadpleging').selectOption('gezamenlijk-plan');
    await page.getByRole('heading', { name: 'Uw huishoudens' }).waitFor();
    await page.getByRole('row').nth(verwacht.length).waitFor();
    expect(await page.locator('[data-huishouden]').evaluateAll((knoppen) => knoppen.map((k) => k.getAttribute('data-huishouden')))).toEqual(verwacht);

    // the provider's own cookies share the host (cookies ignore the port); the gateway's start with nd_
    const cookies = (await c.cookies()).filter((k) => k.name.startsWith('nd_'));
    expect(cookies.map((k) => k.name)).toEqual(['nd_sessie']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false });
    expect(cookies[0].value).not.toMatch(/^eyJ/);
    expect(await page.evaluate('JSON.stringify({ storage: { ...localStorage, ...sessionStorage }, cookie: document.cookie })')).toBe('{"storage":{},"cookie":""}');
    await c.close();
  });

  test('een teruggestuurde code met een vervalste state wordt geweigerd en geeft geen sessie; de echte daarna ook niet meer', async () => {
    const c = await context();
    const page = await c.newPage();
    let echt: string | undefined;
    // the provider's redirect to the gateway sent on with another state
    await stuurTerugNaar(c, TERUG, (naar) => {
      echt = naar.href;
      naar.searchParams.set('state', 'vervalst');
      return naar.href;
    });
    await page.goto(basis);
    await page.getByRole('link', { name: 'Aanmelden via Veilig Thuis' }).click();
    await page.locator('input[name=login]').fill('rvt-eva');
    await page.locator('input[name=password]').fill('willekeurig');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').getByText('De aanmelding kon niet worden afgerond. Probeer het opnieuw.').waitFor();
    // the code is taken off the address once shown
    expect(page.url()).toBe(basis);
    expect(echt).toContain('code=');
    expect(await gatewayCookies(c)).toEqual([]);

    // the sign-in it belonged to is spent: the genuine callback is refused too
    await page.goto(echt!);
    await page.getByRole('alert').getByText('De aanmelding is verlopen of niet in deze browser begonnen. Probeer het opnieuw.').waitFor();
    expect(await gatewayCookies(c)).toEqual([]);
    expect(await toegankelijk(page)).toEqual([]);
    const wie = await fetch(new URL('/aanmelden/wie', basis));
    expect(wie.status).toBe(401);
    await c.close();
  });

  test('OIDC_AANMELDEN wordt bij de start gecontroleerd, met de uitgever bij de vertrouwde', () => {
    const uitgevers = JSON.stringify([provider.uitgever]);
    const met = (a: Record<string, unknown>) => () => leesGatewayConfig(productieEnv({ VERTROUWDE_UITGEVERS: uitgevers, OIDC_AANMELDEN: JSON.stringify([{ ...aanmelder, ...a }]) }));
    expect(met({ issuer: 'https://idp.example/' })).toThrow('OIDC_AANMELDEN[0].issuer https://idp.example/ staat niet in VERTROUWDE_UITGEVERS: de gateway zou de tokens van deze aanmelding weigeren');
    expect(met({ redirectUri: 'https://gateway.example/terug' })).toThrow('OIDC_AANMELDEN[0].redirectUri moet eindigen op /aanmelden/oidc/veilig-thuis/terug (zonder query)');
    expect(met({ redirectUri: 'http://gateway.example/aanmelden/oidc/veilig-thuis/terug' })).toThrow('OIDC_AANMELDEN[0].redirectUri moet een https-URL zijn (http alleen naar 127.0.0.1 of localhost)');
    expect(met({ scope: 'dossier' })).toThrow('OIDC_AANMELDEN[0].scope moet openid bevatten');
    expect(met({ id: 'Veilig Thuis' })).toThrow('OIDC_AANMELDEN[0].id moet uit kleine letters, cijfers en streepjes bestaan (het staat in de URL)');
    expect(() => leesGatewayConfig(productieEnv({ VERTROUWDE_UITGEVERS: uitgevers, OIDC_AANMELDEN: '{' }))).toThrow('OIDC_AANMELDEN is geen geldige JSON');
    expect(() => leesGatewayConfig(productieEnv({ VERTROUWDE_UITGEVERS: uitgevers, WEB_COOKIE_SECURE: 'ja' }))).toThrow('WEB_COOKIE_SECURE moet 1 of 0 zijn');
  });

  test('achter https krijgen de cookies Secure, tenzij WEB_COOKIE_SECURE=0', async () => {
    const beleid = BeleidBron.vast(await laadBeleid(STANDAARD_POLICIES));
    const verifier = maakVerifier([provider.uitgever], AUDIENCE);
    const https = { ...aanmelder, redirectUri: `https://gateway.example${TERUG}` };
    const cookieBijStart = async (cookieSecure?: boolean) => {
      const app = express();
      webRoutes(app, { map: WEB_MAP, oidc: [https], cookieSecure }, new Sessies(), verifier, beleid);
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/aanmelden/oidc/veilig-thuis`, { redirect: 'manual' });
      server.close();
      expect({ status: res.status, naar: res.headers.get('location')?.startsWith(autorisatieEndpoint) }).toEqual({ status: 303, naar: true });
      return res.headers.get('set-cookie');
    };
    try {
      const standaard = (await cookieBijStart())!.split('; ');
      expect(standaard).toEqual(expect.arrayContaining([expect.stringMatching(/^nd_aanmelding=[\w-]{43}$/), `Path=${TERUG}`, 'HttpOnly', 'Secure', 'SameSite=Lax']));
      expect((await cookieBijStart(false))!.split('; ')).not.toContain('Secure');
    } finally {
      beleid.stop();
    }
  });
});

/** The names of the gateway's cookies in this browser context (the provider's share the host). */
async function gatewayCookies(c: BrowserContext): Promise<string[]> {
  return (await c.cookies()).map((k) => k.name).filter((n) => n.startsWith('nd_'));
}

/** A production gateway's environment (grant and checkpoint keys and the like), with these variables. */
function productieEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const sleutel = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' };
  return { GATEWAY_GRANT_SLEUTEL: JSON.stringify(sleutel), GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify({ ...sleutel, kid: 'test' }), ...extra };
}

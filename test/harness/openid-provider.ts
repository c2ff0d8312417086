import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { VertrouwdeUitgever } from '@netwerkdossier/gateway';
import { BrowserContext } from 'playwright-core';

import { vrijePoort } from './global-setup';

/** The client secret of both of the provider's clients. */
export const PROVIDER_GEHEIM = 'alleen-voor-de-test';

/**
 * Veilig Thuis's OpenID provider (oidc-provider, ESM-only, so in its own process: tools/openid-provider.mjs)
 * on 127.0.0.1 and a free port; with a redirect URI it also has the web client `webapp` for the code flow.
 * As a trusted uitgever it vouches for Veilig Thuis.
 */
export async function startOpenIdProvider(redirectUri?: string): Promise<{ issuer: string; uitgever: VertrouwdeUitgever; stop(): void }> {
  const provider = spawn(process.execPath, [path.resolve(__dirname, '../../tools/openid-provider.mjs'), JSON.stringify([{ organisatie: 'veilig-thuis', poort: await vrijePoort(), terug: redirectUri }])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const issuer = await new Promise<string>((resolve, reject) => {
    // oidc-provider writes its development warnings to stdout as well
    createInterface({ input: provider.stdout }).on('line', (regel) => regel.startsWith('{') && resolve((JSON.parse(regel) as { issuer: string }).issuer));
    provider.once('exit', (code) => reject(new Error(`oidc-provider stopte (exit ${code})`)));
  });
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { jwks_uri: string };
  return { issuer, uitgever: { issuer, jwksUri: discovery.jwks_uri, organisatie: 'veilig-thuis', algoritmen: ['ES256'] }, stop: () => void provider.stdin.end() };
}

/**
 * Where the provider sends the browser back to its callback (`terugPad`), `terug` decides instead (a forged
 * state, another gateway replica). Chromium follows the provider's redirects itself, out of a route's reach:
 * so its answers to the login and consent forms are resumed here, and the redirect to the callback changed.
 */
export async function stuurTerugNaar(context: BrowserContext, terugPad: string, terug: (naar: URL) => string): Promise<void> {
  await context.route(
    (url) => url.pathname.startsWith('/interaction/'),
    async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const antwoord = await route.fetch({ maxRedirects: 0 });
      const hervat = await context.request.get(new URL(antwoord.headers().location, route.request().url()).href, { maxRedirects: 0 });
      const naar = new URL(hervat.headers().location, route.request().url());
      await route.fulfill({ status: 303, headers: { location: naar.pathname === terugPad ? terug(naar) : naar.href } });
    },
  );
}

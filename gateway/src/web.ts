import { existsSync } from 'node:fs';
import path from 'node:path';

import { Beleid, BeleidBron, CATEGORIEEN, GeenBeleid, PARTNERS, PROFESSIONALS } from '@netwerkdossier/shared';
import express from 'express';
import { decodeJwt } from 'jose';

import { controleerDoel } from './beslissing';
import { leesCookie } from './cookie';
import { Identiteit, Verifier } from './identiteit';
import { OidcAanmelder, oidcRoutes } from './oidc';
import { GeheugenOpslag, isSessieId, Sessieopslag } from './sessieopslag';
import { Beleidsregister, beleidRoutes } from './web-beleid';

/** A persona one may sign in as in development, as the sign-in page lists it. */
export interface DemoPersona {
  sub: string;
  naam: string;
  omschrijving: string;
  organisatie: string | null;
  rol: string;
}

/** Development sign-in: who may be chosen, and a token for the chosen one from the local issuer. */
export interface DemoAanmelden {
  personas(): Promise<DemoPersona[]>;
  token(sub: string): Promise<string>;
}

export interface WebOpties {
  /** The built web app (gateway/web/dist). */
  map: string;
  /** Only in development (npm start, tests): sign in by choosing a persona. Absent: no such door. */
  demo?: DemoAanmelden;
  /** Sign-in through the organisations' identity providers (OIDC, code flow with PKCE). */
  oidc?: OidcAanmelder[];
  /** Cookies only over https (`Secure`); default: when a provider's redirect URI is https. */
  cookieSecure?: boolean;
}

/** gateway/web/dist of this checkout. */
export const WEB_MAP = path.resolve(__dirname, '..', 'web', 'dist');

/** The session cookie: an opaque id; the token itself stays in the gateway, never in the browser. */
export const SESSIE_COOKIE = 'nd_sessie';

/** Web sessions: id (the cookie) → bearer token until the token expires, kept in a Sessieopslag (shared by replicas, or this process's). */
export class Sessies {
  constructor(readonly opslag: Sessieopslag = new GeheugenOpslag()) {}

  maak(token: string): Promise<string> {
    return this.opslag.bewaar('sessie', token, (decodeJwt(token).exp ?? 0) * 1000);
  }

  /** The bearer token of the session in this cookie header, if it is still valid. */
  async token(cookieHeader: string | undefined): Promise<string | undefined> {
    const id = leesCookie(cookieHeader, SESSIE_COOKIE);
    return isSessieId(id) ? this.opslag.lees('sessie', id) : undefined;
  }

  async beeindig(cookieHeader: string | undefined): Promise<void> {
    const id = leesCookie(cookieHeader, SESSIE_COOKIE);
    if (isSessieId(id)) await this.opslag.verwijder('sessie', id);
  }
}

/**
 * The doel a professional's page opens on: the one their registry entry names, else the first whose vormen
 * are among the vormen they work in (so it reaches their households), else the first they may declare.
 */
export function voorkeursdoel(beleid: Beleid, sub: string, doelen: readonly string[]): string | null {
  const wie = PROFESSIONALS.find((p) => p.sub === sub);
  if (wie?.doel && doelen.includes(wie.doel)) return wie.doel;
  return doelen.find((d) => beleid.doelen[d].vormen.some((v) => wie?.vormen.includes(v))) ?? doelen[0] ?? null;
}

/** A professional's work contact details, as colleagues in an MDO reach them: no client data. */
export const CONTACTGEGEVENS = PROFESSIONALS.filter((p) => p.rol !== 'privacyfunctionaris').map(({ sub, naam, organisatie, team, rol, telefoon, email }) => ({
  sub, naam, organisatie, team, rol, telefoon: telefoon ?? null, email: email ?? null,
}));

function toegestaan(controle: () => unknown): boolean {
  try {
    controle();
    return true;
  } catch {
    return false;
  }
}

/**
 * The web app and its sign-in, beside /graphql: the built app at `/` (with a strict content security
 * policy), `GET /aanmelden/wie` (who is signed in, which doelen they may declare and which one their page opens on),
 * `GET /professionals` (colleagues' work contact details), `GET /beleid` (for
 * the privacy officer: the sharing matrix, its reasons and the doelen), `POST /afmelden`, and in
 * development `GET /aanmelden/demo` (the personas) and `POST /aanmelden/demo` {persona}, in production
 * `/aanmelden/oidc` (see oidcRoutes). A session is an HttpOnly, SameSite=Strict cookie; the gateway puts
 * its token on the GraphQL requests.
 */
export function webRoutes(app: express.Express, opties: WebOpties, sessies: Sessies, verifier: Verifier, beleid: BeleidBron, register?: Beleidsregister): void {
  const json = express.json({ limit: '10kb' });
  const secure = opties.cookieSecure ?? (opties.oidc ?? []).some((a) => a.redirectUri.startsWith('https:'));
  const cookieOpties = { httpOnly: true, sameSite: 'strict' as const, path: '/', secure };
  /** The signed-in identity, verified like any bearer token; otherwise a 401 is sent and undefined returned. */
  const aangemeld = async (req: express.Request, res: express.Response): Promise<Identiteit | undefined> => {
    const token = await sessies.token(req.headers.cookie);
    const identiteit = token ? await verifier(`Bearer ${token}`).catch(() => undefined) : undefined;
    if (!identiteit) res.status(401).json({ fout: token ? 'De aanmelding is niet (meer) geldig; meld u opnieuw aan' : 'Niet aangemeld' });
    return identiteit;
  };
  app.get('/aanmelden/wie', async (req, res) => {
    const identiteit = await aangemeld(req, res);
    if (!identiteit) return;
    // the doelen the gateway would accept from this caller, decided by the same check
    const doelen = Object.entries(beleid.huidig.doelen)
      .filter(([naam]) => toegestaan(() => controleerDoel(beleid.huidig, identiteit, naam)))
      .map(([naam, d]) => ({ naam, omschrijving: d.omschrijving, vormen: d.vormen }));
    const naam = identiteit.rol === 'client' ? null : PROFESSIONALS.find((p) => p.sub === identiteit.sub)?.naam ?? null;
    const voorkeur = voorkeursdoel(beleid.huidig, identiteit.sub, doelen.map((d) => d.naam));
    res.json({ sub: identiteit.sub, naam, organisatie: identiteit.organisatie, team: identiteit.team, rol: identiteit.rol, doelen, voorkeursdoel: voorkeur });
  });
  // the professionals' work phone and e-mail, for whoever is signed in as a professional: colleagues' contact details, no client data
  app.get('/professionals', async (req, res) => {
    const identiteit = await aangemeld(req, res);
    if (!identiteit) return;
    if (identiteit.rol === 'client') return void res.status(403).json({ fout: 'De contactgegevens van professionals zijn voor professionals' });
    res.json(CONTACTGEGEVENS);
  });
  // the policy as the privacy officer reads it: the sharing matrix with its reasons, the doelen, the version
  app.get('/beleid', async (req, res) => {
    const identiteit = await aangemeld(req, res);
    if (!identiteit) return;
    if (identiteit.rol !== 'privacyfunctionaris') return void res.status(403).json({ fout: 'Het beleid is in te zien door de privacyfunctionaris' });
    const { versie, matrix, redenen, doelen } = beleid.huidig;
    res.json({ versie, matrix, redenen, doelen });
  });
  // the rules a professional follows while registering, as the policy in force states them: who consents
  // at which age, what a doorbraak may open and for how long. Public policy, no dossier content.
  app.get('/beleid/regels', async (req, res) => {
    if (!(await aangemeld(req, res))) return;
    const { versie, leeftijden, doorbraak, matrix, doelen } = beleid.huidig;
    const nooit = Object.entries(matrix).filter(([, cel]) => Object.values(cel).every((e) => e === 'nooit')).map(([c]) => c);
    // the doelen a consent can be for: those that reach a household through a betrokkenheid
    const voorToestemming = Object.entries(doelen).filter(([, d]) => d.vormen.length > 0).map(([naam, d]) => ({ naam, omschrijving: d.omschrijving }));
    res.json({ versie, leeftijden, doorbraak, categorieen: CATEGORIEEN, nooitGedeeld: nooit, doelen: voorToestemming });
  });
  // the registered partners by name, for the web app's labels: public, the same for everyone, no dossier content
  app.get('/partners', (_req, res) => void res.json(PARTNERS.map(({ naam, weergavenaam, inZin }) => ({ naam, weergavenaam, inZin }))));
  beleidRoutes(app, aangemeld, beleid, register);
  app.post('/afmelden', async (req, res) => {
    await sessies.beeindig(req.headers.cookie);
    res.clearCookie(SESSIE_COOKIE, cookieOpties).status(204).end();
  });
  const demo = opties.demo;
  if (demo) {
    app.get('/aanmelden/demo', async (_req, res) => void res.json(await demo.personas()));
    app.post('/aanmelden/demo', json, async (req, res) => {
      const sub = (req.body as { persona?: unknown } | undefined)?.persona;
      if (typeof sub !== 'string' || !(await demo.personas()).some((p) => p.sub === sub)) return void res.status(400).json({ fout: 'Kies een van de demopersona\'s' });
      res.cookie(SESSIE_COOKIE, await sessies.maak(await demo.token(sub)), cookieOpties).status(204).end();
    });
  }
  if (opties.oidc?.length) oidcRoutes(app, opties.oidc, verifier, sessies.opslag, async (res, token) => void res.cookie(SESSIE_COOKIE, await sessies.maak(token), cookieOpties), secure);
  if (!existsSync(path.join(opties.map, 'index.html'))) throw new Error(`De webapp is niet gebouwd (${opties.map}): draai npm run build`);
  const beveiliging: express.RequestHandler = (_req, res, volgende) => {
    res.set({ 'content-security-policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    volgende();
  };
  app.use(beveiliging, express.static(opties.map, { index: 'index.html' }));
  // a route that needs the policy while none is in force (none received yet, or the version in force not proven):
  // not ready, with the reason, as the GraphQL endpoint answers (NIET_GEREED), never a 500
  app.use((fout: unknown, _req: express.Request, res: express.Response, volgende: express.NextFunction) => {
    if (!(fout instanceof GeenBeleid) || res.headersSent) return volgende(fout);
    res.status(503).json({ fout: fout.message, code: 'NIET_GEREED' });
  });
}

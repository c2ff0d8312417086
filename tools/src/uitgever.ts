import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

import { VertrouwdeUitgever } from '@netwerkdossier/gateway';
import { DraaiendeService, PARTNER_NAMEN, PROFESSIONALS } from '@netwerkdossier/shared';
import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

/** The local development issuers: one per registered partner, and `burger` for household members. */
export const DEV_UITGEVERS: readonly string[] = [...PARTNER_NAMEN, 'burger'];
export type DevUitgever = string;

const ALGORITME = 'ES256';
export const AUDIENCE = 'netwerkdossier';

/** Private keys of the development issuers, generated on first start into a git-ignored folder. */
export type DevSleutels = Record<string, JWK>;

/** Reads the keys, generating one for every issuer that has none yet (a partner that joined since). */
export async function laadOfMaakSleutels(map: string): Promise<DevSleutels> {
  const bestand = path.join(map, 'uitgever-sleutels.json');
  const sleutels = existsSync(bestand) ? (JSON.parse(await readFile(bestand, 'utf8')) as DevSleutels) : {};
  const ontbrekend = DEV_UITGEVERS.filter((naam) => !sleutels[naam]);
  if (ontbrekend.length === 0) return sleutels;
  for (const naam of ontbrekend) {
    const { privateKey } = await generateKeyPair(ALGORITME, { extractable: true });
    sleutels[naam] = { ...(await exportJWK(privateKey)), kid: `${naam}-1`, alg: ALGORITME };
  }
  await mkdir(map, { recursive: true });
  await writeFile(bestand, JSON.stringify(sleutels, null, 2), { mode: 0o600 });
  return sleutels;
}

function publiek({ d: _d, ...rest }: JWK): JWK {
  return rest;
}

/** Serves each development issuer's JWKS at `<base>/<uitgever>/jwks.json`, over real HTTP. */
export async function startDevUitgever(sleutels: DevSleutels, host: string, port: number): Promise<DraaiendeService & { uitgevers: VertrouwdeUitgever[] }> {
  const server = http.createServer((req, res) => {
    const naam = /^\/([a-z0-9-]+)\/jwks\.json$/.exec(req.url ?? '')?.[1];
    if (!naam || !DEV_UITGEVERS.includes(naam)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publiek(sleutels[naam])] }));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const adres = server.address();
  const base = `http://${host}:${typeof adres === 'object' && adres ? adres.port : port}`;
  return {
    naam: 'uitgever',
    url: base,
    uitgevers: DEV_UITGEVERS.map((naam) => ({
      issuer: `${base}/${naam}`,
      jwksUri: `${base}/${naam}/jwks.json`,
      organisatie: naam === 'burger' ? null : naam,
      algoritmen: [ALGORITME],
    })),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface TokenOpties {
  uitgeverBase: string;
  sleutels: DevSleutels;
  /** Seconds; default one hour. Negative for an already expired token (tests). */
  geldigheid?: number;
}

/** Mints a token for a professional persona (by subject, e.g. `lt-fatima`). */
export async function tokenVoorProfessional(sub: string, opties: TokenOpties): Promise<string> {
  const p = PROFESSIONALS.find((x) => x.sub === sub);
  if (!p) throw new Error(`Onbekende persona ${sub}; kies uit: ${PROFESSIONALS.map((x) => x.sub).join(', ')}`);
  return teken(p.organisatie, { sub, organisatie: p.organisatie, team: p.team, rol: p.rol, naam: p.naam }, opties);
}

/** Mints a token for a household member (rol client) by person pseudonym, from the `burger` issuer. */
export async function tokenVoorClient(persoonId: string, opties: TokenOpties): Promise<string> {
  return teken('burger', { sub: persoonId, rol: 'client' }, opties);
}

async function teken(uitgever: DevUitgever, claims: Record<string, string>, opties: TokenOpties): Promise<string> {
  const jwk = opties.sleutels[uitgever];
  const nu = Math.floor(Date.now() / 1000);
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: ALGORITME, kid: jwk.kid, typ: 'JWT' })
    .setIssuer(`${opties.uitgeverBase}/${uitgever}`)
    .setSubject(sub)
    .setAudience(AUDIENCE)
    .setIssuedAt(opties.geldigheid !== undefined && opties.geldigheid < 0 ? nu + opties.geldigheid - 60 : nu)
    .setExpirationTime(nu + (opties.geldigheid ?? 3600))
    .sign(await importJWK(jwk, ALGORITME));
}

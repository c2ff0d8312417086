import http from 'node:http';

import { CATEGORIEEN, codeerBesluiten, decodeerBesluiten, GRANT_ALGORITME, GRANT_HEADER, GRANT_ISSUER, GRANT_MAX_BYTES, Onderwerpbesluit, tekenGrant, VERSTREKKINGENLOG } from '@netwerkdossier/shared';
import { importJWK, JWK, jwtVerify, SignJWT } from 'jose';

/** One guarantee of the partner contract a wrapped partner breaks, one per requirement group (or two). */
export type Breuk = 'service-zonder-grant' | 'negeert-afscherming' | 'anonimiseert-niet' | 'geen-verstrekkingenlog' | 'extra-veld' | 'extra-entiteit';

const ALLES = (1 << CATEGORIEEN.length) - 1;

/** A valid grant of the gateway with its decisions changed by `wijzig`, re-signed (what the partner would refuse stays as it is). */
async function anderBesluit(token: string, naam: string, sleutels: { prive: JWK; publiek: JWK }, wijzig: (b: Onderwerpbesluit) => void): Promise<string> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, await importJWK(sleutels.publiek, GRANT_ALGORITME), { issuer: GRANT_ISSUER, audience: naam }));
  } catch {
    return token;
  }
  if (!payload.besluiten) return token;
  const besluiten = decodeerBesluiten(payload.besluiten);
  for (const kaart of [besluiten.huishoudens, besluiten.personen]) for (const b of kaart.values()) wijzig(b);
  return new SignJWT({ ...payload, besluiten: codeerBesluiten(besluiten) }).setProtectedHeader({ alg: GRANT_ALGORITME, typ: 'JWT' }).sign(await importJWK(sleutels.prive, GRANT_ALGORITME));
}

/** The partner's answer with more in it than was asked. */
function meerDanGevraagd(tekst: string, breuk: Breuk): string {
  const body = JSON.parse(tekst) as { data?: { _entities?: Array<Record<string, unknown> | null> } };
  const entiteiten = body.data?._entities;
  if (!entiteiten) return tekst;
  if (breuk === 'extra-veld') for (const e of entiteiten) if (e) e.geboortejaar = 2016;
  if (breuk === 'extra-entiteit') entiteiten.push({ __typename: 'Huishouden', id: '00000000-0000-4000-8000-000000000001' });
  return JSON.stringify(body);
}

/**
 * A real partner subgraph (at `doel`) behind a wrapper that breaks one guarantee, as a partner on its own
 * system might: it answers `_service` without a grant, shows what its grant withholds or does not anonymise, keeps no
 * verstrekkingenlog (it has no record for any grant), or answers more fields or entities than asked.
 */
export async function startGebrokenPartner(doel: string, naam: string, sleutels: { prive: JWK; publiek: JWK }, breuk: Breuk): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer({ maxHeaderSize: GRANT_MAX_BYTES }, async (req, res) => {
    const delen: Buffer[] = [];
    for await (const deel of req) delen.push(deel as Buffer);
    const body = Buffer.concat(delen).toString('utf8');
    if (breuk === 'geen-verstrekkingenlog' && req.url?.startsWith(`/${VERSTREKKINGENLOG}/`)) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ fout: 'Voor deze grant is niets verstrekt' }));
      return;
    }
    let grant = req.headers[GRANT_HEADER] as string | undefined;
    if (breuk === 'service-zonder-grant' && grant === undefined && body.includes('_service')) {
      grant = await tekenGrant(sleutels.prive, { subgraph: naam, sub: 'iedereen', organisatie: null, team: null, rol: 'professional', doel: 'gezamenlijk-plan' });
    }
    // shows what its grant withholds (what it anonymises stays so), or shows in full what it should anonymise
    if (breuk === 'negeert-afscherming' && grant) grant = await anderBesluit(grant, naam, sleutels, (b) => void (b.zichtbaar = ALLES & ~b.geanonimiseerd));
    if (breuk === 'anonimiseert-niet' && grant) grant = await anderBesluit(grant, naam, sleutels, (b) => void ((b.zichtbaar |= b.geanonimiseerd), (b.geanonimiseerd = 0)));
    const antwoord = await fetch(new URL(req.url ?? '/', doel), {
      method: req.method,
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json', ...(grant ? { [GRANT_HEADER]: grant } : {}) },
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    let tekst = await antwoord.text();
    if ((breuk === 'extra-veld' || breuk === 'extra-entiteit') && antwoord.ok) tekst = meerDanGevraagd(tekst, breuk);
    res.writeHead(antwoord.status, { 'content-type': antwoord.headers.get('content-type') ?? 'application/json' }).end(tekst);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const adres = server.address() as { port: number };
  return { url: `http://127.0.0.1:${adres.port}/`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

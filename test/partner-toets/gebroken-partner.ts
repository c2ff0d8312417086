import { randomUUID } from 'node:crypto';
import http from 'node:http';

import {
  Besluiten, bit, BUITEN_BEELD, CATEGORIEEN, codeerBesluiten, decodeerBesluiten, GRANT_ALGORITME, GRANT_HEADER, GRANT_ISSUER, GRANT_MAX_BYTES, Onderwerpbesluit, tekenGrant, VERSTREKKINGENLOG, Verzoek, verzoekHash,
} from '@netwerkdossier/shared';
import { importJWK, JWK, JWTPayload, jwtVerify, SignJWT } from 'jose';

type Sleutels = { prive: JWK; publiek: JWK };

/** How a wrapped partner misbehaves: what it makes of the grant it receives, of its own answer, or what it answers itself. */
interface Gedrag {
  /** The largest request head it takes (default: room for the gateway's largest grant). */
  maxHeaderSize?: number;
  grant?(grant: string | undefined, verzoek: { pad: string; body: string }, naam: string, sleutels: Sleutels): Promise<string | undefined>;
  antwoord?(tekst: string, pad: string): string;
  /** Another status for a good answer (undefined: the partner's own). */
  status?(tekst: string, pad: string): number | undefined;
  zelf?(pad: string): { status: number; body: object } | undefined;
}

const ALLES = (1 << CATEGORIEEN.length) - 1;
const nu = () => Math.floor(Date.now() / 1000);
const isLog = (pad: string) => pad.startsWith(`/${VERSTREKKINGENLOG}/`);
/** The request as the partner received it, as a grant names it (a GET has no body). */
const alsVerzoek = ({ pad, body }: { pad: string; body: string }): Verzoek => ({ pad, body: body ? (JSON.parse(body) as unknown) : null });
const zonderItems = (tekst: string) => (JSON.parse(tekst) as { items?: unknown[] }).items?.length === 0;

/** The claims of a grant the gateway really signed for this partner (at `op`, default now), or null. */
async function echt(grant: string | undefined, naam: string, sleutels: Sleutels, opties: { audience?: boolean; op?: (p: JWTPayload) => Date } = {}): Promise<JWTPayload | null> {
  if (!grant) return null;
  const sleutel = await importJWK(sleutels.publiek, GRANT_ALGORITME);
  try {
    const onbekeken = JSON.parse(Buffer.from(grant.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;
    const { payload } = await jwtVerify(grant, sleutel, { issuer: GRANT_ISSUER, audience: opties.audience === false ? undefined : naam, currentDate: opties.op?.(onbekeken) });
    return payload;
  } catch {
    return null;
  }
}

async function teken(payload: JWTPayload, sleutels: Sleutels): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: GRANT_ALGORITME, typ: 'JWT' }).sign(await importJWK(sleutels.prive, GRANT_ALGORITME));
}

/** A real grant with its decisions changed by `wijzig`, signed again; anything else passes as it came. */
function anderBesluit(wijzig: (b: Onderwerpbesluit) => void): Gedrag['grant'] {
  return async (grant, _verzoek, naam, sleutels) => {
    const payload = await echt(grant, naam, sleutels);
    if (!payload?.besluiten) return grant;
    const besluiten = decodeerBesluiten(payload.besluiten);
    for (const kaart of [besluiten.huishoudens, besluiten.personen]) for (const b of kaart.values()) wijzig(b);
    return teken({ ...payload, besluiten: codeerBesluiten(besluiten) }, sleutels);
  };
}

/** The partner's answer to `_entities` changed by `wijzig`. */
function anderAntwoord(wijzig: (body: { data?: { _entities?: Array<Record<string, unknown> | null> }; [sleutel: string]: unknown }) => void): Gedrag['antwoord'] {
  return (tekst, pad) => {
    if (isLog(pad)) return tekst;
    const body = JSON.parse(tekst) as Parameters<typeof wijzig>[0];
    if (body.data?._entities) wijzig(body);
    return JSON.stringify(body);
  };
}

/** Each guarantee of the partner contract broken alone, as a partner on its own system might break it. */
export const BREUKEN = {
  /** Takes request heads of Node's default size only (16 KiB): too small for a grant of a full page of households. */
  'kleine-headers': { maxHeaderSize: 16 * 1024 },
  /** Answers `_service` without a grant. */
  'service-zonder-grant': {
    grant: async (grant, verzoek, naam, sleutels) => (grant === undefined && verzoek.body.includes('_service') ? tekenGrant(sleutels.prive, { subgraph: naam, verzoek: alsVerzoek(verzoek), sub: 'iedereen', organisatie: null, team: null, rol: 'professional', doel: 'gezamenlijk-plan' }) : grant),
  },
  /** Takes a grant for any partner as its own. */
  'aanvaardt-andere-audience': {
    grant: async (grant, _verzoek, naam, sleutels) => {
      const payload = await echt(grant, naam, sleutels, { audience: false });
      return payload && payload.aud !== naam ? teken({ ...payload, aud: naam }, sleutels) : grant;
    },
  },
  /** Takes an expired grant as a live one. */
  'aanvaardt-verlopen': {
    grant: async (grant, _verzoek, naam, sleutels) => {
      const payload = await echt(grant, naam, sleutels, { op: (p) => new Date(((p.exp ?? 0) - 1) * 1000) });
      return payload && payload.exp! < nu() ? teken({ ...payload, iat: nu(), exp: nu() + 30 }, sleutels) : grant;
    },
  },
  /** Takes a grant for whatever GraphQL request it comes with: not bound to its query and variables. */
  'aanvaardt-ander-verzoek': {
    grant: async (grant, verzoek, naam, sleutels) => {
      const payload = await echt(grant, naam, sleutels);
      return payload && !isLog(verzoek.pad) ? teken({ ...payload, verzoek: verzoekHash(alsVerzoek(verzoek)) }, sleutels) : grant;
    },
  },
  /** Remembers used grants in its own process only: another replica (or the same after a restart) takes them again. */
  'geheugen-per-proces': {
    grant: async (grant, _verzoek, naam, sleutels) => {
      const payload = await echt(grant, naam, sleutels);
      return payload ? teken({ ...payload, jti: randomUUID() }, sleutels) : grant;
    },
  },
  /** Shows what its grant withholds (what it anonymises stays so). */
  'negeert-afscherming': { grant: anderBesluit((b) => void (b.zichtbaar = ALLES & ~b.geanonimiseerd)) },
  /** Shows in full what it should anonymise. */
  'anonimiseert-niet': { grant: anderBesluit((b) => void ((b.zichtbaar |= b.geanonimiseerd), (b.geanonimiseerd = 0))) },
  /** Without decisions in the grant, shows the households of its reikwijdte. */
  'negeert-ontbrekende-besluiten': {
    grant: async (grant, _verzoek, naam, sleutels) => {
      const payload = await echt(grant, naam, sleutels);
      if (!payload || payload.besluiten || payload.intern || !Array.isArray(payload.reikwijdte)) return grant;
      const besluiten: Besluiten = { huishoudens: new Map((payload.reikwijdte as string[]).map((id) => [id, { zichtbaar: ALLES, geanonimiseerd: 0 }])), personen: new Map() };
      return teken({ ...payload, besluiten: codeerBesluiten(besluiten) }, sleutels);
    },
  },
  /** Answers about every household its grant has decisions for, in its reikwijdte or not. */
  'negeert-reikwijdte': {
    grant: async (grant, _verzoek, naam, sleutels) => {
      const payload = await echt(grant, naam, sleutels);
      if (!payload?.besluiten) return grant;
      const reikwijdte = [...new Set([...((payload.reikwijdte as string[] | undefined) ?? []), ...decodeerBesluiten(payload.besluiten).huishoudens.keys()])];
      return teken({ ...payload, reikwijdte }, sleutels);
    },
  },
  /** Keeps no verstrekkingenlog: it has a record for no grant. */
  'geen-verstrekkingenlog': { zelf: (pad) => (isLog(pad) ? { status: 404, body: { fout: 'Voor deze grant is niets verstrekt' } } : undefined) },
  /** Records that it answered, not what it disclosed. */
  'onvolledig-log': { antwoord: (tekst, pad) => (isLog(pad) ? JSON.stringify({ ...(JSON.parse(tekst) as object), items: [] }) : tekst) },
  /** Records only what it disclosed: a fetch that disclosed nothing leaves no record. */
  'geen-lege-verstrekking': {
    antwoord: (tekst, pad) => (isLog(pad) && zonderItems(tekst) ? JSON.stringify({ fout: 'Voor deze grant is niets verstrekt' }) : tekst),
    status: (tekst, pad) => (isLog(pad) && zonderItems(tekst) ? 404 : undefined),
  },
  /** Shows its verstrekkingenlog to anyone who asks. */
  'log-voor-iedereen': {
    grant: async (grant, verzoek, naam, sleutels) => (isLog(verzoek.pad) ? tekenGrant(sleutels.prive, { subgraph: naam, verzoek: alsVerzoek(verzoek), sub: 'iedereen', organisatie: null, team: null, rol: 'professional', doel: 'gezamenlijk-plan', intern: VERSTREKKINGENLOG }) : grant),
  },
  /** Answers a part about someone outside its grant with an empty list instead of the stand-in (BUITEN_BEELD). */
  'buiten-beeld-leeg': { antwoord: (tekst, pad) => (isLog(pad) ? tekst : tekst.replaceAll(`"betreft":["${BUITEN_BEELD}"]`, '"betreft":[]')) },
  /** Names in a part's betreft whoever the request names, also someone outside its grant (given their pseudonym only). */
  'noemt-wie-buiten-valt': {
    grant: async (grant, verzoek, naam, sleutels) => {
      const payload = await echt(grant, naam, sleutels);
      if (!payload?.besluiten || !(payload.besluiten as { d?: unknown }).d || isLog(verzoek.pad)) return grant;
      const besluiten = decodeerBesluiten(payload.besluiten);
      const gevraagd = ((JSON.parse(verzoek.body) as { variables?: { representaties?: Array<{ __typename: string; id: string }> } }).variables?.representaties ?? []).filter((r) => r.__typename === 'Persoon');
      for (const r of gevraagd) if (!besluiten.personen.has(r.id)) besluiten.personen.set(r.id, { zichtbaar: bit('pseudoniem'), geanonimiseerd: 0 });
      return teken({ ...payload, besluiten: codeerBesluiten(besluiten) }, sleutels);
    },
  },
  /** Adds a field no one asked for. */
  'extra-veld': { antwoord: anderAntwoord((body) => body.data!._entities!.forEach((e) => e && (e.geboortejaar = 2016))) },
  /** Adds an entity no one asked for. */
  'extra-entiteit': { antwoord: anderAntwoord((body) => void body.data!._entities!.push({ __typename: 'Huishouden', id: '00000000-0000-4000-8000-000000000001' })) },
  /** Puts something beside data, errors and extensions. */
  'extra-sleutel': { antwoord: anderAntwoord((body) => void (body.debug = { partner: 'testomgeving' })) },
} satisfies Record<string, Gedrag>;

export type Breuk = keyof typeof BREUKEN;

/**
 * A real partner subgraph (at `doel`) behind a wrapper that breaks one guarantee of the partner contract
 * (see BREUKEN); everything else it passes on as it came.
 */
export async function startGebrokenPartner(doel: string, naam: string, sleutels: Sleutels, breuk: Breuk): Promise<{ url: string; stop(): Promise<void> }> {
  const gedrag: Gedrag = BREUKEN[breuk];
  const server = http.createServer({ maxHeaderSize: gedrag.maxHeaderSize ?? GRANT_MAX_BYTES }, async (req, res) => {
    const delen: Buffer[] = [];
    for await (const deel of req) delen.push(deel as Buffer);
    const body = Buffer.concat(delen).toString('utf8');
    const pad = req.url ?? '/';
    const zelf = gedrag.zelf?.(pad);
    if (zelf) return void res.writeHead(zelf.status, { 'content-type': 'application/json' }).end(JSON.stringify(zelf.body));
    const ontvangen = req.headers[GRANT_HEADER] as string | undefined;
    const grant = gedrag.grant ? await gedrag.grant(ontvangen, { pad, body }, naam, sleutels) : ontvangen;
    const antwoord = await fetch(new URL(pad, doel), {
      method: req.method,
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json', ...(grant ? { [GRANT_HEADER]: grant } : {}) },
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    const tekst = await antwoord.text();
    res.writeHead((antwoord.ok && gedrag.status?.(tekst, pad)) || antwoord.status, { 'content-type': antwoord.headers.get('content-type') ?? 'application/json' }).end(antwoord.ok && gedrag.antwoord ? gedrag.antwoord(tekst, pad) : tekst);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

import { randomUUID } from 'node:crypto';

import { GETUIGE, GRANT_HEADER, GrantInhoud, GRAPHQL_PAD, maakGrantSleutelpaar, tekenGrant, VERSTREKKINGENLOG, Verzoek, verzoekUrl } from '@netwerkdossier/shared';
import { JWK } from 'jose';

/** A grant the kit signed, with what it says (its jti and audit id are what the verstrekkingenlog must name). */
export interface GetekendeGrant {
  token: string;
  inhoud: GrantInhoud & { jti: string; audit: string };
}

/** What a partner answered over HTTP: status, the raw text, and the JSON in it (null when it is none). */
export interface Antwoord {
  status: number;
  tekst: string;
  body: { data?: unknown; errors?: unknown[]; extensions?: unknown; [sleutel: string]: unknown } | null;
}

/** A GraphQL operation as the kit posts it: what its grant is bound to. */
export function graphqlVerzoek(query: string, variables?: Record<string, unknown>): Verzoek {
  return { pad: GRAPHQL_PAD, body: { query, variables } };
}

/** The read of a partner's record for one grant (`GET /verstrekkingenlog/:jti`, no body). */
export function logVerzoek(jti: string): Verzoek {
  return { pad: `/${VERSTREKKINGENLOG}/${jti}`, body: null };
}

/** Would-be checkpoints handed to a partner (`POST /getuige`). */
export function getuigeVerzoek(handtekeningen: string[]): Verzoek {
  return { pad: `/${GETUIGE}`, body: { handtekeningen } };
}

/** What the kit asks to read a partner's schema. */
export const SDL_QUERY = 'query { _service { sdl } }';

/** On whose behalf the kit asks: no real professional, so a partner's log shows the kit's requests as such. */
const VRAGER = { sub: 'partner-toets', organisatie: 'partner-toets', team: null, rol: 'professional', doel: 'gezamenlijk-plan' };
const TIJDSLIMIET_MS = 15_000;

async function lees(res: Response): Promise<Antwoord> {
  const tekst = await res.text();
  let body: Antwoord['body'] = null;
  try {
    const json: unknown = JSON.parse(tekst);
    if (json && typeof json === 'object' && !Array.isArray(json)) body = json as Antwoord['body'];
  } catch {
    // not JSON: body stays null, the text tells what came
  }
  return { status: res.status, tekst, body };
}

/** fetch, with an error that names the address when the partner cannot be reached. */
async function haal(url: URL | string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIJDSLIMIET_MS) });
  } catch (fout) {
    const oorzaak = (fout as { cause?: { message?: string } }).cause?.message ?? (fout as Error).message;
    throw new Error(`${String(url)} is niet bereikbaar: ${oorzaak}`);
  }
}

/** A short account of an answer for the report. */
export function beschrijf(a: Antwoord): string {
  return `status ${a.status}, ${a.tekst.length > 240 ? `${a.tekst.slice(0, 240)}…` : a.tekst}`;
}

/** True when the partner refused: no data, and an error status or an error in the body. */
export function isGeweigerd(a: Antwoord): boolean {
  return (a.body?.data ?? null) === null && (a.status >= 400 || (Array.isArray(a.body?.errors) && a.body.errors.length > 0));
}

/** The kit's line to one partner: it signs grants as the gateway would, for this partner's audience. */
export class Partnerverbinding {
  constructor(readonly url: string, readonly naam: string, private readonly sleutel: JWK) {}

  /** A fresh grant for this partner, bound to `verzoek`; `inhoud` overrides what the kit puts in by default. */
  async grant(verzoek: Verzoek, inhoud: Partial<GrantInhoud> = {}, sleutel: JWK = this.sleutel): Promise<GetekendeGrant> {
    const volledig = { subgraph: this.naam, verzoek, ...VRAGER, jti: randomUUID(), audit: randomUUID(), ...inhoud };
    return { token: await tekenGrant(sleutel, volledig), inhoud: volledig };
  }

  /** POSTs a GraphQL operation with this grant header (none when undefined), to this partner or to `url` (another replica of it). */
  async vraag(query: string, variables: Record<string, unknown> | undefined, grant: string | undefined, url = this.url): Promise<Antwoord> {
    const res = await haal(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(grant !== undefined ? { [GRANT_HEADER]: grant } : {}) },
      body: JSON.stringify(graphqlVerzoek(query, variables).body),
    });
    return lees(res);
  }

  /** Grants that must not open one of the gateway's own doors (`intern`): none, an ordinary one, a forged one; by name. */
  async nietVanDeGateway(intern: string, verzoek: Verzoek): Promise<Array<[string, string]>> {
    return [
      ['zonder grant', ''],
      ['met de grant van een gewone vraag', (await this.grant(verzoek, {})).token],
      ['met een vervalste grant', (await this.grant(verzoek, { intern }, (await maakGrantSleutelpaar()).prive)).token],
    ];
  }

  /** Hands the partner these would-be checkpoints (`POST /getuige`) with this grant header ('' for none). */
  async getuige(handtekeningen: string[], grant: string): Promise<Antwoord> {
    const verzoek = getuigeVerzoek(handtekeningen);
    const res = await haal(verzoekUrl(this.url, verzoek.pad), { method: 'POST', headers: { 'content-type': 'application/json', ...(grant ? { [GRANT_HEADER]: grant } : {}) }, body: JSON.stringify(verzoek.body) });
    return lees(res);
  }

  /** The partner's record for a grant (`GET /verstrekkingenlog/:jti`), asked with this grant header (default: the gateway's own, for this read). */
  async log(jti: string, grant?: string): Promise<Antwoord> {
    const verzoek = logVerzoek(jti);
    const token = grant ?? (await this.grant(verzoek, { intern: VERSTREKKINGENLOG, audit: undefined })).token;
    const res = await haal(verzoekUrl(this.url, verzoek.pad), { headers: token ? { [GRANT_HEADER]: token } : {} });
    return lees(res);
  }
}

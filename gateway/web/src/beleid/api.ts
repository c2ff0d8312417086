/** An answer of the gateway's policy routes: the body, or its Dutch `fout` (with `fouten` and `veld` where it names them). */
export interface Antwoord<T> {
  ok: boolean;
  body: T & { fout?: string; veld?: string; fouten?: Veldfout[] };
}

/** A validation error with file and line, and the form field it is about where the form changed that line. */
export interface Veldfout {
  bestand: string;
  regel: number;
  melding: string;
  veld?: string;
}

/** A version of the policy with who proposed and decided what, and where it stands (netwerk's history). */
export interface Versie {
  volgnummer: number;
  versie: string;
  reden: string;
  voorgesteldDoor: string;
  organisatie: string | null;
  voorgesteldOp: string;
  gewenstVanaf: string | null;
  basis: number | null;
  terugNaar: number | null;
  organisaties: string[];
  besluiten: Array<{ oordeel: 'goedgekeurd' | 'afgewezen'; door: string; organisatie: string | null; reden: string; tijdstip: string }>;
  inWerkingVanaf: string | null;
  status: 'voorgesteld' | 'afgewezen' | 'gepland' | 'in werking' | 'vervangen';
  /** What the gateway found of its approvals' evidence: 'bewezen', why not, or null (never approved). */
  bewijs: string | null;
}

/** GETs (no body) or POSTs (with one) a policy route with the session. */
export async function beleidsroute<T>(pad: string, body?: unknown): Promise<Antwoord<T>> {
  const r = await fetch(pad, body === undefined ? { credentials: 'same-origin' } : { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await r.json().catch(() => ({ fout: `HTTP ${r.status}` }))) as Antwoord<T>['body'];
  return { ok: r.ok, body: json };
}

/** A moment as the privacy officer reads it: "2 december 2026 om 16:05". */
export function moment(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

/** Who is signed in (the gateway's session), and the doelen the policy lets them declare. */
export interface Aangemeld {
  sub: string;
  organisatie: string | null;
  team: string | null;
  rol: string;
  doelen: Array<{ naam: string; omschrijving: string }>;
}

export interface DemoPersona {
  sub: string;
  naam: string;
  omschrijving: string;
  organisatie: string | null;
  rol: string;
}

/** The signed-in user, or null when there is no (valid) session. */
export async function wieIsAangemeld(): Promise<Aangemeld | null> {
  const res = await fetch('/aanmelden/wie', { credentials: 'same-origin' });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`De aanmelding kon niet worden gecontroleerd (HTTP ${res.status})`);
  return (await res.json()) as Aangemeld;
}

/** The demo personas, or null when this gateway offers no demo sign-in (production). */
export async function demoPersonas(): Promise<DemoPersona[] | null> {
  const res = await fetch('/aanmelden/demo', { credentials: 'same-origin' });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`De persona's konden niet worden geladen (HTTP ${res.status})`);
  return (await res.json()) as DemoPersona[];
}

export async function meldAanAls(persona: string): Promise<void> {
  const res = await fetch('/aanmelden/demo', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) });
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { fout?: string }).fout ?? `Aanmelden mislukt (HTTP ${res.status})`);
}

export async function meldAf(): Promise<void> {
  await fetch('/afmelden', { method: 'POST', credentials: 'same-origin' });
}

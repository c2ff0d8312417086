/** Who is signed in (the gateway's session), and the doelen the policy lets them declare. */
export interface Aangemeld {
  sub: string;
  /** The professional's name as the registry knows it (null for a household member, or someone it does not list). */
  naam: string | null;
  organisatie: string | null;
  team: string | null;
  rol: string;
  doelen: Array<{ naam: string; omschrijving: string; vormen: string[] }>;
  /** The doel the page opens on: one that reaches this professional's households. */
  voorkeursdoel: string | null;
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

/** An identity provider one may sign in through; the sign-in itself is a page navigation, never a fetch. */
export interface OidcAanmelder {
  id: string;
  naam: string;
}

/** The identity providers this gateway signs in through (none: no such door). */
export async function oidcAanmelders(): Promise<OidcAanmelder[]> {
  const res = await fetch('/aanmelden/oidc', { credentials: 'same-origin' });
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`De aanmeldmogelijkheden konden niet worden geladen (HTTP ${res.status})`);
  return (await res.json()) as OidcAanmelder[];
}

/** What the gateway's `/?aanmeldfout=` code means, in words for the one who tried. */
const AANMELDFOUTEN: Record<string, string> = {
  onbekend: 'Deze manier van aanmelden bestaat niet (meer). Kies een van de mogelijkheden hieronder.',
  onbereikbaar: 'De aanmeldvoorziening van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
  verlopen: 'De aanmelding is verlopen of niet in deze browser begonnen. Probeer het opnieuw.',
  geweigerd: 'De aanmelding is bij uw organisatie afgebroken of geweigerd.',
  mislukt: 'De aanmelding kon niet worden afgerond. Probeer het opnieuw.',
  'niet-toegelaten': 'Uw organisatie heeft u aangemeld, maar het netwerkdossier accepteert deze aanmelding niet. Neem contact op met uw beheerder.',
};

/** The message of a failed sign-in the gateway redirected back with, once: the code is taken off the address. */
export function aanmeldfout(): string | null {
  const code = new URLSearchParams(window.location.search).get('aanmeldfout');
  if (code === null) return null;
  window.history.replaceState(null, '', window.location.pathname);
  return AANMELDFOUTEN[code] ?? 'Aanmelden is mislukt. Probeer het opnieuw.';
}

export async function meldAanAls(persona: string): Promise<void> {
  const res = await fetch('/aanmelden/demo', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) });
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { fout?: string }).fout ?? `Aanmelden mislukt (HTTP ${res.status})`);
}

export async function meldAf(): Promise<void> {
  await fetch('/afmelden', { method: 'POST', credentials: 'same-origin' });
}

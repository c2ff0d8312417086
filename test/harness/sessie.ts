/** The session cookie (`naam=waarde`) of a demo persona signed in to the web app at `basis` (POST /aanmelden/demo). */
export async function sessieCookie(basis: string, persona: string): Promise<string> {
  const res = await fetch(new URL('/aanmelden/demo', basis), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) });
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

import { useEffect, useState } from 'react';

/** GETs one of the gateway's own JSON routes with the session; its Dutch `fout` (or `melding`) when refused. */
export function useJson<T>(pad: string, melding: string): { waarde: T | null; fout: string | null } {
  const [waarde, setWaarde] = useState<T | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  useEffect(() => {
    fetch(pad, { credentials: 'same-origin' })
      .then(async (r) => (r.ok ? setWaarde((await r.json()) as T) : setFout(((await r.json().catch(() => ({}))) as { fout?: string }).fout ?? melding)))
      .catch(() => setFout(melding));
  }, [pad, melding]);
  return { waarde, fout };
}

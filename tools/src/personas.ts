import { demoHuishouden, PROFESSIONALS } from '@netwerkdossier/shared';
import { Client } from 'pg';

/**
 * The household member persona: the first ouder with gezag over a child who gave toestemming (a duo
 * household), so that every part of the household member's screen has something to show.
 */
export function ouderPersona(seed: string, aantal: number): { persoonId: string; huishoudenId: string } {
  for (let i = 0; i < aantal; i++) {
    const h = demoHuishouden(seed, i);
    const ouder = h.gezag.map((g) => g.gezaghebbende).find((id) => h.toestemmingen.some((t) => t.persoon === id));
    if (ouder) return { persoonId: ouder, huishoudenId: h.id };
  }
  throw new Error('De demowereld heeft geen ouder met gezag die toestemming gaf');
}

/** For each documented persona, the households it is involved with, read from the netwerk registry. */
export async function personaOverzicht(netwerkDatabaseUrl: string): Promise<Array<{ sub: string; persona: string; doel: string; huishoudens: string[] }>> {
  const db = new Client({ connectionString: netwerkDatabaseUrl });
  await db.connect();
  try {
    const personas = PROFESSIONALS.filter((p) => p.persona);
    const { rows } = await db.query<{ professional: string; huishoudens: string[] }>(
      'SELECT professional, array_agg(DISTINCT huishouden_id::text) AS huishoudens FROM betrokkenheid WHERE professional = ANY($1) GROUP BY professional',
      [personas.map((p) => p.sub)],
    );
    return personas.map((p) => ({ sub: p.sub, persona: p.persona!, doel: p.doel ?? '', huishoudens: rows.find((r) => r.professional === p.sub)?.huishoudens ?? [] }));
  } finally {
    await db.end();
  }
}

/** A household member persona for the sign-in page: who, in words, and their pseudonym. */
export interface Gezinspersona {
  sub: string;
  naam: string;
  omschrijving: string;
}

/**
 * The household member personas beside `ouderPersona`, for consent the family gives itself: both parents
 * with gezag over a child of 13 (whose consent needs all three) in a duo household, that child, and a
 * youth of 17 who decides alone. Ages as this year counts them, like the gateway.
 */
export function gezinPersonas(seed: string, aantal: number, nu = new Date()): Gezinspersona[] {
  const leeftijd = (p: { geboortejaar: number }) => nu.getUTCFullYear() - p.geboortejaar;
  const wereld = Array.from({ length: aantal }, (_, i) => demoHuishouden(seed, i));
  const personas: Gezinspersona[] = [];
  for (const h of wereld.filter((x) => x.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team'))) {
    const gezag = (kind: { id: string }) => h.gezag.filter((g) => g.kind === kind.id).map((g) => g.gezaghebbende);
    const kind = h.leden.find((p) => p.rol === 'kind' && leeftijd(p) === 13 && gezag(p).length === 2 && gezag(p).every((id) => h.leden.some((l) => l.id === id)));
    if (!kind) continue;
    const [a, b] = gezag(kind);
    personas.push(
      { sub: a, naam: 'Ouder A', omschrijving: 'een ouder met gezag over een kind van 13 (gezinslid)' },
      { sub: b, naam: 'Ouder B', omschrijving: 'de andere ouder met gezag over dat kind (gezinslid)' },
      { sub: kind.id, naam: 'Kind van 13', omschrijving: 'dat kind zelf (gezinslid)' },
    );
    break;
  }
  const jongere = wereld.flatMap((h) => h.leden).find((p) => p.rol === 'kind' && leeftijd(p) === 17);
  if (jongere) personas.push({ sub: jongere.id, naam: 'Jongere van 17', omschrijving: 'een jongere die zelf beslist (gezinslid)' });
  return personas;
}

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

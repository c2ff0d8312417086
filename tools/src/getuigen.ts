import { readFile } from 'node:fs/promises';

import type { Getuigenis } from '@netwerkdossier/netwerk';
import { Checkpoint, GetuigdCheckpoint, SUBGRAPHS } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { databaseUrlVan } from './omgeving';

/** The witnesses audit:verify reads, and those it could not (named, with why). */
export interface Getuigen {
  getuigenissen: Getuigenis[];
  onleesbaar: Array<{ getuige: string; reden: string }>;
}

/** Every partner's witnessed checkpoints, from its own database (<SERVICE>_DATABASE_URL, else `npm start`'s). */
async function uitDatabase(url: string): Promise<Checkpoint[]> {
  const dataSource = new DataSource({ type: 'postgres', url, entities: [GetuigdCheckpoint] });
  await dataSource.initialize();
  try {
    return await dataSource.getRepository(GetuigdCheckpoint).find({ order: { volgnummer: 'ASC' } });
  } finally {
    await dataSource.destroy();
  }
}

/** The write-once file's checkpoints (JSON lines as the gateway appends them). */
async function uitBestand(bestand: string): Promise<Checkpoint[]> {
  const regels = (await readFile(bestand, 'utf8')).split('\n').filter((r) => r.trim() !== '');
  return regels.map((r, i) => {
    const c = JSON.parse(r) as { volgnummer?: unknown; hash?: unknown; tijdstip?: unknown; kid?: unknown; handtekening?: unknown };
    if (typeof c.volgnummer !== 'number' || typeof c.hash !== 'string' || typeof c.tijdstip !== 'string' || typeof c.kid !== 'string' || typeof c.handtekening !== 'string') {
      throw new Error(`regel ${i + 1} is geen checkpoint`);
    }
    return { volgnummer: c.volgnummer, hash: c.hash, tijdstip: new Date(c.tijdstip), kid: c.kid, handtekening: c.handtekening };
  });
}

/** Reads every witness: each partner's database and, when TOEGANGSLOG_CHECKPOINT_BESTAND is set, that file. */
export async function leesGetuigen(bestand = process.env.TOEGANGSLOG_CHECKPOINT_BESTAND || undefined): Promise<Getuigen> {
  const uit: Getuigen = { getuigenissen: [], onleesbaar: [] };
  const bronnen: Array<[string, () => Promise<Checkpoint[]>]> = SUBGRAPHS.filter((n) => n !== 'netwerk').map((naam) => [naam, () => uitDatabase(databaseUrlVan(naam))]);
  if (bestand) bronnen.push([`bestand ${bestand}`, () => uitBestand(bestand)]);
  for (const [getuige, lees] of bronnen) {
    try {
      uit.getuigenissen.push({ getuige, checkpoints: await lees() });
    } catch (fout) {
      uit.onleesbaar.push({ getuige, reden: (fout as Error).message });
    }
  }
  return uit;
}

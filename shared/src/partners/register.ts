import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';

import { PARTNER_SCHEMA } from './schema';
import { PartnerVermelding } from './vermelding';

/** The folder whose subfolders are the subgraphs; a subfolder with a `partner.json` is a partner. */
export const SUBGRAPHS_MAP = path.resolve(__dirname, '..', '..', '..', 'subgraphs');

/** The file that makes a subgraph folder a partner. */
export const PARTNER_BESTAND = 'partner.json';

/** Ports the network itself uses; a partner cannot take them. */
export const VASTE_POORTEN = { gateway: 4000, netwerk: 4001, uitgever: 4100 } as const;

const valideer = new Ajv({ allErrors: true, strict: false }).compile<PartnerVermelding>(PARTNER_SCHEMA);

/** A registry that cannot be read: names every file and field that is wrong, so a partner can fix its folder. */
export class PartnerregisterFout extends Error {
  constructor(readonly fouten: readonly string[]) {
    super(`Het partnerregister klopt niet:\n${fouten.map((f) => `  - ${f}`).join('\n')}`);
  }
}

/** Reads and checks every `<map>/<naam>/partner.json`, sorted by port (the order services start and compose in). */
export function leesPartners(map: string = SUBGRAPHS_MAP): readonly PartnerVermelding[] {
  const fouten: string[] = [];
  const partners: PartnerVermelding[] = [];
  for (const folder of readdirSync(map, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const bestand = path.join(map, folder, PARTNER_BESTAND);
    if (!existsSync(bestand)) continue;
    const waar = path.relative(path.resolve(map, '..'), bestand);
    let inhoud: unknown;
    try {
      inhoud = JSON.parse(readFileSync(bestand, 'utf8'));
    } catch (e) {
      fouten.push(`${waar}: geen geldige JSON (${(e as Error).message})`);
      continue;
    }
    if (!valideer(inhoud)) {
      fouten.push(...(valideer.errors ?? []).map((f) => `${waar}${f.instancePath || ''}: ${f.message ?? 'ongeldig'}`));
      continue;
    }
    if (inhoud.naam !== folder) fouten.push(`${waar}: naam "${inhoud.naam}" moet gelijk zijn aan de map "${folder}"`);
    partners.push(inhoud);
  }
  fouten.push(...dubbel(partners));
  if (fouten.length) throw new PartnerregisterFout(fouten);
  return partners.sort((a, b) => a.poort - b.poort);
}

/** Ports and professionals must be unique across the whole network. */
function dubbel(partners: readonly PartnerVermelding[]): string[] {
  const fouten: string[] = [];
  const poorten = new Map<number, string>(Object.entries(VASTE_POORTEN).map(([naam, poort]) => [poort, naam]));
  const subs = new Map<string, string>();
  for (const p of partners) {
    const al = poorten.get(p.poort);
    if (al) fouten.push(`${p.naam}: poort ${p.poort} is al van ${al}`);
    poorten.set(p.poort, p.naam);
    for (const prof of p.professionals) {
      const van = subs.get(prof.sub);
      if (van) fouten.push(`${p.naam}: professional "${prof.sub}" staat ook bij ${van}`);
      subs.set(prof.sub, p.naam);
    }
  }
  return fouten;
}

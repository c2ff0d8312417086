import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Beleid, beleidUitBestanden, STANDAARD_POLICIES } from '@netwerkdossier/shared';

import type { Beslissingscontext, ContextPersoon, ContextToestemming, Vrager } from '../../gateway/src/beslissing/context';

/** The checked-in policy files, by name: change one and load them with `beleidMet`. */
export const BESTANDEN: Record<string, string> = Object.fromEntries(
  readdirSync(STANDAARD_POLICIES).filter((b) => b.endsWith('.yaml')).map((b) => [b, readFileSync(path.join(STANDAARD_POLICIES, b), 'utf8')]),
);

/** The shipped policy, or one with some files replaced (validated exactly as the gateway loads it). */
export function beleidMet(vervangen: Record<string, string> = {}): Beleid {
  return beleidUitBestanden({ ...BESTANDEN, ...vervangen });
}

export const HUISHOUDEN = '00000000-0000-4000-8000-000000000100';
/** Pseudonyms by role, stable across tests. */
export const ID = {
  kind: '00000000-0000-4000-8000-000000000001',
  moeder: '00000000-0000-4000-8000-000000000002',
  vader: '00000000-0000-4000-8000-000000000003',
  ander: '00000000-0000-4000-8000-000000000004',
} as const;

export const DUO: Vrager = { sub: 'vt-duo', organisatie: 'veilig-thuis', team: 'Team Oost', rol: 'professional' };

/** A household of a child (born in `geboortejaar`) with two parents, both with gezag. */
export function gezin(geboortejaar: number | null, extra: Partial<Beslissingscontext> = {}): Beslissingscontext {
  const personen: ContextPersoon[] = [
    { id: ID.kind, geboortejaar, rol: 'kind', gezaghebbenden: [ID.moeder, ID.vader], beschermd: false },
    { id: ID.moeder, geboortejaar: 1985, rol: 'ouder', gezaghebbenden: [], beschermd: false },
    { id: ID.vader, geboortejaar: 1983, rol: 'ouder', gezaghebbenden: [], beschermd: false },
  ];
  return { huishoudenId: HUISHOUDEN, personen, betrokkenheden: [], toestemmingen: [], doorbraken: [], ...extra };
}

let volgnummer = 0;
/** A valid consent for the DUO caller, doel gezamenlijk-plan, category gezondheid, running since 2026-01-01; override what a test is about. */
export function toestemming(persoonId: string, gegevenDoor: string[], extra: Partial<ContextToestemming> = {}): ContextToestemming {
  volgnummer++;
  return {
    id: `00000000-0000-4000-8000-${String(900000 + volgnummer).padStart(12, '0')}`, persoonId, gegevenDoor, ontvangerOrganisatie: DUO.organisatie!, ontvangerTeam: null, ontvangerProfessional: null,
    categorieen: ['gezondheid'], doel: 'gezamenlijk-plan', geldigVanaf: '2026-01-01', geldigTot: null, ingetrokkenOp: null, ...extra,
  };
}

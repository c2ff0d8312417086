import { demoHuishouden } from '@netwerkdossier/shared';

import { TEST_SEED } from './netwerk';

/**
 * A household of the test world (of `aantal` households) known by four partners, and the jeugdbeschermer whose
 * maatregel shows him most of it, not the melder: every partner's part in one view, for tests of how those parts reach it.
 */
export function huishoudenVanJeugdbeschermer(aantal: number) {
  const huishouden = Array.from({ length: aantal }, (_, i) => demoHuishouden(TEST_SEED, i)).find((h) => h.bekendBij.size === 4)!;
  const jeugdbeschermer = huishouden.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;
  return { huishouden, jeugdbeschermer, doel: 'uitvoering-maatregel' };
}

/** That household's netwerkdossier, with a part of every partner. */
export const NETWERKDOSSIER = /* GraphQL */ `
  query Netwerkdossier($id: ID!) {
    huishouden(id: $id) {
      id
      leden { id personalia { voornaam } gezondheid { notitie } }
      gezinsplan { vastgesteldOp }
      meldingen { aard melder { naam } }
      maatregelen { soort betreft { id } }
      beschermingsonderzoeken { onderzoeker }
    }
  }
`;

/** What a test reads of NETWERKDOSSIER's answer. */
export interface Dossier {
  leden: Array<{ id: string; personalia: { voornaam: string } | null }>;
  gezinsplan: unknown;
  meldingen: Array<{ aard: string; melder: unknown }>;
  maatregelen: unknown[];
  beschermingsonderzoeken: unknown[];
}

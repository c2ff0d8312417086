import path from 'node:path';

import { netwerk } from '@netwerkdossier/netwerk';
import { PARTNER_NAMEN, SubgraphDefinitie, SUBGRAPHS_MAP } from '@netwerkdossier/shared';

/**
 * A registered partner's subgraph definition, from its built folder (`subgraphs/<naam>`, its package's
 * `main`): the export whose `naam` is the partner's. Loaded by path, so a new partner's folder is enough.
 */
function laadPartner(naam: string): SubgraphDefinitie {
  const module = require(path.join(SUBGRAPHS_MAP, naam)) as Record<string, unknown>;
  const definitie = Object.values(module).find((w): w is SubgraphDefinitie => typeof w === 'object' && w !== null && (w as SubgraphDefinitie).naam === naam);
  if (!definitie) throw new Error(`subgraphs/${naam} exporteert geen subgraph met naam "${naam}" (definieerPartner({ naam: '${naam}', … }))`);
  return definitie;
}

/** Every subgraph definition by name, for the development tools that run the whole network. */
export const SUBGRAPH_DEFINITIES: Readonly<Record<string, SubgraphDefinitie>> = {
  netwerk,
  ...Object.fromEntries(PARTNER_NAMEN.map((naam) => [naam, laadPartner(naam)])),
};

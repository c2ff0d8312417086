import { gi } from '@netwerkdossier/gi';
import { lokaalTeam } from '@netwerkdossier/lokaal-team';
import { netwerk } from '@netwerkdossier/netwerk';
import { raad } from '@netwerkdossier/raad';
import { ServiceNaam, SubgraphDefinitie } from '@netwerkdossier/shared';
import { veiligThuis } from '@netwerkdossier/veilig-thuis';

/** All five subgraph definitions by name, for the development tools that run the whole network. */
export const SUBGRAPH_DEFINITIES: Record<ServiceNaam, SubgraphDefinitie> = {
  netwerk,
  'lokaal-team': lokaalTeam,
  'veilig-thuis': veiligThuis,
  gi,
  raad,
};

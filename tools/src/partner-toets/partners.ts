import { SUBGRAPHS } from '@netwerkdossier/shared';

/**
 * The partners the kit knows by name: the audiences it tries when none is given, and the "other partner"
 * whose grant a partner must refuse. The one list the kit and its tests read.
 */
// TODO: derive from the partner registry once it replaces SUBGRAPHS (netwerk is the registry, no partner)
export const PARTNERS: readonly string[] = SUBGRAPHS.filter((naam) => naam !== 'netwerk');

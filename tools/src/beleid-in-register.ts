import { leesBeleidInWerking, rooster } from '@netwerkdossier/netwerk';
import { Beleid, laadBeleid, STANDAARD_POLICIES } from '@netwerkdossier/shared';
import { DataSource } from 'typeorm';

import { databaseUrlVan } from './omgeving';

/**
 * The policy version in force, from netwerk's registry as the gateways decide under it (the files in
 * policies/ are only its first version and an export format): for the audit commands' retention terms.
 * Until netwerk first started on the registry, the files (POLICIES_DIR, else policies/) are that version.
 */
export async function beleidInRegister(rol: 'dienst' | 'bewaartaak' = 'dienst'): Promise<Beleid> {
  const netwerk = await new DataSource({ type: 'postgres', url: databaseUrlVan('netwerk', rol) }).initialize();
  try {
    // a registry netwerk never started on holds no version yet: its first will be the files
    if ((await rooster(netwerk)).length === 0) return await laadBeleid(process.env.POLICIES_DIR ?? STANDAARD_POLICIES);
    return await leesBeleidInWerking(netwerk);
  } finally {
    await netwerk.destroy();
  }
}

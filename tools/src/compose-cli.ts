import { writeFile } from 'node:fs/promises';

import { composeSupergraph } from '@netwerkdossier/gateway';
import { STANDAARD_SUPERGRAPH, SUBGRAPHS } from '@netwerkdossier/shared';

import { SUBGRAPH_DEFINITIES } from './subgraphs';

/** `npm run compose`: writes the checked-in supergraph from the five subgraphs. */
async function main(): Promise<void> {
  const sdl = await composeSupergraph(SUBGRAPHS.map((naam) => SUBGRAPH_DEFINITIES[naam]));
  await writeFile(STANDAARD_SUPERGRAPH, sdl);
  console.log(`Supergraph geschreven naar ${STANDAARD_SUPERGRAPH}`);
}

main().catch((fout: unknown) => {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
});

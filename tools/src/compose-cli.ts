import { writeFile } from 'node:fs/promises';

import { composeSupergraph, SUPERGRAPH_PAD } from '@netwerkdossier/gateway';
import { SUBGRAPHS } from '@netwerkdossier/shared';

import { SUBGRAPH_DEFINITIES } from './subgraphs';

/** `npm run compose`: writes the checked-in supergraph from the five subgraphs. */
async function main(): Promise<void> {
  const sdl = await composeSupergraph(SUBGRAPHS.map((naam) => SUBGRAPH_DEFINITIES[naam]));
  await writeFile(SUPERGRAPH_PAD, sdl);
  console.log(`Supergraph geschreven naar ${SUPERGRAPH_PAD}`);
}

main().catch((fout: unknown) => {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
});

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { Beleid, laadBeleid, STANDAARD_POLICIES } from '@netwerkdossier/shared';

let bewaard: { vingerafdruk: string; beleid: Promise<Beleid> } | undefined;

/**
 * The policy in force, as laadBeleid reads it from POLICIES_DIR, read again only when a file in that
 * folder changed (name, size or modification time): reading and validating it costs far more than a
 * household member's request, which asks for it several times.
 */
export async function huidigBeleid(): Promise<Beleid> {
  const map = process.env.POLICIES_DIR ?? STANDAARD_POLICIES;
  const namen = (await readdir(map)).sort();
  const vingerafdruk = `${map}|${(await Promise.all(namen.map(async (n) => {
    const s = await stat(path.join(map, n));
    return `${n}:${s.size}:${s.mtimeMs}`;
  }))).join('|')}`;
  if (bewaard?.vingerafdruk !== vingerafdruk) {
    const beleid = laadBeleid(map);
    bewaard = { vingerafdruk, beleid };
    // a policy that does not load is never kept: the next request reads it again
    beleid.catch(() => {
      if (bewaard?.beleid === beleid) bewaard = undefined;
    });
  }
  return bewaard.beleid;
}

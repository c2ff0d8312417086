import { GETUIGE } from '@netwerkdossier/shared';

import { beoordeel, Uitslag } from './eisen';
import { beschrijf, getuigeVerzoek, Partnerverbinding } from './verbinding';

/**
 * Requirement group 5: the partner witnesses the toegangslog's checkpoints. The kit sends no real
 * checkpoint (the partner would keep it for good, and audit:verify would then name it): it shows that the
 * door is there and checks what comes in (a non-checkpoint under the gateway's own grant gets 400), and
 * that nobody but the gateway gets through it.
 */
export async function toetsGetuige(verbinding: Partnerverbinding): Promise<Uitslag[]> {
  const eigen = await verbinding.getuige(['geen-checkpoint'], (await verbinding.grant(getuigeVerzoek(['geen-checkpoint']), { intern: GETUIGE, audit: undefined })).token);
  const deur = eigen.status === 400 ? [] : [`met de eigen grant van de gateway en iets dat geen checkpoint is: ${beschrijf(eigen)} (verwacht 400)`];
  const binnen: string[] = [];
  for (const [naam, grant] of await verbinding.nietVanDeGateway(GETUIGE, getuigeVerzoek(['geen-checkpoint']))) {
    const a = await verbinding.getuige(['geen-checkpoint'], grant);
    if (a.status !== 401 && a.status !== 403) binnen.push(`${naam}: ${beschrijf(a)} (verwacht 401 of 403)`);
  }
  return [beoordeel('5.1', deur), beoordeel('5.2', binnen)];
}

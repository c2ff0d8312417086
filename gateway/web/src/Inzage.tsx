import { useState } from 'react';

import { Deling } from './gezin/Deling';
import { Mdo } from './gezin/Mdo';
import { Toestemmingen } from './gezin/Toestemmingen';
import { WieZag } from './gezin/WieZag';

/**
 * A household member's screen: what is shared about them and with whom, their toestemmingen (revocable),
 * who saw their data, and the MDO adviezen and besluiten about their household.
 */
export function Inzage() {
  // a revocation changes what is shared: the sharing list reloads
  const [versie, setVersie] = useState(0);
  return (
    <>
      <Deling versie={versie} />
      <Toestemmingen onIngetrokken={() => setVersie((v) => v + 1)} />
      <WieZag />
      <Mdo />
    </>
  );
}

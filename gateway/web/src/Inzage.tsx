import './gezin/gezin.css';

import { useState } from 'react';

import { Deling } from './gezin/Deling';
import { Mdo } from './gezin/Mdo';
import { Toestemmingen } from './gezin/Toestemmingen';
import { Vragen } from './gezin/Vragen';
import { WieZag } from './gezin/WieZag';

/**
 * A household member's screen: what is shared about them and with whom, their toestemmingen (revocable),
 * who saw their data, and the MDO adviezen and besluiten about their household.
 */
export function Inzage() {
  // a revocation changes what is shared: the sharing list reloads
  const [versie, setVersie] = useState(0);
  return (
    <div className="nd-gezin">
      <Deling versie={versie} />
      <Vragen onVeranderd={() => setVersie((v) => v + 1)} />
      <Toestemmingen onIngetrokken={() => setVersie((v) => v + 1)} />
      <WieZag />
      <Mdo />
    </div>
  );
}

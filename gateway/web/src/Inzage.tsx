import './gezin/gezin.css';

import { useState } from 'react';

import { Deling } from './gezin/Deling';
import { Mdo } from './gezin/Mdo';
import { Plan } from './gezin/Plan';
import { Toestemmingen } from './gezin/Toestemmingen';
import { Vragen } from './gezin/Vragen';
import { Onderwerp, Verzoeken } from './gezin/Verzoeken';
import { WieZag } from './gezin/WieZag';

/**
 * A household member's screen: their household's plan, what is shared about them and with whom, the
 * consent they give, ask and answer themselves, the toestemmingen professionals registered (revocable),
 * who saw their data, and the MDO adviezen and besluiten about their household.
 */
export function Inzage() {
  // a revocation changes what is shared: the sharing list reloads
  const [versie, setVersie] = useState(0);
  // an access the member objects to fills in the request form
  const [onderwerp, setOnderwerp] = useState<Onderwerp | null>(null);
  return (
    <div className="nd-gezin">
      <Plan />
      <Deling versie={versie} />
      <Vragen onVeranderd={() => setVersie((v) => v + 1)} />
      <Toestemmingen onIngetrokken={() => setVersie((v) => v + 1)} />
      <WieZag onBezwaar={setOnderwerp} />
      <Verzoeken onderwerp={onderwerp} />
      <Mdo />
    </div>
  );
}

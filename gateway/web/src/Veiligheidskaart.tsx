import { Paragraph } from '@utrecht/component-library-react';

import { Afgeschermd } from './Afgeschermd';
import { datum } from './datum';
import type { Extensions } from './Deel';
import { Delen, Tekstdeel } from './Delen';
import { afgeschermdOp } from './graphql';
import { Lid } from './leden';

const PAD = 'huishouden.veiligheidskaart';

/** Veilig Thuis's Veiligheidskaart: its own fields are the household's, each afspraak is decided for whom it concerns. */
export interface Veiligheidskaart { bijgewerktOp?: string | null; situatie?: string | null; veiligheidsafspraken: Tekstdeel[] }

/** The situation (or why it is withheld) and each veiligheidsafspraak, or whose it is where it is withheld. */
export function VeiligheidskaartInhoud({ kaart, extensions, leden }: { kaart: Veiligheidskaart; extensions: Extensions; leden: Lid[] }) {
  return (
    <>
      <Paragraph>
        {kaart.situatie && kaart.bijgewerktOp ? `${kaart.situatie} (bijgewerkt ${datum(kaart.bijgewerktOp)})` : <Afgeschermd items={afgeschermdOp(extensions, `${PAD}.situatie`)} />}
      </Paragraph>
      <Delen naam="Veiligheidsafspraken" delen={kaart.veiligheidsafspraken} extensions={extensions} leden={leden} pad={`${PAD}.veiligheidsafspraken`} tekst={(a) => a.tekst} />
    </>
  );
}

import { Paragraph } from '@utrecht/component-library-react';

import { Afgeschermd } from './Afgeschermd';
import { datum } from './datum';
import type { Extensions } from './Deel';
import { Delen, Tekstdeel } from './Delen';
import { afgeschermdVoor } from './graphql';
import { Lid } from './leden';

const PAD = 'huishouden.top3';

/** One Top3 moment: its date and veiligheidscijfer are the household's (absent or null where withheld), each zorg and kracht is decided for whom it concerns. */
export interface Top3Moment { datum?: string | null; zorgen: Tekstdeel[]; krachten: Tekstdeel[]; veiligheidscijfer?: number | null }

/** Why a moment's own field is withheld: said for the moment, or for all moments when it was not even asked for. */
export function top3Afgeschermd(extensions: Extensions, i: number, veld: string, leden: Lid[]) {
  return afgeschermdVoor(extensions, PAD, i, veld, leden.map((l) => l.id));
}

const NAAM = { zorgen: 'Zorgen', krachten: 'Krachten' } as const;

/** The zorgen or krachten of moment `i` (`bij` says which moment to a screen reader): each part, or whose it is and why it is withheld. */
export function Top3Delen({ moment, i, soort, extensions, leden, bij, leeg }: {
  moment: Top3Moment; i: number; soort: keyof typeof NAAM; extensions: Extensions; leden: Lid[]; bij: string; leeg: string;
}) {
  return <Delen naam={`${NAAM[soort]}${bij}`} delen={moment[soort]} extensions={extensions} leden={leden} pad={`${PAD}.${i}.${soort}`} tekst={(z) => z.tekst} leeg={leeg} />;
}

/** The latest Top3 (the gateway gives them oldest first): its veiligheidscijfer and date, or why they are withheld, and its zorgen and krachten. */
export function LaatsteTop3({ top3, extensions, leden }: { top3: Top3Moment[]; extensions: Extensions; leden: Lid[] }) {
  const i = top3.length - 1;
  const laatste = top3[i];
  const cijfer = typeof laatste.veiligheidscijfer === 'number' ? `Veiligheidscijfer ${laatste.veiligheidscijfer}` : 'Veiligheidscijfer afgeschermd';
  return (
    <>
      <Paragraph>{laatste.datum ? `${cijfer} (${datum(laatste.datum)}).` : <Afgeschermd items={top3Afgeschermd(extensions, i, 'datum', leden)} />}</Paragraph>
      <Top3Delen moment={laatste} i={i} soort="zorgen" extensions={extensions} leden={leden} bij="" leeg="Geen zorgen." />
      <Top3Delen moment={laatste} i={i} soort="krachten" extensions={extensions} leden={leden} bij="" leeg="Geen krachten." />
    </>
  );
}

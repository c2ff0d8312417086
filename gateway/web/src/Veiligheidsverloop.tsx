import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

import { datum } from './datum';
import type { Extensions } from './Deel';
import { Lid } from './leden';
import { Schuiftabel } from './Tijdlijn';
import { Top3Delen, Top3Moment } from './Top3';

const B = 320;
const H = 120;
const MARGE = 24;

/**
 * The veiligheidscijfer over time as a small line chart (0–10), and the same in words and as a table with each
 * moment's zorgen and krachten (each part, or whose it is where withheld), so it reads without the picture too.
 * The gateway gives the moments oldest first; a moment whose own fields are withheld has no place in the chart.
 */
export function Veiligheidsverloop({ top3, extensions, leden }: { top3: Top3Moment[]; extensions: Extensions; leden: Lid[] }) {
  const met = top3.filter((t): t is Top3Moment & { datum: string; veiligheidscijfer: number } => typeof t.veiligheidscijfer === 'number' && !!t.datum);
  const x = (i: number) => MARGE + (met.length === 1 ? (B - 2 * MARGE) / 2 : (i * (B - 2 * MARGE)) / (met.length - 1));
  const y = (c: number) => H - MARGE / 2 - (c / 10) * (H - MARGE);
  const inWoorden = met.length
    ? `Veiligheidscijfer door de tijd: ${met.map((t) => `${t.veiligheidscijfer} op ${datum(t.datum)}`).join(', ')}.`
    : 'Geen veiligheidscijfer te zien.';
  return (
    <div className="nd-verloop">
      {met.length > 0 && (
        <figure className="nd-grafiek">
          <svg viewBox={`0 0 ${B} ${H}`} role="img" aria-label={inWoorden}>
            {[0, 5, 10].map((c) => (
              <g key={c}>
                <line x1={MARGE} x2={B - MARGE / 2} y1={y(c)} y2={y(c)} className="nd-grafiek-lijn" />
                <text x={2} y={y(c) + 4} className="nd-grafiek-as">{c}</text>
              </g>
            ))}
            <polyline points={met.map((t, i) => `${x(i)},${y(t.veiligheidscijfer)}`).join(' ')} className="nd-grafiek-verloop" />
            {met.map((t, i) => <circle key={t.datum + i} cx={x(i)} cy={y(t.veiligheidscijfer)} r={4} className="nd-grafiek-punt" />)}
          </svg>
          <figcaption><Paragraph>{inWoorden}</Paragraph></figcaption>
        </figure>
      )}
      <Schuiftabel naam="Top3 door de tijd">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Datum</TableHeaderCell>
              <TableHeaderCell scope="col">Veiligheidscijfer</TableHeaderCell>
              <TableHeaderCell scope="col">Zorgen</TableHeaderCell>
              <TableHeaderCell scope="col">Krachten</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {top3.map((t, i) => ({ t, i })).reverse().map(({ t, i }) => {
              const deel = { moment: t, i, extensions, leden, bij: t.datum ? ` op ${datum(t.datum)}` : ` bij moment ${i + 1}`, leeg: 'geen' };
              return (
                <TableRow key={i}>
                  <TableCell className="nd-datum">{datum(t.datum)}</TableCell>
                  <TableCell>{t.veiligheidscijfer ?? 'afgeschermd'}</TableCell>
                  <TableCell><Top3Delen soort="zorgen" {...deel} /></TableCell>
                  <TableCell><Top3Delen soort="krachten" {...deel} /></TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Schuiftabel>
    </div>
  );
}

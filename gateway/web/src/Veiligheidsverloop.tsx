import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

import { datum } from './datum';
import { Schuiftabel } from './Tijdlijn';

export interface Top3Moment { datum: string; zorgen: string[]; krachten: string[]; veiligheidscijfer: number | null }

const B = 320;
const H = 120;
const MARGE = 24;

/**
 * The veiligheidscijfer over time as a small line chart (0–10), and the same in words and as a table with each
 * moment's zorgen and krachten, so it reads without the picture too.
 */
export function Veiligheidsverloop({ top3 }: { top3: Top3Moment[] }) {
  const oplopend = [...top3].sort((a, b) => a.datum.localeCompare(b.datum));
  const met = oplopend.filter((t): t is Top3Moment & { veiligheidscijfer: number } => t.veiligheidscijfer !== null);
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
            {[...oplopend].reverse().map((t, i) => (
              <TableRow key={i}>
                <TableCell className="nd-datum">{datum(t.datum)}</TableCell>
                <TableCell>{t.veiligheidscijfer ?? 'afgeschermd'}</TableCell>
                <TableCell>{t.zorgen.join('; ') || 'geen'}</TableCell>
                <TableCell>{t.krachten.join('; ') || 'geen'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Schuiftabel>
    </div>
  );
}

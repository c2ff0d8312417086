import { Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Fragment, type ReactNode } from 'react';

import { Afgeschermd } from './Afgeschermd';
import { datum } from './datum';
import type { Extensions } from './Deel';
import { onbereikbaar } from './Deel';
import { DeelTekst } from './Delen';
import { Afgeschermd as Item, afgeschermdOp } from './graphql';
import { PARTNERS } from './partners';
import { tijdlijn, TIJDLIJN_DELEN, Tijdlijnbron } from './tijdlijn';

/** A wide table that scrolls within itself on a narrow screen, so the page never does; reachable by keyboard. */
export function Schuiftabel({ naam, children }: { naam: string; children: ReactNode }) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline" role="region" aria-label={naam} tabIndex={0}>
      {children}
    </div>
  );
}

/** The part of the timeline a withheld item falls under: the most specific (`gezinsplan.versies` before `gezinsplan`). */
function deelVan(a: Item): string | undefined {
  const onder = (deel: string) => a.pad === `huishouden.${deel}` || a.pad.startsWith(`huishouden.${deel}.`);
  return Object.keys(TIJDLIJN_DELEN).filter(onder).sort((x, y) => y.length - x.length)[0];
}

/**
 * Whether a withheld item keeps an event off the timeline: the record itself or its own fields (`meldingen`,
 * `top3.2.datum`, `gezinsplan.vastgesteldOp`, `gezinsplan.versies.1.vastgesteldOp`), not a part within it,
 * which is said where the part is shown.
 */
function raaktTijdlijn(a: Item, deel: string): boolean {
  const rest = a.pad.slice(`huishouden.${deel}`.length).split('.').filter(Boolean);
  return rest.filter((s) => !/^\d+$/.test(s)).length <= 1;
}

/** One timeline over all partners, newest first; what is withheld of it, or out of reach, is said below it. */
export function Tijdlijn({ d, extensions, kop = 'Tijdlijn' }: { d: Tijdlijnbron; extensions: Extensions; kop?: string }) {
  const gebeurtenissen = tijdlijn(d);
  const afgeschermdeDelen = Object.entries(TIJDLIJN_DELEN)
    .map(([deel, naam]) => ({ naam, items: afgeschermdOp(extensions, `huishouden.${deel}`).filter((a) => deelVan(a) === deel && raaktTijdlijn(a, deel)) }))
    .filter((x) => x.items.length > 0);
  const weg = onbereikbaar(extensions);
  return (
    <section aria-labelledby="tijdlijn-kop">
      <Heading3 id="tijdlijn-kop">{kop}</Heading3>
      {gebeurtenissen.length === 0 && afgeschermdeDelen.length === 0 && <Paragraph>Nog niets vastgelegd.</Paragraph>}
      {gebeurtenissen.length > 0 && (
        <Schuiftabel naam={kop}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Datum</TableHeaderCell>
                <TableHeaderCell scope="col">Partner</TableHeaderCell>
                <TableHeaderCell scope="col">Wat</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {gebeurtenissen.map((g, i) => (
                <TableRow key={i}>
                  <TableCell className="nd-datum">{datum(g.datum)}</TableCell>
                  <TableCell>{g.partner}</TableCell>
                  <TableCell>
                    {g.wat}
                    {g.delen?.map((deel, j) => (
                      <Fragment key={deel.pad}>{j === 0 ? ': ' : '; '}<DeelTekst tekst={deel.tekst} extensions={extensions} pad={deel.pad} leden={d.leden} /></Fragment>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Schuiftabel>
      )}
      {afgeschermdeDelen.map(({ naam, items }) => (
        <Paragraph key={naam}>
          {naam} ({PARTNERS[items[0].partner] ?? items[0].partner}): <Afgeschermd items={items} />
        </Paragraph>
      ))}
      {weg.map((p) => <Paragraph key={p}>{PARTNERS[p] ?? p} is nu niet bereikbaar: wat die partner vastlegde, staat niet in deze tijdlijn.</Paragraph>)}
    </section>
  );
}

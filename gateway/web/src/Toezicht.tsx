import { Alert, Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useQuery } from 'urql';

import { datum } from './datum';
import { useJson } from './laden';
import { Beleidswijziging } from './Beleidswijziging';
import { Beoordelingen } from './beleid/Beoordelingen';
import { EISEN, VORMEN } from './beleid/eisen';
import { NaarSimulator, Voorbeeld } from './beleid/naarSimulator';
import { Simulator } from './beleid/Simulator';
import { VerzoekenVanGezinnen } from './gezin/VerzoekenVanGezinnen';

interface Beleid {
  versie: string;
  matrix: Record<string, Record<string, string>>;
  redenen: Record<string, string>;
  doelen: Record<string, { omschrijving: string }>;
}

/** The sharing matrix of the policy in force, as a table a privacy officer reads. */
function Deelmatrix() {
  const { waarde: beleid, fout } = useJson<Beleid>('/beleid', 'Het beleid kon niet worden geladen.');
  return (
    <section aria-labelledby="matrix-kop">
      <Heading3 id="matrix-kop">Deelmatrix</Heading3>
      {fout && <Alert type="error">{fout}</Alert>}
      {beleid && (
        <>
          <Paragraph>Wat een professional van een andere organisatie nodig heeft om een categorie te zien, per vorm van betrokkenheid (beleid {beleid.versie}).</Paragraph>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Categorie</TableHeaderCell>
                {VORMEN.map((v) => <TableHeaderCell key={v} scope="col">{v}</TableHeaderCell>)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {Object.entries(beleid.matrix).map(([categorie, cellen]) => (
                <TableRow key={categorie}>
                  <TableHeaderCell scope="row">{categorie}</TableHeaderCell>
                  {VORMEN.map((v) => <TableCell key={v}>{EISEN[cellen[v]] ?? cellen[v]}</TableCell>)}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}

const CIJFERS = /* GraphQL */ `
  query Cijfers($vanaf: String!, $tot: String!) {
    toegangscijfers(vanaf: $vanaf, tot: $tot) { raadplegingen perGrondslag perOrganisatie doorbraken metAfscherming beoordeeld weigeringen vervallen }
  }
`;

/** Simple figures for this month so far. */
function Cijfers() {
  const vandaag = new Date().toISOString().slice(0, 10);
  const vanaf = `${vandaag.slice(0, 8)}01`;
  const [{ data, error }] = useQuery<{ toegangscijfers: Record<string, unknown> }>({ query: CIJFERS, variables: { vanaf, tot: vandaag }, requestPolicy: 'network-only' });
  const c = data?.toegangscijfers;
  const n = (waarde: unknown, een: string, meer: string) => `${Number(waarde)} ${Number(waarde) === 1 ? een : meer}`;
  const perSoort = (lijst: unknown, een: string, meer: string) => Object.entries(lijst as Record<string, number>).map(([k, v]) => `${k}: ${n(v, een, meer)}`).join(', ') || '—';
  const rijen: Array<[string, string]> = c ? [
    ['Raadplegingen', n(c.raadplegingen, 'raadpleging', 'raadplegingen')],
    ['Verstrekt per grondslag', perSoort(c.perGrondslag, 'gegeven', 'gegevens')],
    ['Raadplegingen per organisatie', perSoort(c.perOrganisatie, 'raadpleging', 'raadplegingen')],
    ['Doorbraken', n(c.doorbraken, 'doorbraak', 'doorbraken')],
    ['Raadplegingen met afscherming', n(c.metAfscherming, 'raadpleging', 'raadplegingen')],
    ['Weigeringen', n(c.weigeringen, 'verzoek geweigerd', 'verzoeken geweigerd')],
    ['Beoordeeld', n(c.beoordeeld, 'conclusie', 'conclusies')],
  ] : [];
  return (
    <section aria-labelledby="cijfers-kop">
      <Heading3 id="cijfers-kop">Cijfers van {datum(vanaf)} tot en met {datum(vandaag)}</Heading3>
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De cijfers konden niet worden geladen.'}</Alert>}
      {c && (
        <Table>
          <TableBody>
            {rijen.map(([k, v]) => (
              <TableRow key={k}>
                <TableHeaderCell scope="row">{k}</TableHeaderCell>
                <TableCell>{v}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** The privacy officer: the policy, proposing and deciding on changes (Beleidswijziging), the simulator, the review queue and the figures. */
export function Toezicht() {
  // an example household from a proposal's impact, shown in the simulator
  const [voorbeeld, setVoorbeeld] = useState<Voorbeeld | null>(null);
  const toon = (v: Omit<Voorbeeld, 'nr'>) => setVoorbeeld((was) => ({ ...v, nr: (was?.nr ?? 0) + 1 }));
  return (
    <section aria-labelledby="toezicht-kop">
      <Heading2 id="toezicht-kop">Toezicht</Heading2>
      <Deelmatrix />
      <NaarSimulator.Provider value={{ voorbeeld, toon }}>
        <Beleidswijziging />
        <Simulator />
      </NaarSimulator.Provider>
      <Beoordelingen />
      <VerzoekenVanGezinnen />
      <Cijfers />
    </section>
  );
}

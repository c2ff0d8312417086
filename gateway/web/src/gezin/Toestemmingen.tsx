import {
  Alert, Button, ButtonGroup, Heading2, Paragraph, Table, TableBody, TableCell, TableContainer, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { datum } from '../datum';
import { TREK_TOESTEMMING_IN } from '../graphql';
import { useNamen } from './namen';

const MIJN_TOESTEMMINGEN = /* GraphQL */ `
  query MijnToestemmingen {
    mijnToestemmingen { id persoon voorWie ontvanger soorten waarvoor geldigVanaf geldigTot ingetrokkenOp geldig }
  }
`;

interface Toestemming {
  id: string;
  persoon: string;
  voorWie: string;
  ontvanger: string;
  soorten: string[];
  waarvoor: string;
  geldigVanaf: string;
  geldigTot: string | null;
  ingetrokkenOp: string | null;
  geldig: boolean;
}

const status = (t: Toestemming) => (t.ingetrokkenOp ? `Ingetrokken op ${datum(t.ingetrokkenOp)}` : t.geldig ? 'Geldig' : 'Niet (meer) geldig');

/** Your toestemmingen and those you gave for a child, each revocable after a confirmation; the result is announced. */
export function Toestemmingen({ onIngetrokken }: { onIngetrokken(): void }) {
  const [{ data: ruw, error, fetching }, opnieuw] = useQuery<{ mijnToestemmingen: Toestemming[] }>({ query: MIJN_TOESTEMMINGEN });
  const { noem } = useNamen();
  const data = ruw && { mijnToestemmingen: ruw.mijnToestemmingen.map((t) => ({ ...t, voorWie: noem(t.persoon, t.voorWie, t.voorWie) })) };
  const [, trekIn] = useMutation(TREK_TOESTEMMING_IN);
  const [bevestigen, setBevestigen] = useState<string | null>(null);
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string } | null>(null);
  const intrekken = async (t: Toestemming) => {
    const antwoord = await trekIn({ id: t.id });
    setBevestigen(null);
    if (antwoord.error) return setMelding({ type: 'error', tekst: antwoord.error.graphQLErrors[0]?.message ?? 'De toestemming kon niet worden ingetrokken.' });
    setMelding({ type: 'ok', tekst: `De toestemming voor ${t.voorWie} aan ${t.ontvanger} is ingetrokken. Vanaf nu wordt er niets meer op gedeeld.` });
    opnieuw({ requestPolicy: 'network-only' });
    onIngetrokken();
  };
  return (
    <section aria-labelledby="toestemmingen-kop">
      <Heading2 id="toestemmingen-kop">Uw toestemmingen</Heading2>
      <Paragraph>Deze toestemmingen legde een hulpverlener voor u vast, op papier of na een gesprek.</Paragraph>
      <div role="status" aria-live="polite">
        {melding && <Alert type={melding.type}>{melding.tekst}</Alert>}
      </div>
      {fetching && !data && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw toestemmingen konden niet worden geladen.'}</Alert>}
      {data && data.mijnToestemmingen.length === 0 && <Paragraph>Er is geen toestemming voor u vastgelegd door een hulpverlener.</Paragraph>}
      {data && data.mijnToestemmingen.length > 0 && (
        // on a phone the table scrolls within itself, never the page; the region can be reached and scrolled by keyboard
        <TableContainer overflowInline role="region" aria-label="Uw toestemmingen, tabel" tabIndex={0}>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Voor wie</TableHeaderCell>
              <TableHeaderCell scope="col">Wie mag het zien</TableHeaderCell>
              <TableHeaderCell scope="col">Welke gegevens, waarvoor</TableHeaderCell>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Intrekken</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.mijnToestemmingen.map((t) => (
              <TableRow key={t.id}>
                <TableCell>{t.voorWie}</TableCell>
                <TableCell>{t.ontvanger}</TableCell>
                <TableCell>{`${t.soorten.join(', ')}, ${t.waarvoor}`}</TableCell>
                <TableCell>vanaf {datum(t.geldigVanaf)}{t.geldigTot ? ` tot ${datum(t.geldigTot)}` : ''}</TableCell>
                <TableCell>{status(t)}</TableCell>
                <TableCell>
                  {t.geldig && bevestigen !== t.id && (
                    <Button appearance="secondary-action-button" aria-label={`Intrekken: toestemming voor ${t.voorWie} aan ${t.ontvanger}`} onClick={() => setBevestigen(t.id)}>Intrekken</Button>
                  )}
                  {bevestigen === t.id && (
                    <div role="group" aria-label="Bevestig het intrekken">
                      <Paragraph>Weet u het zeker? {t.ontvanger} ziet daarna niets meer op grond van deze toestemming.</Paragraph>
                      <ButtonGroup>
                        <Button appearance="primary-action-button" autoFocus onClick={() => void intrekken(t)}>Ja, intrekken</Button>
                        <Button appearance="secondary-action-button" onClick={() => setBevestigen(null)}>Annuleren</Button>
                      </ButtonGroup>
                    </div>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        </TableContainer>
      )}
    </section>
  );
}

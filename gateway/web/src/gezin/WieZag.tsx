import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery } from 'urql';

import type { Onderwerp } from './Verzoeken';

const INZAGE = /* GraphQL */ `
  query MijnInzage {
    inzage { volgnummer eigen tijdstip doorbraak omschrijving }
  }
`;

interface Regel {
  volgnummer: number;
  eigen: boolean;
  tijdstip: string;
  omschrijving: string;
  doorbraak: boolean;
}

/** For a household member: who saw their data, when, what and why, in plain Dutch; their own visits apart; each access open to objection. */
export function WieZag({ onBezwaar }: { onBezwaar(onderwerp: Onderwerp): void }) {
  const [{ data, error, fetching }] = useQuery<{ inzage: Regel[] }>({ query: INZAGE });
  const anderen = data?.inzage.filter((r) => !r.eigen) ?? [];
  const eigen = data?.inzage.filter((r) => r.eigen) ?? [];
  return (
    <section aria-labelledby="inzage-kop">
      <Heading2 id="inzage-kop">Wie zag uw gegevens?</Heading2>
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw inzage kon niet worden geladen.'}</Alert>}
      {data && anderen.length === 0 && <Paragraph>Er heeft nog niemand anders uw gegevens bekeken.</Paragraph>}
      {anderen.length > 0 && (
        <UnorderedList>
          {anderen.map((r) => (
            <UnorderedListItem key={r.volgnummer}>
              <Paragraph>
                {r.omschrijving}
                {r.doorbraak && ' Dit gebeurde met een doorbraak; de privacyfunctionaris toetst dat achteraf.'}
              </Paragraph>
              <Button appearance="secondary-action-button" onClick={() => onBezwaar({ logregel: r.volgnummer, over: r.omschrijving })}>Bezwaar maken</Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {eigen.length > 0 && (
        <details>
          <summary>{eigen.length === 1 ? 'U keek zelf 1 keer' : `U keek zelf ${eigen.length} keer`}</summary>
          <UnorderedList>{eigen.map((r) => <UnorderedListItem key={r.volgnummer}>{r.omschrijving}</UnorderedListItem>)}</UnorderedList>
        </details>
      )}
    </section>
  );
}

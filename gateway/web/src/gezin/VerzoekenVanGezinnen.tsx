import { Alert, Button, FormField, FormLabel, Heading3, Paragraph, Textarea, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { datum } from '../datum';

const VERZOEKEN = /* GraphQL */ `
  query Gezinsverzoeken {
    gezinsverzoeken { id huishouden persoon soort over logregel toelichting ingediendOp }
  }
`;

const BEANTWOORD = /* GraphQL */ `
  mutation BeantwoordVerzoek($verzoek: ID!, $antwoord: String!) {
    beantwoordVerzoek(verzoek: $verzoek, antwoord: $antwoord) { id beantwoordOp }
  }
`;

interface Gezinsverzoek {
  id: string;
  huishouden: string;
  persoon: string;
  soort: string;
  over: string;
  logregel: number | null;
  toelichting: string;
  ingediendOp: string;
}

const SOORTEN: Record<string, string> = { bezwaar: 'Bezwaar (AVG art. 21)', correctie: 'Correctie (AVG art. 16)', verwijdering: 'Verwijdering (AVG art. 17)' };

/** In the privacy officer's Toezicht: objections and requests of household members about their own organisation, each answered once. */
export function VerzoekenVanGezinnen() {
  const [{ data, error }, opnieuw] = useQuery<{ gezinsverzoeken: Gezinsverzoek[] }>({ query: VERZOEKEN, requestPolicy: 'network-only' });
  const [, beantwoord] = useMutation(BEANTWOORD);
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string } | null>(null);
  const verstuur = async (e: FormEvent<HTMLFormElement>, v: Gezinsverzoek) => {
    e.preventDefault();
    const uit = await beantwoord({ verzoek: v.id, antwoord: String(new FormData(e.currentTarget).get('antwoord')) });
    setMelding(uit.error ? { type: 'error', tekst: uit.error.graphQLErrors[0]?.message ?? 'Het antwoord kon niet worden opgeslagen.' } : { type: 'ok', tekst: 'Beantwoord. Het gezinslid ziet uw antwoord met de datum.' });
    opnieuw({ requestPolicy: 'network-only' });
  };
  return (
    <section aria-labelledby="gezinsverzoeken-kop">
      <Heading3 id="gezinsverzoeken-kop">Bezwaren en verzoeken van gezinsleden</Heading3>
      <div role="status" aria-live="polite">{melding && <Alert type={melding.type}>{melding.tekst}</Alert>}</div>
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De verzoeken konden niet worden geladen.'}</Alert>}
      {data?.gezinsverzoeken.length === 0 && <Paragraph>Er wachten geen bezwaren of verzoeken.</Paragraph>}
      <UnorderedList>
        {data?.gezinsverzoeken.map((v) => (
          <UnorderedListItem key={v.id}>
            <Paragraph>
              <strong>{SOORTEN[v.soort] ?? v.soort}</strong>
              {` van gezinslid ${v.persoon} (huishouden ${v.huishouden}), ingediend op ${datum(v.ingediendOp)}${v.logregel !== null ? `, tegen toegang ${v.logregel} in het toegangslog` : ''}: ${v.over}. Toelichting: ${v.toelichting}`}
            </Paragraph>
            <form aria-label={`Antwoord op verzoek ${v.id}`} onSubmit={(e) => void verstuur(e, v)}>
              <FormField>
                <FormLabel htmlFor={`antwoord-${v.id}`}>Uw antwoord aan het gezinslid</FormLabel>
                <Textarea id={`antwoord-${v.id}`} name="antwoord" required />
              </FormField>
              <Button type="submit" appearance="primary-action-button">Antwoord versturen</Button>
            </form>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

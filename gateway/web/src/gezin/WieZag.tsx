import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery } from 'urql';

const INZAGE = /* GraphQL */ `
  query MijnInzage {
    inzage { tijdstip doorbraak omschrijving }
  }
`;

/** For a household member: who saw their data, when, and on what grondslag, in plain Dutch. */
export function WieZag() {
  const [{ data, error, fetching }] = useQuery<{ inzage: Array<{ tijdstip: string; omschrijving: string; doorbraak: boolean }> }>({ query: INZAGE });
  return (
    <section aria-labelledby="inzage-kop">
      <Heading2 id="inzage-kop">Wie zag uw gegevens?</Heading2>
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw inzage kon niet worden geladen.'}</Alert>}
      {data && data.inzage.length === 0 && <Paragraph>Er heeft nog niemand uw gegevens bekeken.</Paragraph>}
      {data && data.inzage.length > 0 && (
        <UnorderedList>
          {data.inzage.map((r, i) => (
            <UnorderedListItem key={`${r.tijdstip}-${i}`}>
              {r.omschrijving}
              {r.doorbraak && ' Dit gebeurde met een doorbraak; de privacyfunctionaris toetst dat achteraf.'}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

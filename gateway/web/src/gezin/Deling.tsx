import { Alert, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useQuery } from 'urql';

const MIJN_DELING = /* GraphQL */ `
  query MijnDeling {
    mijnDeling { organisatie naam omschrijving grondslagen { soort omschrijving } }
  }
`;

interface Deling {
  organisatie: string;
  naam: string;
  omschrijving: string;
  grondslagen: Array<{ soort: string; omschrijving: string }>;
}

const hoofdletter = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

/** Per organisation involved with the household: how, since when, who coordinates, and what it may see about you on which grondslag. */
export function Deling({ versie }: { versie: number }) {
  const [{ data, error, fetching }, opnieuw] = useQuery<{ mijnDeling: Deling[] }>({ query: MIJN_DELING });
  useEffect(() => {
    if (versie > 0) opnieuw({ requestPolicy: 'network-only' });
  }, [versie, opnieuw]);
  return (
    <section aria-labelledby="deling-kop">
      <Heading2 id="deling-kop">Wat wordt over u gedeeld, en met wie</Heading2>
      {fetching && !data && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Dit overzicht kon niet worden geladen.'}</Alert>}
      {data && data.mijnDeling.length === 0 && <Paragraph>Er is nu geen organisatie bij uw huishouden betrokken.</Paragraph>}
      {data?.mijnDeling.map((d) => (
        <article key={d.organisatie} aria-labelledby={`deling-${d.organisatie}`}>
          <Heading3 id={`deling-${d.organisatie}`}>{hoofdletter(d.naam)}</Heading3>
          <Paragraph>{d.omschrijving}</Paragraph>
          {d.grondslagen.length === 0 ? (
            <Paragraph>Van andere organisaties ziet {d.naam} nu niets over u: er is geen toestemming, wettelijke grondslag of doorbraak.</Paragraph>
          ) : (
            <UnorderedList>
              {d.grondslagen.map((g, i) => <UnorderedListItem key={i}>{g.omschrijving}</UnorderedListItem>)}
            </UnorderedList>
          )}
        </article>
      ))}
    </section>
  );
}

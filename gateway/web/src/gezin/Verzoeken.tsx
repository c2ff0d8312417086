import {
  Alert, Button, FormField, FormLabel, Heading2, Heading3, Paragraph, Select, SelectOption, Textarea, Textbox, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef } from 'react';
import { useMutation, useQuery } from 'urql';

import { datum } from '../datum';
import { Keuzemenu, KEUZES } from './vragen';

const MIJN_VERZOEKEN = /* GraphQL */ `
  query MijnVerzoeken {
    mijnVerzoeken { id soort organisatie over toelichting ingediendOp antwoord beantwoordOp omschrijving }
  }
`;

const DIEN_IN = /* GraphQL */ `
  mutation DienVerzoekIn($invoer: VerzoekInvoer!) {
    dienVerzoekIn(invoer: $invoer) { id omschrijving }
  }
`;

interface Verzoek {
  id: string;
  soort: string;
  organisatie: string;
  over: string;
  toelichting: string;
  ingediendOp: string;
  antwoord: string | null;
  beantwoordOp: string | null;
  omschrijving: string;
}

/** What a request is about: an access from the inzage (its number), or something the member describes. */
export interface Onderwerp {
  logregel: number | null;
  over: string;
}

/**
 * Objection and correction (AVG art. 21, 16, 17): the member's requests with the privacy officer's answer
 * and its date, and a form, filled in from an access in the inzage or by the member.
 */
export function Verzoeken({ onderwerp }: { onderwerp: Onderwerp | null }) {
  const [{ data, error }, opnieuw] = useQuery<{ mijnVerzoeken: Verzoek[] }>({ query: MIJN_VERZOEKEN, requestPolicy: 'network-only' });
  const [{ data: menu }] = useQuery<{ toestemmingskeuzes: Keuzemenu }>({ query: KEUZES });
  const [{ fetching, error: fout, data: gelukt }, dienIn] = useMutation(DIEN_IN);
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (onderwerp) kop.current?.focus();
  }, [onderwerp]);
  const verstuur = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const uit = await dienIn({ invoer: { soort: String(f.get('soort')), logregel: onderwerp?.logregel ?? null, organisatie: onderwerp?.logregel ? null : String(f.get('organisatie')), over: String(f.get('over')), toelichting: String(f.get('toelichting')) } });
    if (!uit.error) opnieuw({ requestPolicy: 'network-only' });
  };
  return (
    <section aria-labelledby="verzoeken-kop">
      <Heading2 id="verzoeken-kop">Bezwaar maken of iets laten verbeteren</Heading2>
      <Paragraph>Klopt er iets niet, of wilt u niet dat iemand uw gegevens bekeek? Dan beoordeelt de privacyfunctionaris van die organisatie uw verzoek. Het antwoord ziet u hier.</Paragraph>
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw verzoeken konden niet worden geladen.'}</Alert>}
      {data && data.mijnVerzoeken.length > 0 && (
        <UnorderedList>
          {data.mijnVerzoeken.map((v) => (
            <UnorderedListItem key={v.id}>
              <Paragraph><strong>{`${v.soort}, bij ${v.organisatie}`}</strong>{`: ${v.over.replace(/\.$/, '')}. ${v.omschrijving}`}</Paragraph>
              {v.antwoord && <Paragraph>{`Antwoord van ${datum(v.beantwoordOp ?? '')}: ${v.antwoord}`}</Paragraph>}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <form aria-labelledby="verzoek-kop" onSubmit={(e) => void verstuur(e)} key={onderwerp ? `${onderwerp.logregel}-${onderwerp.over}` : 'leeg'}>
        <Heading3 id="verzoek-kop" ref={kop} tabIndex={-1}>Nieuw verzoek</Heading3>
        <FormField>
          <FormLabel htmlFor="verzoek-soort">Wat wilt u</FormLabel>
          <Select id="verzoek-soort" name="soort" defaultValue={onderwerp?.logregel ? 'bezwaar' : 'correctie'}>
            <SelectOption value="bezwaar">Ik maak bezwaar: ik wil niet dat dit gebeurt</SelectOption>
            <SelectOption value="correctie">Dit klopt niet: verbeter het</SelectOption>
            <SelectOption value="verwijdering">Haal dit weg</SelectOption>
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="verzoek-over">Waarover</FormLabel>
          <Textbox id="verzoek-over" name="over" defaultValue={onderwerp?.over ?? ''} required />
        </FormField>
        {!onderwerp?.logregel && menu && (
          <FormField>
            <FormLabel htmlFor="verzoek-organisatie">Welke organisatie heeft het vastgelegd</FormLabel>
            <Select id="verzoek-organisatie" name="organisatie">
              {menu.toestemmingskeuzes.organisaties.map((o) => <SelectOption key={o.waarde} value={o.waarde}>{o.naam}</SelectOption>)}
            </Select>
          </FormField>
        )}
        <FormField>
          <FormLabel htmlFor="verzoek-toelichting">Uw toelichting</FormLabel>
          <Textarea id="verzoek-toelichting" name="toelichting" required />
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={fetching}>Versturen</Button>
        <div role="status" aria-live="polite">
          {fout && <Alert type="error">{fout.graphQLErrors[0]?.message ?? 'Uw verzoek kon niet worden verstuurd.'}</Alert>}
          {gelukt && !fout && <Alert type="ok">{`Uw verzoek is verstuurd. ${gelukt.dienVerzoekIn.omschrijving}`}</Alert>}
        </div>
      </form>
    </section>
  );
}

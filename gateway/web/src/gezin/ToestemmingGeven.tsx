import { Alert, Button, FormField, FormLabel, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';

import { SoortenEnTot } from './SoortenEnTot';
import { Keuze, Keuzemenu, VRAAG } from './vragen';

/** A recipient choice: a whole organisation, or one named professional involved with the household. */
const ontvangerWaarde = (k: Keuze) => (k.organisatie ? `${k.organisatie}/${k.waarde}` : k.waarde);

/**
 * Giving consent in the app: for whom (yourself, or a child you decide for), to which organisation or named
 * professional, which kinds of information (each with an example), for how long. Who else must say yes
 * is asked in their own view; nothing opens before they have.
 */
export function ToestemmingGeven({ keuzes, onGegeven }: { keuzes: Keuzemenu; onGegeven(tekst: string): void }) {
  const [{ fetching, error: fout }, vraag] = useMutation(VRAAG);
  const [soorten, setSoorten] = useState<string[]>([]);
  if (keuzes.voorWie.length === 0) return <Paragraph>U kunt hier zelf geen toestemming geven: voor u beslissen de ouders of anderen met gezag.</Paragraph>;
  const verstuur = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const [organisatie, professional] = String(f.get('ontvanger')).split('/');
    const uit = await vraag({ invoer: { persoon: String(f.get('voorWie')), ontvangerOrganisatie: organisatie, ontvangerProfessional: professional ?? null, categorieen: soorten, geldigTot: String(f.get('tot') ?? '') || null } });
    if (!uit.error) {
      setSoorten([]);
      onGegeven(`Uw toestemming is vastgelegd. ${uit.data.vraagToestemming.omschrijving}`);
    }
  };
  return (
    <form aria-labelledby="geven-kop" onSubmit={(e) => void verstuur(e)}>
      <Heading3 id="geven-kop">Nieuwe toestemming geven</Heading3>
      <Paragraph>Moeten anderen ook ja zeggen, zoals de andere ouder of uw kind vanaf 12 jaar? Dan krijgen zij de vraag in hun eigen app. Er wordt pas iets gedeeld als iedereen ja heeft gezegd.</Paragraph>
      <FormField>
        <FormLabel htmlFor="geven-voor">Voor wie</FormLabel>
        <Select id="geven-voor" name="voorWie">
          {keuzes.voorWie.map((k) => <SelectOption key={k.waarde} value={k.waarde}>{k.naam}</SelectOption>)}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="geven-aan">Wie mag het zien</FormLabel>
        <Select id="geven-aan" name="ontvanger">
          {keuzes.professionals.map((k) => <SelectOption key={ontvangerWaarde(k)} value={ontvangerWaarde(k)}>{`Alleen ${k.naam} (${k.uitleg})`}</SelectOption>)}
          {keuzes.organisaties.map((k) => <SelectOption key={k.waarde} value={k.waarde}>{`Iedereen van ${k.naam}`}</SelectOption>)}
        </Select>
      </FormField>
      <SoortenEnTot id="geven" soorten={keuzes.soorten} gekozen={soorten} onChange={setSoorten} />
      <Button type="submit" appearance="primary-action-button" disabled={fetching || soorten.length === 0}>Toestemming geven</Button>
      <div aria-live="polite">
        {fout && <Alert type="error">{fout.graphQLErrors[0]?.message ?? 'Uw toestemming kon niet worden vastgelegd.'}</Alert>}
      </div>
    </form>
  );
}

import { Alert, Button, FormField, FormFieldCheckbox, FormFieldDescription, FormLabel, Heading4, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';

import { Keuzes } from './Keuzes';
import { Lid, lidLabel } from './leden';
import { Regels } from './regels';
import { categorieenInWoorden, categorieInWoorden } from './woorden';

const DOORBREEK = /* GraphQL */ `
  mutation RegistreerDoorbraak($invoer: DoorbraakInvoer!) {
    registreerDoorbraak(invoer: $invoer) { id eindigtOp }
  }
`;

/**
 * Breaking the glass: named categories of named persons, for a limited time, with a written reason; the
 * professional is told plainly that it is logged, reported and reviewed before they confirm.
 */
export function DoorbraakFormulier({ huishouden, leden, regels, klaar }: { huishouden: string; leden: Lid[]; regels: Regels; klaar(): void }) {
  const { maximaleDuurUren, minimaleLengteReden, nooitVoor } = regels.doorbraak;
  const [personen, setPersonen] = useState<string[]>([]);
  const [categorieen, setCategorieen] = useState<string[]>([]);
  const [reden, setReden] = useState('');
  const [begrepen, setBegrepen] = useState(false);
  const [{ fetching, error, data }, doorbreek] = useMutation<{ registreerDoorbraak: { eindigtOp: string } }>(DOORBREEK);
  const te = regels.categorieen.filter((c) => c !== 'pseudoniem' && !nooitVoor.includes(c));
  const tekort = Math.max(0, minimaleLengteReden - reden.trim().length);
  const verstuur = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const uren = Number(new FormData(e.currentTarget).get('uren'));
    const resultaat = await doorbreek({ invoer: { huishouden, personen, categorieen, reden, uren } });
    if (!resultaat.error) klaar();
  };
  return (
    <form aria-labelledby="doorbraak-kop" onSubmit={(e) => void verstuur(e)}>
      <Heading4 id="doorbraak-kop">Doorbraak</Heading4>
      <Alert type="warning">
        <Paragraph>
          Alleen bij ernstige zorgen over de veiligheid, als toestemming nu niet kan. Een doorbraak opent de gekozen gegevens van de gekozen personen
          voor hoogstens {maximaleDuurUren} uur. Hij wordt met uw naam en reden vastgelegd in het toegangslog, meteen gemeld aan de privacyfunctionaris
          en achteraf getoetst. Het gezin ziet in de inzage dat er een doorbraak was. Nooit open gaan: {categorieenInWoorden(nooitVoor)}.
        </Paragraph>
      </Alert>
      <Keuzes legenda="Van wie" opties={leden.map((l) => ({ waarde: l.id, label: lidLabel(leden, l.id) }))} gekozen={personen} onChange={setPersonen} />
      <Keuzes legenda="Welke gegevens" opties={te.map((c) => ({ waarde: c, label: categorieInWoorden(c) }))} gekozen={categorieen} onChange={setCategorieen} />
      <FormField>
        <FormLabel htmlFor="doorbraak-reden">Reden: welke ernstige zorg over veiligheid, en waarom toestemming nu niet kan</FormLabel>
        <Textarea id="doorbraak-reden" value={reden} onChange={(e) => setReden(e.target.value)} aria-describedby="doorbraak-reden-lengte" required />
        <FormFieldDescription id="doorbraak-reden-lengte" aria-live="polite">
          {tekort > 0 ? `Nog minstens ${tekort} tekens.` : 'Lang genoeg.'}
        </FormFieldDescription>
      </FormField>
      <FormField>
        <FormLabel htmlFor="doorbraak-uren">Hoe lang, in uren (1 tot {maximaleDuurUren})</FormLabel>
        <Textbox id="doorbraak-uren" name="uren" type="number" min={1} max={maximaleDuurUren} defaultValue={Math.min(24, maximaleDuurUren)} required />
      </FormField>
      <FormFieldCheckbox label="Ik begrijp dat deze doorbraak wordt vastgelegd, gemeld en getoetst" checked={begrepen} onChange={(e) => setBegrepen(e.target.checked)} required />
      <Button type="submit" appearance="primary-action-button" disabled={fetching || !begrepen}>Doorbraak vastleggen</Button>
      <div aria-live="polite">
        {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De doorbraak kon niet worden vastgelegd.'}</Alert>}
        {data && !error && (
          <Alert type="ok">
            Doorbraak vastgelegd tot {new Date(data.registreerDoorbraak.eindigtOp).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })}.
            De privacyfunctionaris is ingelicht.
          </Alert>
        )}
      </div>
    </form>
  );
}

import { FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';

import { Keuzes } from '../Keuzes';
import { Keuze } from './vragen';

/** Which kinds of information (each with an example) and until when: the part every consent form of the household asks. */
export function SoortenEnTot({ id, soorten, gekozen, onChange }: { id: string; soorten: Keuze[]; gekozen: string[]; onChange(gekozen: string[]): void }) {
  return (
    <>
      <Keuzes legenda="Welke gegevens" opties={soorten.map((k) => ({ waarde: k.waarde, label: `${k.naam}. ${k.uitleg ?? ''}` }))} gekozen={gekozen} onChange={onChange} />
      <FormField>
        <FormLabel htmlFor={`${id}-tot`}>Tot en met welke datum (leeg: tot u de toestemming intrekt)</FormLabel>
        <FormFieldDescription id={`${id}-tot-uitleg`}>U kunt de toestemming altijd eerder intrekken.</FormFieldDescription>
        <Textbox id={`${id}-tot`} name="tot" type="date" aria-describedby={`${id}-tot-uitleg`} />
      </FormField>
    </>
  );
}

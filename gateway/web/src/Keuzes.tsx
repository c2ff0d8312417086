import { Fieldset, FieldsetLegend, FormFieldCheckbox } from '@utrecht/component-library-react';
import { ReactNode } from 'react';

/** A group of checkboxes with a legend: which of these options are chosen. */
export function Keuzes({ legenda, opties, gekozen, onChange, uitleg }: {
  legenda: string;
  opties: Array<{ waarde: string; label: string }>;
  gekozen: string[];
  onChange(gekozen: string[]): void;
  uitleg?: ReactNode;
}) {
  return (
    <Fieldset>
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {uitleg}
      {opties.map((o) => (
        <FormFieldCheckbox
          key={o.waarde}
          label={o.label}
          checked={gekozen.includes(o.waarde)}
          onChange={(e) => onChange(e.target.checked ? [...gekozen, o.waarde] : gekozen.filter((g) => g !== o.waarde))}
        />
      ))}
    </Fieldset>
  );
}

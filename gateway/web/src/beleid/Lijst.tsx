import { Button, Fieldset, FieldsetLegend, FormField, Paragraph } from '@utrecht/component-library-react';

import { Formulierstand, Veld, veldnaam, waardeIn, Wijziging } from './Veld';

/** One field of an entry: its name in the file, its label, and how it is filled in. */
export interface Lijstveld {
  naam: string;
  label: string;
  soort: 'keuze' | 'tekst';
  keuzes?: string[];
  /** How each choice reads, where it is a policy key. */
  woorden?: Record<string, string>;
  /** The value a new entry starts with. */
  begin: string;
}

/**
 * A list of entries in a policy file (the exceptions, the uitgestelde inzage) as a fieldset per entry: each field a
 * control with its error, an entry removed with a button (and kept again), a new one added at the end. A removal is
 * sent as `null` at the entry; a new entry as its fields at the next index.
 */
export function Lijst({ stand, bestand, pad, velden, wat, omschrijving }: {
  stand: Formulierstand; bestand: string; pad: string[]; velden: Lijstveld[];
  /** What one entry is, as in "Uitzondering 2". */
  wat: string;
  /** An entry in one line, for the note that it will be removed. */
  omschrijving: (entry: Record<string, string>) => string;
}) {
  const bestaand = (waardeIn(stand.waarden, bestand, pad) ?? []) as Array<Record<string, string>>;
  const onder = `${veldnaam(bestand, pad)}/`;
  const index = (veld: string) => Number(veld.slice(onder.length).split('/')[0]);
  const nieuw = [...new Set(Object.keys(stand.wijzigingen).filter((v) => v.startsWith(onder)).map(index).filter((i) => i >= bestaand.length))].sort((a, b) => a - b);
  const weg = (i: number) => stand.wijzigingen[veldnaam(bestand, [...pad, i])]?.waarde === null;
  const zonder = (i: number) => Object.fromEntries(Object.entries(stand.wijzigingen).filter(([v]) => !v.startsWith(onder) || index(v) !== i));
  const verwijder = (i: number) => {
    if (i < bestaand.length) return stand.vervang({ ...zonder(i), [veldnaam(bestand, [...pad, i])]: { bestand, pad: [...pad, i], waarde: null } });
    // a new entry goes, and the new ones after it move up one place
    const rest = Object.entries(zonder(i)).map(([v, w]): [string, Wijziging] => {
      if (!v.startsWith(onder) || index(v) < i) return [v, w];
      const verschoven = [...pad, index(v) - 1, ...w.pad.slice(pad.length + 1)];
      return [veldnaam(bestand, verschoven), { ...w, pad: verschoven }];
    });
    stand.vervang(Object.fromEntries(rest));
  };
  const houd = (i: number) => stand.vervang(zonder(i));
  const voegToe = () => {
    const i = bestaand.length + nieuw.length;
    stand.vervang({ ...stand.wijzigingen, ...Object.fromEntries(velden.map((v) => [veldnaam(bestand, [...pad, i, v.naam]), { bestand, pad: [...pad, i, v.naam], waarde: v.begin }])) });
  };
  return (
    <>
      {[...bestaand.map((_, i) => i), ...nieuw].map((i) => (weg(i) ? (
        <FormField key={i}>
          <Paragraph>{`${wat} ${i + 1} (${omschrijving(bestaand[i])}) wordt verwijderd.`}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={() => houd(i)}>{`Houd ${wat.toLowerCase()} ${i + 1}`}</Button>
        </FormField>
      ) : (
        <Fieldset key={i}>
          <FieldsetLegend>{`${wat} ${i + 1}${i >= bestaand.length ? ' (nieuw)' : ''}`}</FieldsetLegend>
          {velden.map((v) => (
            <FormField key={v.naam}>
              <Veld stand={stand} bestand={bestand} pad={[...pad, i, v.naam]} label={`${v.label} (${wat.toLowerCase()} ${i + 1})`} soort={v.soort} keuzes={v.keuzes} woorden={v.woorden} />
            </FormField>
          ))}
          <Button type="button" appearance="secondary-action-button" onClick={() => verwijder(i)}>{`Verwijder ${wat.toLowerCase()} ${i + 1}`}</Button>
        </Fieldset>
      )))}
      <Button type="button" appearance="secondary-action-button" onClick={voegToe}>{`Voeg een ${wat.toLowerCase()} toe`}</Button>
    </>
  );
}

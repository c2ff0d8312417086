import { FormFieldErrorMessage, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';

/** One field of the form: the value at `pad` in a policy file; `null` removes it (an entry of a list). */
export interface Wijziging {
  bestand: string;
  pad: Array<string | number>;
  waarde: unknown;
}

/** The name the gateway gives a field in its errors: file and path. */
export const veldnaam = (bestand: string, pad: Array<string | number>) => `${bestand}:${pad.join('/')}`;
const veldId = (veld: string) => `v-${veld.replace(/[^a-z0-9]+/gi, '-')}`;

type Waarden = Record<string, Record<string, unknown>>;

/** What the form needs from its page: the values in force, the changes so far, the errors per field. */
export interface Formulierstand {
  waarden: Waarden;
  wijzigingen: Record<string, Wijziging>;
  fouten: Record<string, string>;
  zet(bestand: string, pad: Array<string | number>, waarde: unknown, oorspronkelijk: unknown): void;
  /** Replaces every change at once (adding or removing an entry of a list). */
  vervang(wijzigingen: Record<string, Wijziging>): void;
}

export function waardeIn(waarden: Waarden, bestand: string, pad: Array<string | number>): unknown {
  return pad.reduce<unknown>((w, d) => (w as Record<string | number, unknown> | undefined)?.[d], waarden[bestand]);
}

const alsLijst = (tekst: string) => tekst.split(',').map((s) => s.trim()).filter(Boolean);

/** One control with its error below it; `soort` says how its text is read back (a number, a list, a choice, text). */
export function Veld({ stand, bestand, pad, label, soort, keuzes, woorden, verborgenLabel, standaard }: {
  stand: Formulierstand; bestand: string; pad: Array<string | number>; label: string; soort: 'keuze' | 'getal' | 'lijst' | 'tekst'; keuzes?: string[];
  /** How each choice reads (a policy key in words); absent or not listed: the choice itself. */
  woorden?: Record<string, string>; verborgenLabel?: boolean;
  /** The value in force when the file does not write it out here (a matrix row with `alle`). */
  standaard?: unknown;
}) {
  const veld = veldnaam(bestand, pad);
  const id = veldId(veld);
  const oorspronkelijk = waardeIn(stand.waarden, bestand, pad) ?? standaard;
  const waarde = veld in stand.wijzigingen ? stand.wijzigingen[veld].waarde : oorspronkelijk;
  const fout = stand.fouten[veld];
  const foutProps = fout ? { invalid: true, 'aria-describedby': `${id}-fout` } : {};
  // a list is typed as text: while typing, the text stays as typed (a trailing comma too)
  const [getypt, setGetypt] = useState<string | null>(null);
  const zet = (tekst: string) => {
    setGetypt(tekst);
    stand.zet(bestand, pad, soort === 'getal' ? Number(tekst) : soort === 'lijst' ? alsLijst(tekst) : tekst, oorspronkelijk);
  };
  const getoond = Array.isArray(waarde) ? (getypt !== null && alsLijst(getypt).join() === waarde.join() ? getypt : waarde.join(', ')) : String(waarde ?? '');
  const invoer = soort === 'keuze'
    ? <Select id={id} aria-label={verborgenLabel ? label : undefined} value={String(waarde)} onChange={(e) => zet(e.target.value)} {...foutProps}>{keuzes!.map((k) => <SelectOption key={k} value={k}>{woorden?.[k] ?? k}</SelectOption>)}</Select>
    : <Textbox id={id} type={soort === 'getal' ? 'number' : 'text'} value={getoond} onChange={(e) => zet(e.target.value)} {...foutProps} />;
  return (
    <>
      {!verborgenLabel && <FormLabel htmlFor={id}>{label}</FormLabel>}
      {invoer}
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
    </>
  );
}

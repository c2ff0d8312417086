import {
  FormField, FormFieldErrorMessage, FormLabel, Heading4, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox,
} from '@utrecht/component-library-react';

/** One field of the form: the value at `pad` in a policy file. */
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
}

const VORMEN = ['consultatie', 'duo', 'onderzoek', 'maatregel'];
const EISEN = ['altijd', 'betrokkenheid', 'toestemming', 'toestemming-anders-geanonimiseerd', 'grondslag', 'doorbraak', 'geanonimiseerd', 'nooit'];
const EIGEN_EISEN = ['altijd', 'grondslag', 'nooit'];

function waardeIn(waarden: Waarden, bestand: string, pad: Array<string | number>): unknown {
  return pad.reduce<unknown>((w, d) => (w as Record<string | number, unknown> | undefined)?.[d], waarden[bestand]);
}

/** One control with its error below it; `soort` says how its text is read back (a number, a list, a choice). */
function Veld({ stand, bestand, pad, label, soort, keuzes, verborgenLabel, standaard }: {
  stand: Formulierstand; bestand: string; pad: Array<string | number>; label: string; soort: 'keuze' | 'getal' | 'lijst'; keuzes?: string[]; verborgenLabel?: boolean;
  /** The value in force when the file does not write it out here (a matrix row with `alle`). */
  standaard?: unknown;
}) {
  const veld = veldnaam(bestand, pad);
  const id = veldId(veld);
  const oorspronkelijk = waardeIn(stand.waarden, bestand, pad) ?? standaard;
  const waarde = veld in stand.wijzigingen ? stand.wijzigingen[veld].waarde : oorspronkelijk;
  const fout = stand.fouten[veld];
  const foutProps = fout ? { invalid: true, 'aria-describedby': `${id}-fout` } : {};
  const zet = (tekst: string) => stand.zet(bestand, pad, soort === 'getal' ? Number(tekst) : soort === 'lijst' ? tekst.split(',').map((s) => s.trim()).filter(Boolean) : tekst, oorspronkelijk);
  const invoer = soort === 'keuze'
    ? <Select id={id} aria-label={verborgenLabel ? label : undefined} value={String(waarde)} onChange={(e) => zet(e.target.value)} {...foutProps}>{keuzes!.map((k) => <SelectOption key={k} value={k}>{k}</SelectOption>)}</Select>
    : <Textbox id={id} type={soort === 'getal' ? 'number' : 'text'} value={Array.isArray(waarde) ? waarde.join(', ') : String(waarde ?? '')} onChange={(e) => zet(e.target.value)} {...foutProps} />;
  return (
    <>
      {!verborgenLabel && <FormLabel htmlFor={id}>{label}</FormLabel>}
      {invoer}
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
    </>
  );
}

/** A matrix of choices (rows × columns) as a table of selects, a row written with `alle` shown in every column. */
function Matrix({ stand, bestand, pad, kolommen, keuzes, kop }: { stand: Formulierstand; bestand: string; pad: string[]; kolommen: string[]; keuzes: string[]; kop: string }) {
  const rijen = (waardeIn(stand.waarden, bestand, pad) ?? {}) as Record<string, Record<string, string>>;
  return (
    <Table>
      <caption>{kop}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Categorie</TableHeaderCell>
          {kolommen.map((k) => <TableHeaderCell key={k} scope="col">{k}</TableHeaderCell>)}
        </TableRow>
      </TableHeader>
      <TableBody>
        {Object.entries(rijen).map(([categorie, rij]) => (
          <TableRow key={categorie}>
            <TableHeaderCell scope="row">{categorie}</TableHeaderCell>
            {kolommen.map((k) => (
              <TableCell key={k}>
                <Veld stand={stand} bestand={bestand} pad={[...pad, categorie, k]} label={`${categorie} bij ${k}`} soort="keuze" keuzes={keuzes} verborgenLabel standaard={rij.alle} />
                {'alle' in rij && k === kolommen[0] && <span className="nd-toelichting">(nu: alle)</span>}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The rules as a form: the sharing matrix, the own dossier, ages, doelen per role, doorbraak limits, retention and the gezin. */
export function Beleidsformulier({ stand }: { stand: Formulierstand }) {
  const w = stand.waarden;
  const doelen = (w['doelen.yaml']?.doelen ?? {}) as Record<string, { vormen: string[] }>;
  const eigenKolommen = Object.entries(doelen).flatMap(([d, { vormen }]) => vormen.map((v) => `${d}/${v}`));
  const leeftijden = (w['leeftijden.yaml']?.toestemming ?? []) as Array<{ vanaf?: number; tot?: number; door: string[] }>;
  const termijnen = ((w['bewaartermijnen.yaml']?.bewaartermijnen as { toegangslog?: Record<string, number> } | undefined)?.toegangslog) ?? {};
  const gezin = ((w['gezin.yaml']?.gezin as { zichtbaar?: Record<string, string[]> } | undefined)?.zichtbaar) ?? {};
  return (
    <>
      <Heading4>Delen met een andere organisatie, per vorm van betrokkenheid</Heading4>
      <Matrix stand={stand} bestand="deelmatrix.yaml" pad={['matrix']} kolommen={VORMEN} keuzes={EISEN} kop="Eis per categorie en vorm" />
      <Heading4>Eigen organisatie: wat een professional van het eigen dossier ziet, per doel en vorm</Heading4>
      <Matrix stand={stand} bestand="eigen-organisatie.yaml" pad={['eigen_organisatie', 'matrix']} kolommen={eigenKolommen} keuzes={EIGEN_EISEN} kop="Eis per categorie, doel en vorm" />
      <Heading4>Toestemming van minderjarigen</Heading4>
      {leeftijden.map((l, i) => (
        <FormField key={i}>
          <Paragraph>Groep {i + 1}: toestemming door {l.door.join(' en ')}</Paragraph>
          {i > 0 && <Veld stand={stand} bestand="leeftijden.yaml" pad={['toestemming', i, 'vanaf']} label={`Groep ${i + 1} vanaf (jaar)`} soort="getal" />}
          {l.tot !== undefined && <Veld stand={stand} bestand="leeftijden.yaml" pad={['toestemming', i, 'tot']} label={`Groep ${i + 1} tot (jaar)`} soort="getal" />}
        </FormField>
      ))}
      <Heading4>Doelen: welke rollen ze mogen opgeven</Heading4>
      {Object.keys(doelen).map((d) => <FormField key={d}><Veld stand={stand} bestand="doelen.yaml" pad={['doelen', d, 'rollen']} label={`Rollen bij ${d} (gescheiden door komma's)`} soort="lijst" /></FormField>)}
      <Heading4>Doorbraak</Heading4>
      <FormField><Veld stand={stand} bestand="doorbraak.yaml" pad={['doorbraak', 'maximale_duur_uren']} label="Maximale duur van een doorbraak (uren)" soort="getal" /></FormField>
      <FormField><Veld stand={stand} bestand="doorbraak.yaml" pad={['doorbraak', 'minimale_lengte_reden']} label="Minimale lengte van de reden (tekens)" soort="getal" /></FormField>
      <Heading4>Bewaartermijnen</Heading4>
      {Object.keys(termijnen).map((s) => <FormField key={s}><Veld stand={stand} bestand="bewaartermijnen.yaml" pad={['bewaartermijnen', 'toegangslog', s]} label={`Toegangslog, ${s} (maanden)`} soort="getal" /></FormField>)}
      <FormField><Veld stand={stand} bestand="bewaartermijnen.yaml" pad={['bewaartermijnen', 'verstrekkingenlog']} label="Verstrekkingenlogs van de partners (maanden)" soort="getal" /></FormField>
      <Heading4>Gezin: wat een gezinslid van het dossier over het eigen huishouden ziet</Heading4>
      {Object.keys(gezin).map((o) => <FormField key={o}><Veld stand={stand} bestand="gezin.yaml" pad={['gezin', 'zichtbaar', o]} label={`Categorieën van ${o} (gescheiden door komma's)`} soort="lijst" /></FormField>)}
    </>
  );
}

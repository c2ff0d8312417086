import { FormField, Heading4, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

import { PARTNERS } from '../partners';
import { EISEN, VORMEN } from './eisen';
import { Lijst, Lijstveld } from './Lijst';
import { Formulierstand, Veld, waardeIn } from './Veld';

const EIS_SLEUTELS = Object.keys(EISEN);
const EIGEN_EISEN = ['altijd', 'grondslag', 'nooit'];
const SITUATIES = ['huishouden-zonder-kinderen'];
// the organisations a policy names: the partners (PARTNERS also holds the register itself, netwerk)
const organisaties = () => Object.keys(PARTNERS).filter((o) => o !== 'netwerk');

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
                <Veld stand={stand} bestand={bestand} pad={[...pad, categorie, k]} label={`${categorie} bij ${k}`} soort="keuze" keuzes={keuzes} woorden={EISEN} verborgenLabel standaard={rij.alle} />
                {'alle' in rij && k === kolommen[0] && <span className="nd-toelichting">(nu: alle)</span>}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The organisation an entry is about (a new one starts with the first partner). */
const organisatieveld = (): Lijstveld => ({ naam: 'organisatie', label: 'Organisatie', soort: 'keuze', keuzes: organisaties(), begin: organisaties()[0] ?? '' });
/** The reason an entry gives, as `lezer` reads it. */
const redenveld = (lezer: string): Lijstveld => ({ naam: 'reden', label: `Reden, zoals ${lezer} die leest`, soort: 'tekst', begin: '' });

/** Exceptions that go before the deelmatrix: per organisation, a situation and what it then asks. */
function Uitzonderingen({ stand }: { stand: Formulierstand }) {
  return (
    <>
      <Heading4>Uitzonderingen: gaan vóór de deelmatrix</Heading4>
      <Lijst stand={stand} bestand="uitzonderingen.yaml" pad={['uitzonderingen']} wat="Uitzondering" omschrijving={(u) => `${u.organisatie}, ${u.wanneer}: ${u.eis}`} velden={[
        organisatieveld(),
        { naam: 'wanneer', label: 'Wanneer', soort: 'keuze', keuzes: SITUATIES, begin: SITUATIES[0] },
        { naam: 'eis', label: 'Eis', soort: 'keuze', keuzes: EIS_SLEUTELS, woorden: EISEN, begin: 'nooit' },
        redenveld('een professional'),
      ]} />
    </>
  );
}

/** Inzage for the household: until which age gezag holders see a child's, where the family reads a professional's name, what waits for disclosure. */
function Inzage({ stand }: { stand: Formulierstand }) {
  return (
    <>
      <Heading4>Inzage: wie zag welke gegevens over mij</Heading4>
      <FormField><Veld stand={stand} bestand="inzage.yaml" pad={['inzage', 'door_gezag_tot']} label="Wie gezag heeft, ziet de inzage van een kind tot (jaar)" soort="getal" /></FormField>
      <FormField><Veld stand={stand} bestand="inzage.yaml" pad={['inzage', 'naam_professional']} label={`Vormen waarin het gezin de naam leest van wie keek (gescheiden door komma's; kies uit ${VORMEN.join(', ')})`} soort="lijst" /></FormField>
      <Paragraph>Uitgestelde inzage: toegang door deze organisatie in deze vorm blijft uit de inzage tot de organisatie het onderzoek aan het gezin heeft gemeld.</Paragraph>
      <Lijst stand={stand} bestand="inzage.yaml" pad={['inzage', 'uitgesteld']} wat="Uitgestelde inzage" omschrijving={(u) => `${u.organisatie}, ${u.vorm}`} velden={[
        organisatieveld(),
        { naam: 'vorm', label: 'Vorm', soort: 'keuze', keuzes: VORMEN, begin: 'onderzoek' },
        redenveld('het gezin'),
      ]} />
    </>
  );
}

/** What a household member sees of the dossiers about the own household, and a parent of the own child, per organisation. */
function Gezin({ stand }: { stand: Formulierstand }) {
  return (
    <>
      <Heading4>Gezin: wat een gezinslid van het dossier over het eigen huishouden ziet</Heading4>
      {organisaties().map((o) => <FormField key={o}><Veld stand={stand} bestand="gezin.yaml" pad={['gezin', 'zichtbaar', o]} label={`Categorieën van ${o} over het huishouden als geheel (gescheiden door komma's)`} soort="lijst" /></FormField>)}
      <Heading4>Eigen kind: wat een ouder van het eigen kind ziet</Heading4>
      {['netwerk', ...organisaties()].map((o) => <FormField key={o}><Veld stand={stand} bestand="gezin.yaml" pad={['gezin', 'eigen_kind', 'zichtbaar', o]} label={`Categorieën van ${o} over het eigen kind (alleen identificatie kan)`} soort="lijst" /></FormField>)}
      <FormField><Veld stand={stand} bestand="gezin.yaml" pad={['gezin', 'reden']} label="Wat een gezinslid leest bij wat niet te zien is" soort="tekst" /></FormField>
    </>
  );
}

/** The rules as a form: the sharing matrix, the own dossier, ages, doelen per role, doorbraak limits, retention, exceptions, inzage and the gezin. */
export function Beleidsformulier({ stand }: { stand: Formulierstand }) {
  const w = stand.waarden;
  const doelen = (w['doelen.yaml']?.doelen ?? {}) as Record<string, { vormen: string[] }>;
  const eigenKolommen = Object.entries(doelen).flatMap(([d, { vormen }]) => vormen.map((v) => `${d}/${v}`));
  const leeftijden = (w['leeftijden.yaml']?.toestemming ?? []) as Array<{ vanaf?: number; tot?: number; door: string[] }>;
  const termijnen = ((w['bewaartermijnen.yaml']?.bewaartermijnen as { toegangslog?: Record<string, number> } | undefined)?.toegangslog) ?? {};
  return (
    <>
      <Heading4>Delen met een andere organisatie, per vorm van betrokkenheid</Heading4>
      <Matrix stand={stand} bestand="deelmatrix.yaml" pad={['matrix']} kolommen={VORMEN} keuzes={EIS_SLEUTELS} kop="Eis per categorie en vorm" />
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
      <Uitzonderingen stand={stand} />
      <Inzage stand={stand} />
      <Gezin stand={stand} />
    </>
  );
}

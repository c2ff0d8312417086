import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading3, Heading4, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { PARTNERS } from '../partners';
import { moment } from './api';

const BEOORDELINGEN = /* GraphQL */ `
  query Beoordelingen($filter: Beoordelingsfilter) {
    beoordelingen(filter: $filter) {
      id soort huishoudenOmschrijving personen categorieen professional organisatie doelen reden van tot volgnummers bevestigdDoor bevestigdMet bevestigdOp conclusie beoordeeldDoor beoordeeldOp
    }
  }
`;
const SLUIT = /* GraphQL */ `
  mutation SluitBeoordeling($item: String!, $conclusie: String!) { sluitBeoordeling(item: $item, conclusie: $conclusie) { id } }
`;

interface Item {
  id: string; soort: string; huishoudenOmschrijving: string; personen: string[]; categorieen: string[]; professional: string | null; organisatie: string; doelen: string[]; reden: string;
  van: string; tot: string; volgnummers: number[]; bevestigdDoor: string | null; bevestigdMet: string | null; bevestigdOp: string | null; conclusie: string | null; beoordeeldDoor: string | null; beoordeeldOp: string | null;
}
interface Filter { soort?: string; organisatie?: string; open?: boolean; vanaf?: string; totEnMet?: string }

const weergavenaam = (organisatie: string) => PARTNERS[organisatie] ?? organisatie;
const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;
const SOORTEN: Record<string, string> = { doorbraak: 'Doorbraak', wettelijk: 'Wettelijke grondslag', bezwaar: 'Bezwaar van een gezinslid' };
const voorDoelen = (doelen: string[]) => (doelen.length > 0 ? `, voor ${doelen.join(', ')}` : '');

/** Who confirmed a statutory betrokkenheid: a second professional (sub), or the dossier of the own organisation. */
const bevestiger = (door: string) => (door.startsWith('dossier:') ? `het dossier van ${weergavenaam(door.slice('dossier:'.length))}` : door);

/** Who looked, how often and when; for an objection, who objected to which access or organisation, and when. */
function wieWanneer(item: Item): string {
  const organisatie = weergavenaam(item.organisatie);
  if (item.soort !== 'bezwaar') return `${item.professional} (${organisatie}) raadpleegde ${aantal(item.volgnummers.length, 'keer', 'keer')} van ${moment(item.van)} tot en met ${moment(item.tot)}${voorDoelen(item.doelen)}.`;
  const waartegen = item.professional ? `een raadpleging door ${item.professional} (${organisatie}) op ${moment(item.van)}${voorDoelen(item.doelen)}` : `wat ${organisatie} vastlegde`;
  return `${item.personen[0] ?? 'Een gezinslid'} maakte op ${moment(item.tot)} bezwaar tegen ${waartegen}.`;
}

/** One item: what was accessed on which grondslag, by whom, over which period; open with a form, closed with its conclusion. */
function Beoordeling({ item, sluit, nr }: { item: Item; sluit: (id: string, conclusie: string) => Promise<void>; nr: number }) {
  const kop = `beoordeling-${nr}-kop`;
  const indienen = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void sluit(item.id, String(new FormData(e.currentTarget).get('conclusie')));
  };
  return (
    <article aria-labelledby={kop}>
      <Heading4 id={kop}>{SOORTEN[item.soort] ?? item.soort}: {item.huishoudenOmschrijving}</Heading4>
      <Paragraph>{wieWanneer(item)}</Paragraph>
      <Paragraph>Over {item.personen.join(', ') || 'het huishouden als geheel'}: {item.categorieen.join('; ') || 'geen verstrekte gegevens bekend'}.</Paragraph>
      <Paragraph>{item.soort === 'bezwaar' ? 'Bezwaar' : 'Reden'}: {item.reden || '—'}</Paragraph>
      {item.bevestigdDoor && <Paragraph>{`Bevestigd door ${bevestiger(item.bevestigdDoor)}${item.bevestigdMet ? ` (${item.bevestigdMet})` : ''}${item.bevestigdOp ? ` op ${moment(item.bevestigdOp)}` : ''}.`}</Paragraph>}
      {item.conclusie !== null ? (
        <Paragraph>Afgesloten door {item.beoordeeldDoor} op {item.beoordeeldOp ? moment(item.beoordeeldOp) : '—'}. Conclusie: {item.conclusie}</Paragraph>
      ) : (
        <form onSubmit={indienen} aria-label={`Beoordeling afsluiten: ${item.huishoudenOmschrijving}`}>
          <FormField>
            <FormLabel htmlFor={`conclusie-${nr}`}>Conclusie (minstens 20 tekens)</FormLabel>
            <Textarea id={`conclusie-${nr}`} name="conclusie" required />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">Afsluiten met deze conclusie</Button>
        </form>
      )}
    </article>
  );
}

/**
 * The review queue: one item per doorbraak, statutory betrokkenheid or objection of a household member, only those that concern the officer's own
 * organisation (its professional looked, or its data was disclosed); filters; closed items stay with their conclusion.
 */
export function Beoordelingen() {
  const [filter, setFilter] = useState<Filter>({ open: true });
  const [{ data, error, fetching }, opnieuw] = useQuery<{ beoordelingen: Item[] }>({ query: BEOORDELINGEN, variables: { filter }, requestPolicy: 'network-only' });
  const [afsluiting, sluitAf] = useMutation(SLUIT);
  const sluit = async (item: string, conclusie: string) => {
    const uit = await sluitAf({ item, conclusie });
    if (!uit.error) opnieuw({ requestPolicy: 'network-only' });
  };
  const filteren = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const tekst = (naam: string) => String(f.get(naam) ?? '') || undefined;
    const status = tekst('status');
    setFilter({ soort: tekst('soort'), organisatie: tekst('organisatie'), open: status === undefined ? undefined : status === 'open', vanaf: tekst('vanaf'), totEnMet: tekst('totEnMet') });
  };
  return (
    <section aria-labelledby="wachtrij-kop">
      <Heading3 id="wachtrij-kop">Te beoordelen</Heading3>
      <Paragraph>Raadplegingen op een doorbraak of een wettelijke grondslag die uw organisatie aangaan (een professional van uw organisatie keek, of er zijn gegevens van uw organisatie verstrekt), en bezwaren van gezinsleden daartegen. Eén item per doorbraak of betrokkenheid, en één per bezwaar van een gezinslid.</Paragraph>
      <form onSubmit={filteren} aria-label="Filter de beoordelingen">
        <Fieldset>
          <FieldsetLegend>Filter</FieldsetLegend>
          <FormField>
            <FormLabel htmlFor="filter-status">Status</FormLabel>
            <Select id="filter-status" name="status" defaultValue="open">
              <SelectOption value="open">Open</SelectOption>
              <SelectOption value="gesloten">Afgesloten</SelectOption>
              <SelectOption value="">Alle</SelectOption>
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="filter-soort">Soort</FormLabel>
            <Select id="filter-soort" name="soort" defaultValue="">
              <SelectOption value="">Alle soorten</SelectOption>
              <SelectOption value="doorbraak">Doorbraak</SelectOption>
              <SelectOption value="wettelijk">Wettelijke grondslag</SelectOption>
              <SelectOption value="bezwaar">Bezwaar van een gezinslid</SelectOption>
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="filter-organisatie">Organisatie van de professional</FormLabel>
            <Select id="filter-organisatie" name="organisatie" defaultValue="">
              <SelectOption value="">Alle organisaties</SelectOption>
              {Object.keys(PARTNERS).filter((o) => o !== 'netwerk').map((o) => <SelectOption key={o} value={o}>{weergavenaam(o)}</SelectOption>)}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="filter-vanaf">Geraadpleegd vanaf</FormLabel>
            <Textbox id="filter-vanaf" name="vanaf" type="date" />
          </FormField>
          <FormField>
            <FormLabel htmlFor="filter-tot">Geraadpleegd tot en met</FormLabel>
            <Textbox id="filter-tot" name="totEnMet" type="date" />
          </FormField>
          <Button type="submit" appearance="secondary-action-button">Toon</Button>
        </Fieldset>
      </form>
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De beoordelingen konden niet worden geladen.'}</Alert>}
      {afsluiting.error && <Alert type="error">{afsluiting.error.graphQLErrors[0]?.message ?? 'Afsluiten is mislukt.'}</Alert>}
      {data && <Paragraph>{aantal(data.beoordelingen.length, 'item', 'items')}.</Paragraph>}
      {data?.beoordelingen.map((item, i) => <Beoordeling key={item.id} item={item} sluit={sluit} nr={i + 1} />)}
    </section>
  );
}

import { Alert, Button, FormField, FormFieldCheckbox, FormLabel, Heading4, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';

import { Aangemeld } from './aanmelding';
import { vandaag } from './leden';
import { alsEnum, ORGANISATIES } from './partners';

const REGISTREER = /* GraphQL */ `
  mutation RegistreerBetrokkenheid($invoer: BetrokkenheidInvoer!) {
    registreerBetrokkenheid(invoer: $invoer) { vorm organisatie team bevestigdDoor bevestigdMet }
  }
`;

interface Geregistreerd {
  vorm: string;
  organisatie: string;
  team: string;
  bevestigdDoor: string | null;
  bevestigdMet: string | null;
}

/** A statutory betrokkenheid (the form asks its grondslag or uitspraak) that nobody confirmed yet. */
const wacht = (b: Geregistreerd) => (b.vorm === 'onderzoek' || b.vorm === 'maatregel') && !b.bevestigdDoor;

/** What a registration now does: a statutory one waits for someone else's confirmation, and the registrant is told by whom. */
function uitkomst(b: Geregistreerd): string {
  if (b.bevestigdDoor?.startsWith('dossier:')) return `Betrokkenheid vastgelegd en bevestigd door het dossier van uw organisatie (${b.bevestigdMet}).`;
  if (!wacht(b)) return 'Betrokkenheid vastgelegd.';
  const organisatie = ORGANISATIES[b.organisatie] ?? b.organisatie;
  const dit = b.vorm === 'maatregel' ? 'deze maatregel' : 'dit onderzoek';
  return `Betrokkenheid vastgelegd. ${dit[0].toUpperCase()}${dit.slice(1)} wacht op bevestiging: het dossier van ${organisatie} bevat (nog) geen ${b.vorm} van u, dus moet een teamleider of gedragswetenschapper van ${organisatie} in het team ${b.team} het bevestigen; u zelf kunt dat niet. Tot dan opent ${dit} geen gegevens.`;
}

/**
 * Registering a betrokkenheid: the lokaal team registers the joint forms (a duo or consultatie, also for a
 * partner's professional), a statutory organisation only its own, with its grondslag and afweging, or the
 * uitspraak of a maatregel. The network says in words what it refuses, and a statutory one that waits for
 * confirmation says so, and by whom.
 */
export function BetrokkenheidFormulier({ huishouden, aangemeld, klaar }: { huishouden: string; aangemeld: Aangemeld; klaar(): void }) {
  const [vorm, setVorm] = useState('duo');
  const [regiehouder, setRegiehouder] = useState(false);
  const [{ fetching, error, data }, registreer] = useMutation<{ registreerBetrokkenheid: Geregistreerd }>(REGISTREER);
  const verstuur = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const tekst = (n: string) => String(f.get(n) ?? '').trim() || null;
    const resultaat = await registreer({
      invoer: {
        huishouden, organisatie: tekst('organisatie'), team: tekst('team'), professional: tekst('professional'), vorm, regiehouder,
        vanaf: tekst('vanaf'), tot: tekst('tot'), grondslag: tekst('grondslag'), afweging: tekst('afweging'), uitspraakkenmerk: tekst('uitspraak'),
      },
    });
    if (!resultaat.error) klaar();
  };
  return (
    <form aria-labelledby="betrokkenheid-kop" onSubmit={(e) => void verstuur(e)}>
      <Heading4 id="betrokkenheid-kop">Betrokkenheid vastleggen</Heading4>
      <FormField>
        <FormLabel htmlFor="betrokkenheid-vorm">Vorm</FormLabel>
        <Select id="betrokkenheid-vorm" value={vorm} onChange={(e) => setVorm(e.target.value)}>
          {['consultatie', 'duo', 'onderzoek', 'maatregel'].map((v) => <SelectOption key={v} value={v}>{v}</SelectOption>)}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="betrokkenheid-organisatie">Organisatie van de betrokken professional</FormLabel>
        <Select id="betrokkenheid-organisatie" name="organisatie" defaultValue={alsEnum(aangemeld.organisatie ?? '')}>
          {Object.entries(ORGANISATIES).map(([o, naam]) => <SelectOption key={o} value={o}>{naam}</SelectOption>)}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="betrokkenheid-team">Team</FormLabel>
        <Textbox id="betrokkenheid-team" name="team" defaultValue={aangemeld.team ?? ''} required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="betrokkenheid-professional">Professional</FormLabel>
        <Textbox id="betrokkenheid-professional" name="professional" defaultValue={aangemeld.sub} required />
      </FormField>
      <FormFieldCheckbox label="Deze professional voert de casusregie (regiehouder)" checked={regiehouder} onChange={(e) => setRegiehouder(e.target.checked)} />
      <FormField>
        <FormLabel htmlFor="betrokkenheid-vanaf">Vanaf</FormLabel>
        <Textbox id="betrokkenheid-vanaf" name="vanaf" type="date" defaultValue={vandaag()} required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="betrokkenheid-tot">Tot en met (leeg: open)</FormLabel>
        <Textbox id="betrokkenheid-tot" name="tot" type="date" />
      </FormField>
      {vorm === 'onderzoek' && (
        <>
          <FormField>
            <FormLabel htmlFor="betrokkenheid-grondslag">Wettelijke grondslag</FormLabel>
            <Textbox id="betrokkenheid-grondslag" name="grondslag" required />
          </FormField>
          <FormField>
            <FormLabel htmlFor="betrokkenheid-afweging">Afweging: proportionaliteit en subsidiariteit, in eigen woorden</FormLabel>
            <Textarea id="betrokkenheid-afweging" name="afweging" required />
          </FormField>
        </>
      )}
      {vorm === 'maatregel' && (
        <FormField>
          <FormLabel htmlFor="betrokkenheid-uitspraak">Kenmerk van de uitspraak van de rechter</FormLabel>
          <Textbox id="betrokkenheid-uitspraak" name="uitspraak" required />
        </FormField>
      )}
      <Button type="submit" appearance="primary-action-button" disabled={fetching}>Betrokkenheid vastleggen</Button>
      <div aria-live="polite">
        {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De betrokkenheid kon niet worden vastgelegd.'}</Alert>}
        {data && !error && <Alert type={wacht(data.registreerBetrokkenheid) ? 'warning' : 'ok'}>{uitkomst(data.registreerBetrokkenheid)}</Alert>}
      </div>
    </form>
  );
}

import {
  Alert, Button, FormField, FormFieldDescription, FormLabel, Heading4, Paragraph, Select, SelectOption, Textbox, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';

import { Keuzes } from './Keuzes';
import { Lid, lidLabel, vandaag } from './leden';
import { ORGANISATIES } from './partners';
import { regelInWoorden, Regels, regelsVoorGroep } from './regels';
import { categorieenInWoorden, categorieInWoorden, doelInWoorden } from './woorden';

const REGISTREER = /* GraphQL */ `
  mutation RegistreerToestemming($invoer: ToestemmingInvoer!) {
    registreerToestemming(invoer: $invoer) { id }
  }
`;

/** What the age rules ask for this person, and what of it the chosen givers cover, as far as the professional may see. */
function Uitleg({ lid, leden, regels, gegevenDoor }: { lid: Lid; leden: Lid[]; regels: Regels; gegevenDoor: string[] }) {
  const banden = regelsVoorGroep(regels.leeftijden, lid.leeftijdsgroep);
  const vraagt = new Set(banden.flatMap((b) => b.door));
  const gezag = lid.gezaghebbenden?.map((g) => g.id) ?? null;
  const nog: string[] = [];
  if (lid.leeftijdsgroep && vraagt.has('persoon') && !gegevenDoor.includes(lid.id)) nog.push(`${lidLabel(leden, lid.id)} zelf`);
  if (lid.leeftijdsgroep && vraagt.has('gezaghebbenden') && gezag) for (const g of gezag) if (!gegevenDoor.includes(g)) nog.push(`${lidLabel(leden, g)} (gezag)`);
  return (
    <FormFieldDescription id="toestemming-uitleg" aria-live="polite">
      <Paragraph>
        {lid.leeftijdsgroep ? `${lidLabel(leden, lid.id)} is ${lid.leeftijdsgroep}. Wie dan toestemming geeft:` : 'De leeftijd van deze persoon is voor u afgeschermd. Wie toestemming geeft, hangt van de leeftijd af:'}
      </Paragraph>
      <UnorderedList>
        {banden.map((b) => <UnorderedListItem key={b.vanaf}>{regelInWoorden(b)}</UnorderedListItem>)}
      </UnorderedList>
      <Paragraph>
        {gezag === null
          ? 'Wie gezag heeft, is voor u afgeschermd. Het netwerk controleert bij elk gebruik of de toestemming volledig is.'
          : gezag.length > 0
            ? `Gezag: ${gezag.map((g) => lidLabel(leden, g)).join(', ')}.`
            : 'Niemand in dit huishouden heeft gezag over deze persoon geregistreerd.'}
        {nog.length > 0 && ` Nog nodig: toestemming van ${nog.join(' en ')}.`}
        {lid.leeftijdsgroep && nog.length === 0 && gegevenDoor.length > 0 && ' Met deze gevers is de toestemming volledig.'}
      </Paragraph>
    </FormFieldDescription>
  );
}

/** Registering one person's consent: who, given by whom (with the age and gezag rule explained as it is filled in), for whom, what and why. */
export function ToestemmingFormulier({ leden, regels, doel, klaar }: { leden: Lid[]; regels: Regels; doel: string; klaar(): void }) {
  const [persoon, setPersoon] = useState(leden[0]?.id ?? '');
  const [gegevenDoor, setGegevenDoor] = useState<string[]>([]);
  const [categorieen, setCategorieen] = useState<string[]>([]);
  const [{ fetching, error }, registreer] = useMutation(REGISTREER);
  const [gelukt, setGelukt] = useState(false);
  const lid = leden.find((l) => l.id === persoon);
  const te = regels.categorieen.filter((c) => c !== 'pseudoniem' && !regels.nooitGedeeld.includes(c));
  const verstuur = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setGelukt(false);
    const formulier = e.currentTarget;
    const f = new FormData(formulier);
    const tekst = (n: string) => String(f.get(n) ?? '').trim();
    const resultaat = await registreer({
      invoer: {
        persoon, gegevenDoor, categorieen,
        ontvangerOrganisatie: tekst('ontvanger'), ontvangerTeam: tekst('team') || null, ontvangerProfessional: tekst('professional') || null,
        doel: tekst('doel'), vorm: tekst('vorm'), bewijs: tekst('bewijs'), geldigVanaf: tekst('vanaf'), geldigTot: tekst('tot') || null,
      },
    });
    if (!resultaat.error) {
      setGelukt(true);
      setGegevenDoor([]);
      setCategorieen([]);
      formulier.reset();
      klaar();
    }
  };
  return (
    <form aria-labelledby="toestemming-kop" onSubmit={(e) => void verstuur(e)}>
      <Heading4 id="toestemming-kop">Toestemming vastleggen</Heading4>
      <FormField>
        <FormLabel htmlFor="toestemming-persoon">Om wie gaat het</FormLabel>
        <Select id="toestemming-persoon" value={persoon} onChange={(e) => setPersoon(e.target.value)} aria-describedby="toestemming-uitleg">
          {leden.map((l) => <SelectOption key={l.id} value={l.id}>{lidLabel(leden, l.id)}</SelectOption>)}
        </Select>
      </FormField>
      {lid && <Uitleg lid={lid} leden={leden} regels={regels} gegevenDoor={gegevenDoor} />}
      <Keuzes legenda="Wie gaf toestemming" opties={leden.map((l) => ({ waarde: l.id, label: lidLabel(leden, l.id) }))} gekozen={gegevenDoor} onChange={setGegevenDoor} />
      <FormField>
        <FormLabel htmlFor="toestemming-ontvanger">Met welke organisatie mag gedeeld worden</FormLabel>
        <Select id="toestemming-ontvanger" name="ontvanger" defaultValue="veilig_thuis">
          {Object.entries(ORGANISATIES).map(([o, naam]) => <SelectOption key={o} value={o}>{naam}</SelectOption>)}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="toestemming-team">Alleen dit team (leeg: de hele organisatie)</FormLabel>
        <Textbox id="toestemming-team" name="team" />
      </FormField>
      <FormField>
        <FormLabel htmlFor="toestemming-professional">Alleen deze professional (leeg: iedereen van dat team)</FormLabel>
        <Textbox id="toestemming-professional" name="professional" />
      </FormField>
      <Keuzes legenda="Welke gegevens" opties={te.map((c) => ({ waarde: c, label: categorieInWoorden(c) }))} gekozen={categorieen} onChange={setCategorieen}
        uitleg={<Paragraph>Nooit te delen, ook niet met toestemming: {categorieenInWoorden(regels.nooitGedeeld)}.</Paragraph>} />
      <FormField>
        <FormLabel htmlFor="toestemming-doel">Voor welk doel</FormLabel>
        <Select id="toestemming-doel" name="doel" defaultValue={regels.doelen.some((d) => d.naam === doel) ? doel : regels.doelen[0]?.naam}>
          {regels.doelen.map((d) => <SelectOption key={d.naam} value={d.naam}>{doelInWoorden(regels.doelen, d.naam)}</SelectOption>)}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="toestemming-vorm">Hoe gegeven</FormLabel>
        <Select id="toestemming-vorm" name="vorm" defaultValue="schriftelijk">
          <SelectOption value="schriftelijk">schriftelijk</SelectOption>
          <SelectOption value="mondeling">mondeling</SelectOption>
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="toestemming-bewijs">Bewijs: het formulier of het gespreksverslag</FormLabel>
        <Textbox id="toestemming-bewijs" name="bewijs" required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="toestemming-vanaf">Geldig vanaf</FormLabel>
        <Textbox id="toestemming-vanaf" name="vanaf" type="date" defaultValue={vandaag()} required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="toestemming-tot">Geldig tot en met (leeg: tot intrekking)</FormLabel>
        <Textbox id="toestemming-tot" name="tot" type="date" />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={fetching}>Toestemming vastleggen</Button>
      <div aria-live="polite">
        {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De toestemming kon niet worden vastgelegd.'}</Alert>}
        {gelukt && <Alert type="ok">Toestemming vastgelegd. Het netwerkdossier is bijgewerkt: u ziet haar bij het gezinslid onder Gezinsleden.</Alert>}
      </div>
    </form>
  );
}

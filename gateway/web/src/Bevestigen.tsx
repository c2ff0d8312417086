import {
  Alert, Button, ButtonGroup, FormFieldCheckbox, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { useContacten } from './Betrokkenen';
import { datum } from './datum';
import { huishoudnummer, nummerHuishoudens } from './huishoudnaam';
import { vormInWoorden } from './woorden';

const TE_BEVESTIGEN = /* GraphQL */ `
  query TeBevestigen {
    teBevestigen { betrokkenheid huishouden vorm registrant team vanaf grondslag afweging uitspraakkenmerk geregistreerdOp }
  }
`;

const BEVESTIG = /* GraphQL */ `
  mutation BevestigBetrokkenheid($betrokkenheid: ID!) {
    bevestigBetrokkenheid(betrokkenheid: $betrokkenheid) { id bevestigdDoor }
  }
`;

interface TeBevestigen {
  betrokkenheid: string;
  huishouden: string;
  vorm: string;
  registrant: string;
  team: string;
  vanaf: string;
  grondslag: string | null;
  afweging: string | null;
  uitspraakkenmerk: string | null;
  geregistreerdOp: string;
}

/** How the list names a household without its content: its stable number (huishoudnaam), never the pseudonym. */
const kort = (huishouden: string) => huishoudnummer(huishouden);

/** The waiting betrokkenheid in a sentence: "het onderzoek", "de maatregel". */
const watWacht = (t: TeBevestigen) => (t.vorm === 'maatregel' ? 'de maatregel' : 'het onderzoek');

/** What the confirmer declares to have read: the uitspraak of a maatregel, the grondslag and afweging of an onderzoek. */
const gelezen = (t: TeBevestigen) => (t.vorm === 'maatregel'
  ? 'Ik heb het kenmerk van de uitspraak gelezen en bevestig dat deze maatregel loopt'
  : 'Ik heb de grondslag en afweging gelezen en vind het onderzoek zonder toestemming hiermee gerechtvaardigd');

/** The grondslag a registrant gave, as the confirmer weighs it. */
function Grondslag({ t }: { t: TeBevestigen }) {
  if (t.vorm === 'maatregel') return <>Uitspraak van de rechter: {t.uitspraakkenmerk}</>;
  return (
    <>
      {t.grondslag}
      {t.afweging && <Paragraph>Afweging: {t.afweging}</Paragraph>}
    </>
  );
}

/**
 * For a teamleider or gedragswetenschapper (doel bevestiging): the onderzoeken and maatregelen of others in
 * their team that wait for a second pair of eyes, each confirmed after a declaration of having read its
 * grondslag; the household by its pseudonym only. The result is announced and the list reloads.
 */
export function Bevestigen() {
  const [{ data, error, fetching }, opnieuw] = useQuery<{ teBevestigen: TeBevestigen[] }>({ query: TE_BEVESTIGEN, requestPolicy: 'network-only' });
  const [{ fetching: bezig }, bevestig] = useMutation(BEVESTIG);
  const contacten = useContacten();
  const naam = (sub: string) => contacten.find((c) => c.sub === sub)?.naam ?? sub;
  const [open, setOpen] = useState<string | null>(null);
  const [gelezenAangevinkt, setGelezen] = useState(false);
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string } | null>(null);
  const kies = (id: string | null) => {
    setOpen(id);
    setGelezen(false);
  };
  const bevestigen = async (t: TeBevestigen) => {
    const antwoord = await bevestig({ betrokkenheid: t.betrokkenheid });
    kies(null);
    if (antwoord.error) setMelding({ type: 'error', tekst: antwoord.error.graphQLErrors[0]?.message ?? 'De betrokkenheid kon niet worden bevestigd.' });
    else setMelding({ type: 'ok', tekst: `Bevestigd: ${watWacht(t)} van ${naam(t.registrant)} bij huishouden ${kort(t.huishouden)} opent nu gegevens voor ${naam(t.registrant)}.` });
    opnieuw({ requestPolicy: 'network-only' });
  };
  if (data) nummerHuishoudens(data.teBevestigen.map((t) => t.huishouden));
  return (
    <section aria-labelledby="bevestigen-kop">
      <Heading2 id="bevestigen-kop">Wacht op uw bevestiging</Heading2>
      <Paragraph>
        Een onderzoek of maatregel van een collega uit uw team opent pas gegevens als iemand anders dan de registrant het bevestigt: het dossier van
        uw organisatie, of u. U ziet hier alleen de grondslag, niet het dossier; uw eigen registraties staan hier niet.
      </Paragraph>
      <div role="status" aria-live="polite">
        {melding && <Alert type={melding.type}>{melding.tekst}</Alert>}
      </div>
      {fetching && !data && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De lijst kon niet worden geladen.'}</Alert>}
      {data && data.teBevestigen.length === 0 && <Paragraph>Er wacht niets op uw bevestiging.</Paragraph>}
      {data && data.teBevestigen.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
              <TableHeaderCell scope="col">Vorm</TableHeaderCell>
              <TableHeaderCell scope="col">Geregistreerd door</TableHeaderCell>
              <TableHeaderCell scope="col">Grondslag</TableHeaderCell>
              <TableHeaderCell scope="col">Bevestigen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.teBevestigen.map((t) => (
              <TableRow key={t.betrokkenheid}>
                <TableCell>Huishouden {kort(t.huishouden)}</TableCell>
                <TableCell>{vormInWoorden(t.vorm)}, vanaf {datum(t.vanaf)}</TableCell>
                <TableCell>{naam(t.registrant)} ({t.team}), op {datum(t.geregistreerdOp)}</TableCell>
                <TableCell><Grondslag t={t} /></TableCell>
                <TableCell>
                  {open !== t.betrokkenheid && (
                    <Button appearance="secondary-action-button" aria-label={`Bevestigen: ${t.vorm} van ${naam(t.registrant)} bij huishouden ${kort(t.huishouden)}`} onClick={() => kies(t.betrokkenheid)}>Bevestigen</Button>
                  )}
                  {open === t.betrokkenheid && (
                    <div role="group" aria-label={`Bevestig ${watWacht(t)} van ${naam(t.registrant)}`}>
                      <FormFieldCheckbox label={`${gelezen(t)}.`} checked={gelezenAangevinkt} onChange={(e) => setGelezen(e.target.checked)} />
                      <ButtonGroup>
                        <Button appearance="primary-action-button" disabled={!gelezenAangevinkt || bezig} onClick={() => void bevestigen(t)}>Ja, bevestigen</Button>
                        <Button appearance="secondary-action-button" onClick={() => kies(null)}>Annuleren</Button>
                      </ButtonGroup>
                    </div>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

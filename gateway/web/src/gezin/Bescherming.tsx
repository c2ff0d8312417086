import { Alert, Button, ButtonGroup, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { datum } from '../datum';
import { Lid, lidLabel } from '../leden';

const BESCHERMD = /* GraphQL */ `
  query BeschermdeGezinsleden($huishouden: ID!) {
    beschermdeGezinsleden(huishouden: $huishouden) { huishouden persoon sinds doorU }
  }
`;

const MARKEER = /* GraphQL */ `
  mutation MarkeerBeschermd($persoon: ID!, $beschermd: Boolean!) {
    markeerBeschermd(persoon: $persoon, beschermd: $beschermd)
  }
`;

interface Beschermd {
  persoon: string;
  sinds: string;
  doorU: boolean;
}

/**
 * For a professional who works with the household: who is beschermd (e.g. staying in a shelter), marking
 * someone, and lifting it. While someone is, the other members' app shows nothing that tells where they stay.
 */
export function BeschermingFormulier({ huishouden, leden, regiehouder }: { huishouden: string; leden: Lid[]; regiehouder: boolean }) {
  const [{ data, error }, opnieuw] = useQuery<{ beschermdeGezinsleden: Beschermd[] }>({ query: BESCHERMD, variables: { huishouden }, requestPolicy: 'network-only' });
  const [{ fetching }, markeer] = useMutation(MARKEER);
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string } | null>(null);
  const beschermd = new Map((data?.beschermdeGezinsleden ?? []).map((b) => [b.persoon, b]));
  const zet = async (lid: Lid, aan: boolean) => {
    const uit = await markeer({ persoon: lid.id, beschermd: aan });
    if (uit.error) return setMelding({ type: 'error', tekst: uit.error.graphQLErrors[0]?.message ?? 'Dat is niet gelukt.' });
    setMelding({ type: 'ok', tekst: aan ? `${lidLabel(leden, lid.id)} is nu beschermd. De andere gezinsleden zien vanaf nu niets meer dat vertelt waar zij of hij verblijft.` : `De bescherming van ${lidLabel(leden, lid.id)} is opgeheven.` });
    opnieuw({ requestPolicy: 'network-only' });
  };
  return (
    <section aria-labelledby="bescherming-kop">
      <Heading4 id="bescherming-kop">Beschermd gezinslid</Heading4>
      <Paragraph>
        Verblijft iemand op een geheim adres, bijvoorbeeld in de opvang? Markeer haar of hem dan als beschermd. Zolang dat zo is, zien de andere
        gezinsleden in hun app niets dat vertelt waar zij of hij verblijft: niet de opvang, niet wie daar met haar of hem werkt, en niets uit het
        gezinsplan, de Top3 of het MDO (daar kan een adres of plaats in staan). Iedereen die met het gezin werkt kan markeren; opheffen kan alleen
        de regiehouder of wie het markeerde.
      </Paragraph>
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Wie beschermd is, kon niet worden geladen.'}</Alert>}
      <UnorderedList>
        {leden.map((l) => {
          const b = beschermd.get(l.id);
          return (
            <UnorderedListItem key={l.id}>
              <Paragraph>{b ? `${lidLabel(leden, l.id)}: beschermd sinds ${datum(b.sinds)}.` : `${lidLabel(leden, l.id)}: niet beschermd.`}</Paragraph>
              <ButtonGroup>
                {!b && <Button appearance="secondary-action-button" disabled={fetching} onClick={() => void zet(l, true)}>{`Markeer ${lidLabel(leden, l.id)} als beschermd`}</Button>}
                {b && (b.doorU || regiehouder) && <Button appearance="secondary-action-button" disabled={fetching} onClick={() => void zet(l, false)}>{`Bescherming van ${lidLabel(leden, l.id)} opheffen`}</Button>}
              </ButtonGroup>
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
      <div role="status" aria-live="polite">
        {melding && <Alert type={melding.type}>{melding.tekst}</Alert>}
      </div>
    </section>
  );
}

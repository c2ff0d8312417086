import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery } from 'urql';

import { moment } from './datum';
import { Lid, lidLabel } from './leden';
import { categorieenInWoorden } from './woorden';

export const MIJN_DOORBRAKEN = /* GraphQL */ `
  query MijnDoorbraken {
    mijnDoorbraken { id huishouden personen categorieen begintOp eindigtOp }
  }
`;

const BEEINDIG = /* GraphQL */ `
  mutation BeeindigDoorbraak($id: ID!) {
    beeindigDoorbraak(id: $id) { id eindigtOp }
  }
`;

interface Lopend { id: string; huishouden: string; personen: string[]; categorieen: string[]; begintOp: string; eindigtOp: string }

/**
 * A banner while one's own doorbraak on this household runs: until when, for whom and what, and a button to end
 * it now (the end is recorded in the toegangslog like the start). The page remounts it after a new doorbraak.
 */
export function LopendeDoorbraak({ huishouden, leden, beeindigd }: { huishouden: string; leden: Lid[]; beeindigd(): void }) {
  const [{ data }, herlaad] = useQuery<{ mijnDoorbraken: Lopend[] }>({ query: MIJN_DOORBRAKEN, requestPolicy: 'network-only' });
  const [{ fetching, error }, beeindig] = useMutation(BEEINDIG);
  const lopend = (data?.mijnDoorbraken ?? []).filter((d) => d.huishouden === huishouden);
  if (lopend.length === 0) return null;
  return (
    <div aria-live="polite">
      {lopend.map((d) => (
        <Alert key={d.id} type="warning" className="nd-doorbraakbanner">
          <Paragraph>
            <strong>Doorbraak loopt tot {moment(d.eindigtOp)}</strong>: {categorieenInWoorden(d.categorieen)} van {d.personen.map((p) => lidLabel(leden, p)).join(', ')}.
            Gestart {moment(d.begintOp)}. De privacyfunctionaris toetst hem achteraf.
          </Paragraph>
          <Button className="nd-niet-afdrukken" appearance="secondary-action-button" disabled={fetching}
            onClick={() => void beeindig({ id: d.id }).then((r) => { if (!r.error) { herlaad({ requestPolicy: 'network-only' }); beeindigd(); } })}>
            Doorbraak nu beëindigen
          </Button>
          {error && <Paragraph>{error.graphQLErrors[0]?.message ?? 'De doorbraak kon niet worden beëindigd.'}</Paragraph>}
        </Alert>
      ))}
    </div>
  );
}

import { Alert, Button, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { datum } from '../datum';

const MIJN_UITNODIGINGEN = /* GraphQL */ `
  query MijnUitnodigingen {
    mijnUitnodigingen { id huishouden soorten uitgenodigdOp }
  }
`;

const NEEM_AAN = /* GraphQL */ `
  mutation NeemUitnodigingAan($uitnodiging: ID!) {
    neemUitnodigingAan(uitnodiging: $uitnodiging) { id }
  }
`;

interface Uitnodiging {
  id: string;
  huishouden: string;
  soorten: string[];
  uitgenodigdOp: string;
}

/** For a professional: households that invited them to their plan; accepting registers the betrokkenheid (duo) the household's consent opens. */
export function Uitnodigingen({ onAangenomen }: { onAangenomen(): void }) {
  const [{ data }, opnieuw] = useQuery<{ mijnUitnodigingen: Uitnodiging[] }>({ query: MIJN_UITNODIGINGEN, requestPolicy: 'network-only' });
  const [, neemAan] = useMutation(NEEM_AAN);
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string } | null>(null);
  const aannemen = async (u: Uitnodiging) => {
    const uit = await neemAan({ uitnodiging: u.id });
    setMelding(uit.error ? { type: 'error', tekst: uit.error.graphQLErrors[0]?.message ?? 'De uitnodiging kon niet worden aangenomen.' } : { type: 'ok', tekst: `Uitnodiging aangenomen: u werkt nu als duo met huishouden ${u.huishouden}.` });
    opnieuw({ requestPolicy: 'network-only' });
    if (!uit.error) onAangenomen();
  };
  if (!data?.mijnUitnodigingen.length && !melding) return null;
  return (
    <section aria-labelledby="uitnodigingen-kop">
      <Heading3 id="uitnodigingen-kop">Uitnodigingen van huishoudens</Heading3>
      <div role="status" aria-live="polite">{melding && <Alert type={melding.type}>{melding.tekst}</Alert>}</div>
      <UnorderedList>
        {data?.mijnUitnodigingen.map((u) => (
          <UnorderedListItem key={u.id}>
            <Paragraph>{`Huishouden ${u.huishouden} nodigde u uit op ${datum(u.uitgenodigdOp)}, met toestemming voor: ${u.soorten.join(', ')}.`}</Paragraph>
            <Button appearance="primary-action-button" aria-label={`Uitnodiging van huishouden ${u.huishouden} aannemen`} onClick={() => void aannemen(u)}>Aannemen</Button>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

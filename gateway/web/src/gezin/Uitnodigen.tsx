import { Alert, Button, FormField, FormLabel, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';

import { SoortenEnTot } from './SoortenEnTot';
import { Keuzemenu, NODIG_UIT } from './vragen';

/**
 * Inviting a named professional of a partner to your plan (the Utrecht model), with your consent for only
 * that professional. It opens once they accept; revoking it ends their involvement too.
 */
export function Uitnodigen({ keuzes, onUitgenodigd }: { keuzes: Keuzemenu; onUitgenodigd(tekst: string): void }) {
  const [{ fetching, error }, nodigUit] = useMutation(NODIG_UIT);
  const [soorten, setSoorten] = useState<string[]>([]);
  if (keuzes.uitTeNodigen.length === 0 || !keuzes.voorWie.some((k) => k.naam === 'uzelf')) return null;
  const verstuur = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const [organisatie, professional] = String(new FormData(e.currentTarget).get('wie')).split('/');
    const tot = String(new FormData(e.currentTarget).get('tot') ?? '') || null;
    const uit = await nodigUit({ invoer: { organisatie, professional, categorieen: soorten, geldigTot: tot } });
    if (!uit.error) {
      setSoorten([]);
      onUitgenodigd(`Uw uitnodiging is verstuurd. ${uit.data.nodigUit.omschrijving}`);
    }
  };
  return (
    <form aria-labelledby="uitnodigen-kop" onSubmit={(e) => void verstuur(e)}>
      <Heading3 id="uitnodigen-kop">Een professional uitnodigen</Heading3>
      <Paragraph>Wilt u dat iemand meedenkt over uw plan? Nodig die persoon uit. Die ziet alleen wat u hieronder kiest, en pas als die de uitnodiging aanneemt. U kunt dit altijd weer intrekken.</Paragraph>
      <FormField>
        <FormLabel htmlFor="uitnodigen-wie">Wie nodigt u uit</FormLabel>
        <Select id="uitnodigen-wie" name="wie">
          {keuzes.uitTeNodigen.map((k) => <SelectOption key={`${k.organisatie}/${k.waarde}`} value={`${k.organisatie}/${k.waarde}`}>{`${k.naam} (${k.uitleg})`}</SelectOption>)}
        </Select>
      </FormField>
      <SoortenEnTot id="uitnodigen" soorten={keuzes.soorten} gekozen={soorten} onChange={setSoorten} />
      <Button type="submit" appearance="primary-action-button" disabled={fetching || soorten.length === 0}>Uitnodigen</Button>
      <div aria-live="polite">
        {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw uitnodiging kon niet worden verstuurd.'}</Alert>}
      </div>
    </form>
  );
}

import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';

import { demoPersonas, DemoPersona, meldAanAls } from './aanmelding';

/** Sign-in: in development a list of demo personas; production sign-in (OIDC) is not built yet. */
export function Aanmelden({ onAangemeld }: { onAangemeld(): void }) {
  const [personas, setPersonas] = useState<DemoPersona[] | null | undefined>(undefined);
  const [fout, setFout] = useState<string | null>(null);
  useEffect(() => {
    demoPersonas().then(setPersonas, (e: Error) => setFout(e.message));
  }, []);

  return (
    <section aria-labelledby="aanmelden-kop">
      <Heading2 id="aanmelden-kop">Aanmelden</Heading2>
      {fout && <Alert type="error">{fout}</Alert>}
      {personas === null && <Paragraph>Aanmelden via uw organisatie is nog niet beschikbaar.</Paragraph>}
      {personas && (
        <>
          <Paragraph>Dit is de ontwikkelomgeving met een verzonnen demowereld. Kies als wie u het netwerkdossier wilt bekijken.</Paragraph>
          <UnorderedList>
            {personas.map((p) => (
              <UnorderedListItem key={p.sub}>
                <Button appearance="primary-action-button" onClick={() => void meldAanAls(p.sub).then(onAangemeld, (e: Error) => setFout(e.message))}>
                  {p.naam}
                </Button>{' '}
                {p.omschrijving}
                {p.organisatie ? ` (${p.organisatie})` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}

import { Alert, Button, ButtonLink, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';

import { aanmeldfout, demoPersonas, DemoPersona, meldAanAls, OidcAanmelder, oidcAanmelders } from './aanmelding';

/** Sign-in: through one's organisation's identity provider (OIDC), and in development as a demo persona. */
export function Aanmelden({ onAangemeld }: { onAangemeld(): void }) {
  const [aanmelders, setAanmelders] = useState<OidcAanmelder[] | undefined>(undefined);
  const [personas, setPersonas] = useState<DemoPersona[] | null | undefined>(undefined);
  const [fout, setFout] = useState<string | null>(aanmeldfout);
  useEffect(() => {
    oidcAanmelders().then(setAanmelders, (e: Error) => setFout(e.message));
    demoPersonas().then(setPersonas, (e: Error) => setFout(e.message));
  }, []);

  return (
    <section aria-labelledby="aanmelden-kop">
      <Heading2 id="aanmelden-kop">Aanmelden</Heading2>
      {fout && <Alert type="error">{fout}</Alert>}
      {aanmelders?.length === 0 && personas === null && <Paragraph>Op deze omgeving is nog geen manier van aanmelden ingesteld.</Paragraph>}
      {aanmelders && aanmelders.length > 0 && (
        <>
          <Paragraph>Meld u aan bij uw eigen organisatie.</Paragraph>
          <UnorderedList>
            {aanmelders.map((a) => (
              <UnorderedListItem key={a.id}>
                {/* a page navigation: the gateway and the identity provider handle the rest, no token reaches this page */}
                <ButtonLink appearance="primary-action-button" href={`/aanmelden/oidc/${encodeURIComponent(a.id)}`}>
                  Aanmelden via {a.naam}
                </ButtonLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
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

import { Alert, Button, Heading1, Page, PageContent, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';

import { Aangemeld, meldAf, wieIsAangemeld } from './aanmelding';
import { Aanmelden } from './Aanmelden';
import { Huishoudens } from './Huishoudens';

const ROLLEN: Record<string, string> = { professional: 'professional', gedragswetenschapper: 'gedragswetenschapper', teamleider: 'teamleider', privacyfunctionaris: 'privacyfunctionaris', client: 'gezinslid' };

/** The app: sign in, then one's own households for the chosen doel. */
export function App() {
  const [aangemeld, setAangemeld] = useState<Aangemeld | null | undefined>(undefined);
  const [fout, setFout] = useState<string | null>(null);
  const laad = useCallback(() => {
    wieIsAangemeld().then(setAangemeld, (e: Error) => setFout(e.message));
  }, []);
  useEffect(laad, [laad]);

  return (
    <Page>
      <PageHeader>
        <div className="nd-kolom nd-balk">
          <Heading1>Netwerkdossier</Heading1>
          {aangemeld && (
            <div>
              <Paragraph>
                {aangemeld.rol === 'client'
                  ? 'Aangemeld als gezinslid'
                  : `Aangemeld als ${aangemeld.sub} (${ROLLEN[aangemeld.rol] ?? aangemeld.rol}${aangemeld.organisatie ? `, ${aangemeld.organisatie}` : ''})`}
              </Paragraph>
              <Button appearance="secondary-action-button" onClick={() => void meldAf().then(laad)}>
                Afmelden
              </Button>
            </div>
          )}
        </div>
      </PageHeader>
      <PageContent>
        <main className="nd-kolom">
          {fout && <Alert type="error">{fout}</Alert>}
          {aangemeld === undefined && !fout && <Paragraph>Laden…</Paragraph>}
          {aangemeld === null && <Aanmelden onAangemeld={laad} />}
          {aangemeld && <Huishoudens aangemeld={aangemeld} />}
        </main>
      </PageContent>
    </Page>
  );
}

import { Alert, Button, Document, Heading1, Page, PageContent, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';

import { Aangemeld, meldAf, wieIsAangemeld } from './aanmelding';
import { Aanmelden } from './Aanmelden';
import { Huishoudens } from './Huishoudens';
import { ORGANISATIES, alsEnum } from './partners';

const ROLLEN: Record<string, string> = { professional: 'professional', gedragswetenschapper: 'gedragswetenschapper', teamleider: 'teamleider', privacyfunctionaris: 'privacyfunctionaris', client: 'gezinslid' };

/** Who is signed in, as colleagues would say it: "Fatima Kaya, professional bij lokaal team (Wijkteam Noord)". */
export function aangemeldAls(a: Aangemeld): string {
  if (a.rol === 'client') return 'Aangemeld als gezinslid';
  const organisatie = a.organisatie ? ORGANISATIES[alsEnum(a.organisatie)] ?? a.organisatie : null;
  const bij = organisatie ? ` bij ${organisatie}${a.team ? ` (${a.team})` : ''}` : '';
  return `Aangemeld als ${a.naam ?? a.sub}, ${ROLLEN[a.rol] ?? a.rol}${bij}`;
}

/** The app: sign in, then one's own households for the chosen doel. */
export function App() {
  const [aangemeld, setAangemeld] = useState<Aangemeld | null | undefined>(undefined);
  const [fout, setFout] = useState<string | null>(null);
  const laad = useCallback(() => {
    wieIsAangemeld().then(setAangemeld, (e: Error) => setFout(e.message));
  }, []);
  useEffect(laad, [laad]);

  return (
    <Document>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <Page>
        <PageHeader className="nd-niet-afdrukken">
          <div className="nd-kolom nd-balk">
            <Heading1>Netwerkdossier</Heading1>
            {aangemeld && (
              <nav aria-label="Aanmelding" className="nd-aanmelding">
                <Paragraph>{aangemeldAls(aangemeld)}</Paragraph>
                <Button appearance="secondary-action-button" onClick={() => void meldAf().then(laad)}>
                  Afmelden
                </Button>
              </nav>
            )}
          </div>
        </PageHeader>
        <PageContent>
          <main className="nd-kolom" id="inhoud">
            {fout && <Alert type="error">{fout}</Alert>}
            {aangemeld === undefined && !fout && <Paragraph>Laden…</Paragraph>}
            {aangemeld === null && <Aanmelden onAangemeld={laad} />}
            {aangemeld && <Huishoudens aangemeld={aangemeld} />}
          </main>
        </PageContent>
      </Page>
    </Document>
  );
}

import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { TREK_TOESTEMMING_IN } from '../graphql';
import { useNamen } from './namen';
import { ToestemmingGeven } from './ToestemmingGeven';
import { Uitnodigen } from './Uitnodigen';
import { ANTWOORD, BEANTWOORD, Keuzemenu, KEUZES, MIJN_VRAGEN, STATUS, Vraag } from './vragen';

type Melding = { type: 'ok' | 'error'; tekst: string } | null;

/** One vraag: where it stands, everyone's answer as far as you may know who, and your own yes, no or revocation, each as easy as the other. */
function VraagKaart({ vraag, onVeranderd, melden }: { vraag: Vraag; onVeranderd(): void; melden(m: Melding): void }) {
  const [, beantwoord] = useMutation(BEANTWOORD);
  const [, trekIn] = useMutation(TREK_TOESTEMMING_IN);
  const [bevestigen, setBevestigen] = useState(false);
  const kop = `vraag-${vraag.id}`;
  const antwoord = async (ja: boolean) => {
    const uit = await beantwoord({ vraag: vraag.id, ja });
    if (uit.error) return melden({ type: 'error', tekst: uit.error.graphQLErrors[0]?.message ?? 'Uw antwoord kon niet worden opgeslagen.' });
    melden({ type: 'ok', tekst: ja ? `U gaf toestemming aan ${vraag.ontvanger}. ${uit.data.beantwoordToestemmingsvraag.omschrijving}` : `U gaf geen toestemming aan ${vraag.ontvanger}. Er wordt niets gedeeld.` });
    onVeranderd();
  };
  const intrekken = async () => {
    setBevestigen(false);
    const uit = await trekIn({ id: vraag.uwToestemming });
    if (uit.error) return melden({ type: 'error', tekst: uit.error.graphQLErrors[0]?.message ?? 'De toestemming kon niet worden ingetrokken.' });
    melden({ type: 'ok', tekst: `De toestemming aan ${vraag.ontvanger} is ingetrokken. Vanaf nu wordt er niets meer op gedeeld.` });
    onVeranderd();
  };
  return (
    <article aria-labelledby={kop} className="nd-paneel">
      <Heading3 id={kop}>{`Voor ${vraag.voorWie}: ${vraag.ontvanger}`}</Heading3>
      <Paragraph><strong>{vraag.uitnodiging === 'verstuurd' && vraag.status === 'gegeven' ? 'Uitgenodigd' : STATUS[vraag.status]}.</strong> {vraag.omschrijving}</Paragraph>
      {vraag.uitnodiging === 'aangenomen' && <Paragraph>{`${vraag.ontvanger} heeft uw uitnodiging aangenomen en werkt nu met u samen aan uw plan.`}</Paragraph>}
      <Paragraph>Wie moet ja zeggen:</Paragraph>
      <UnorderedList>
        {vraag.antwoorden.map((a, i) => <UnorderedListItem key={i}>{`${a.ikZelf ? 'U' : a.wie}: ${ANTWOORD[a.antwoord]}`}</UnorderedListItem>)}
      </UnorderedList>
      {vraag.uwBeurt && (
        <div role="group" aria-label={`Uw antwoord aan ${vraag.ontvanger}`}>
          <Paragraph>Geeft u toestemming? Nee zeggen mag altijd; dan wordt er niets gedeeld.</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={() => void antwoord(true)}>Ja, ik geef toestemming</Button>
            <Button appearance="primary-action-button" onClick={() => void antwoord(false)}>Nee, ik geef geen toestemming</Button>
          </ButtonGroup>
        </div>
      )}
      {vraag.uwToestemming && !bevestigen && (
        <Button appearance="secondary-action-button" aria-label={`Intrekken: toestemming voor ${vraag.voorWie} aan ${vraag.ontvanger}`} onClick={() => setBevestigen(true)}>Intrekken</Button>
      )}
      {bevestigen && (
        <div role="group" aria-label="Bevestig het intrekken">
          <Paragraph>Weet u het zeker? {vraag.ontvanger} ziet daarna niets meer op grond van deze toestemming, ook niet wat anderen gaven.</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" autoFocus onClick={() => void intrekken()}>Ja, intrekken</Button>
            <Button appearance="secondary-action-button" onClick={() => setBevestigen(false)}>Annuleren</Button>
          </ButtonGroup>
        </div>
      )}
    </article>
  );
}

/** Consent the household gives itself: what was asked and who still has to answer, and a form to give it. */
export function Vragen({ onVeranderd }: { onVeranderd(): void }) {
  const [{ data, error, fetching }, opnieuw] = useQuery<{ mijnToestemmingsvragen: Vraag[] }>({ query: MIJN_VRAGEN, requestPolicy: 'network-only' });
  const [{ data: menu, error: menuFout }] = useQuery<{ toestemmingskeuzes: Keuzemenu }>({ query: KEUZES });
  const [melding, setMelding] = useState<Melding>(null);
  const [versie, setVersie] = useState(0);
  useEffect(() => {
    if (versie > 0) opnieuw({ requestPolicy: 'network-only' });
  }, [versie, opnieuw]);
  const veranderd = () => {
    setVersie((v) => v + 1);
    onVeranderd();
  };
  const gelukt = (tekst: string) => {
    setMelding({ type: 'ok', tekst: overal(tekst) });
    veranderd();
  };
  // a parent reads their own child's name where the description without a name stood
  const { noem } = useNamen();
  const keuzes = menu && { ...menu.toestemmingskeuzes, voorWie: menu.toestemmingskeuzes.voorWie.map((k) => ({ ...k, naam: noem(k.waarde, k.naam, k.naam) })) };
  const overal = (tekst: string) => (menu?.toestemmingskeuzes.voorWie ?? []).reduce((t, k) => noem(k.waarde, t, k.naam), tekst);
  const vragen = data?.mijnToestemmingsvragen.map((v) => ({
    ...v, voorWie: noem(v.persoon, v.voorWie, v.voorWie), omschrijving: noem(v.persoon, v.omschrijving, v.voorWie), antwoorden: v.antwoorden.map((a) => ({ ...a, wie: noem(v.persoon, a.wie, v.voorWie) })),
  }));
  const open = vragen?.filter((v) => v.uwBeurt) ?? [];
  return (
    <section aria-labelledby="vragen-kop">
      <Heading2 id="vragen-kop">Toestemming geven en vragen</Heading2>
      <div role="status" aria-live="polite">
        {melding && <Alert type={melding.type}>{melding.tekst}</Alert>}
      </div>
      {fetching && !data && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw toestemmingen konden niet worden geladen.'}</Alert>}
      {open.length > 0 && <Paragraph>{open.length === 1 ? 'Er is 1 vraag waarop u nog moet antwoorden.' : `Er zijn ${open.length} vragen waarop u nog moet antwoorden.`}</Paragraph>}
      {vragen?.map((v) => <VraagKaart key={v.id} vraag={v} onVeranderd={veranderd} melden={(m) => setMelding(m && { ...m, tekst: overal(m.tekst) })} />)}
      {menuFout && <Alert type="error">{menuFout.graphQLErrors[0]?.message ?? 'De formulieren konden niet worden geladen.'}</Alert>}
      {keuzes && <ToestemmingGeven keuzes={keuzes} onGegeven={gelukt} />}
      {keuzes && <Uitnodigen keuzes={keuzes} onUitgenodigd={gelukt} />}
    </section>
  );
}

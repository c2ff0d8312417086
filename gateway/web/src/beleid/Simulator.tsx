import { Alert, Button, FormField, FormLabel, Heading3, Heading4, Paragraph, Select, SelectOption, Textbox, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';

import { demoPersonas, DemoPersona } from '../aanmelding';
import { PARTNERS } from '../partners';
import { beleidsroute, Versie } from './api';
import { useNaarSimulator } from './naarSimulator';
import { Vergelijking, Vergelijkingsrij } from './Vergelijking';

const HUISHOUDENS = /* GraphQL */ `
  query HuishoudensVanPersona($sub: String!) { huishoudensVanPersona(sub: $sub) { id kenmerk omschrijving vormen leden { id aanduiding } } }
`;
const UITLEG = /* GraphQL */ `
  query Simulator($huishouden: ID!, $doel: String!, $als: PersonaInvoer) {
    uitleg(huishouden: $huishouden, doel: $doel, als: $als) { beleidsversie beslissingen { persoon categorie partner uitkomst reden } }
  }
`;

interface Huishouden { id: string; kenmerk: string; omschrijving: string; vormen: string[]; leden: Array<{ id: string; aanduiding: string }> }
interface Beslissing { persoon: string | null; categorie: string | null; partner: string | null; uitkomst: string; reden: string }

const DOELEN = ['casusoverleg', 'gezamenlijk-plan', 'veiligheidsonderzoek', 'uitvoering-maatregel'];
const UITKOMST: Record<string, string> = { zichtbaar: 'ziet', geanonimiseerd: 'ziet alleen geanonimiseerd', afgeschermd: 'ziet niet' };
// a pseudonym is what every decision is about; it says nothing to the reader
const NIETSZEGGEND = new Set(['pseudoniem']);

/** The decisions in sentences: per person (or the household as a whole), per partner, per outcome with its reasons. */
function Zinnen({ beslissingen, leden, persona }: { beslissingen: Beslissing[]; leden: Huishouden['leden']; persona: string }) {
  const wie = (p: string | null) => (p === null ? 'Het huishouden als geheel' : leden.find((l) => l.id === p)?.aanduiding ?? 'Een gezinslid');
  const relevant = beslissingen.filter((b) => b.categorie && !NIETSZEGGEND.has(b.categorie));
  const personen = [...new Set(relevant.map((b) => b.persoon))];
  return (
    <>
      {personen.map((p) => {
        const vanPersoon = relevant.filter((b) => b.persoon === p);
        return (
          <section key={p ?? 'huishouden'} aria-label={wie(p)}>
            <Heading4>{wie(p)}</Heading4>
            <UnorderedList>
              {[...new Set(vanPersoon.map((b) => b.partner))].map((partner) => {
                const vanPartner = vanPersoon.filter((b) => b.partner === partner);
                return [...new Set(vanPartner.map((b) => b.uitkomst))].map((uitkomst) => {
                  const rij = vanPartner.filter((b) => b.uitkomst === uitkomst);
                  const redenen = [...new Set(rij.map((b) => b.reden.replace(/\.+$/, '')))].join('; ');
                  return (
                    <UnorderedListItem key={`${partner}-${uitkomst}`}>
                      {`Van ${PARTNERS[partner ?? ''] ?? partner ?? 'het register'}: ${persona} ${UITKOMST[uitkomst] ?? uitkomst} ${rij.map((b) => b.categorie).join(', ')}, want ${redenen}.`}
                    </UnorderedListItem>
                  );
                });
              })}
            </UnorderedList>
          </section>
        );
      })}
    </>
  );
}

interface Vergeleken { volgnummer: number; huishouden: string; beslissingen: Vergelijkingsrij[] }

/**
 * What would this persona see of one of its own households for this doel, and why, in sentences; with a proposal
 * chosen, what it sees now and would see under that proposal, side by side with the differences in words.
 */
export function Simulator() {
  const [personas, setPersonas] = useState<DemoPersona[]>([]);
  const [sub, setSub] = useState<string>('');
  const [zoek, setZoek] = useState('');
  const [vraag, setVraag] = useState<{ huishouden: string; doel: string; als: { sub: string; organisatie: string; team: string | null; rol: string } } | null>(null);
  const [voorstellen, setVoorstellen] = useState<Versie[]>([]);
  const [vergeleken, setVergeleken] = useState<Vergeleken | null>(null);
  const [vergelijkfout, setVergelijkfout] = useState<string | null>(null);
  // the open proposals, read again whenever the choice is opened: one may have been made since
  const laadVoorstellen = () => void beleidsroute<{ versies: Versie[] }>('/beleid/versies').then((a) => a.ok && setVoorstellen(a.body.versies.filter((v) => v.status === 'voorgesteld')));
  useEffect(laadVoorstellen, []);
  useEffect(() => {
    demoPersonas().then((p) => {
      const professionals = (p ?? []).filter((x) => x.rol !== 'client' && x.rol !== 'privacyfunctionaris');
      setPersonas(professionals);
      setSub(professionals[0]?.sub ?? '');
    }, () => setPersonas([]));
  }, []);
  const [lijst] = useQuery<{ huishoudensVanPersona: Huishouden[] }>({ query: HUISHOUDENS, variables: { sub }, pause: !sub });
  const [{ data, error, fetching }] = useQuery<{ uitleg: { beleidsversie: string; beslissingen: Beslissing[] } | null }>({ query: UITLEG, variables: vraag ?? {}, pause: !vraag });
  const persona = personas.find((p) => p.sub === sub);
  const gevonden = (lijst.data?.huishoudensVanPersona ?? []).filter((h) => `${h.kenmerk} ${h.omschrijving}`.toLowerCase().includes(zoek.trim().toLowerCase()));
  const gekozen = lijst.data?.huishoudensVanPersona.find((h) => h.id === (vergeleken?.huishouden ?? vraag?.huishouden));
  const vergelijk = async (persona: string, huishouden: string, doel: string, voorstel: string) => {
    setVraag(null);
    setVergeleken(null);
    const a = await beleidsroute<Vergeleken>(`/beleid/voorstellen/${voorstel}/vergelijking?${new URLSearchParams({ persona, huishouden, doel })}`);
    return a.ok ? setVergeleken(a.body) : setVergelijkfout(a.body.fout ?? 'De vergelijking is mislukt');
  };
  // an example from a proposal's impact: the form set to it, the comparison asked, the simulator brought into view
  const { voorbeeld } = useNaarSimulator();
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!voorbeeld) return;
    setSub(voorbeeld.persona);
    setZoek('');
    setVergelijkfout(null);
    laadVoorstellen();
    void vergelijk(voorbeeld.persona, voorbeeld.huishouden, voorbeeld.doel, String(voorbeeld.voorstel));
    kop.current?.scrollIntoView();
    kop.current?.focus();
  }, [voorbeeld]);
  // the form's choices start from the example (remade when an example comes, or when the lists it chooses from arrive)
  const nr = voorbeeld?.nr ?? 0;
  const vraagOp = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    if (!persona) return;
    const [huishouden, doel, voorstel] = ['huishouden', 'doel', 'voorstel'].map((n) => String(f.get(n) ?? ''));
    setVergelijkfout(null);
    if (voorstel) return vergelijk(persona.sub, huishouden, doel, voorstel);
    setVergeleken(null);
    setVraag({ huishouden, doel, als: { sub: persona.sub, organisatie: (persona.organisatie ?? '').replace('_', '-'), team: null, rol: persona.rol } });
  };
  return (
    <section aria-labelledby="simulator-kop">
      <Heading3 id="simulator-kop" ref={kop} tabIndex={-1}>Simulator</Heading3>
      <Paragraph>Wat zou deze persona van een van haar of zijn huishoudens zien voor dit doel, en waarom? Kies een voorstel om te zien wat zij of hij nu ziet en onder dat voorstel zou zien.</Paragraph>
      <form onSubmit={(e) => void vraagOp(e)}>
        <FormField>
          <FormLabel htmlFor="sim-persona">Persona</FormLabel>
          <Select id="sim-persona" name="persona" value={sub} onChange={(e) => setSub(e.currentTarget.value)}>
            {personas.map((p) => <SelectOption key={p.sub} value={p.sub}>{`${p.naam}, ${p.omschrijving}`}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="sim-zoek">Zoek in de huishoudens van deze persona (kenmerk zoals in haar of zijn lijst, of gezinsleden)</FormLabel>
          <Textbox id="sim-zoek" value={zoek} onChange={(e) => setZoek(e.currentTarget.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="sim-huishouden">{`Huishouden (${gevonden.length} gevonden)`}</FormLabel>
          <Select key={`${nr}-${sub}-${gevonden.length}`} id="sim-huishouden" name="huishouden" required defaultValue={voorbeeld?.huishouden}>
            {gevonden.map((h) => <SelectOption key={h.id} value={h.id}>{`${h.kenmerk} — ${h.omschrijving} (${h.vormen.join(', ')})`}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="sim-doel">Doel</FormLabel>
          <Select key={nr} id="sim-doel" name="doel" defaultValue={voorbeeld?.doel}>
            {DOELEN.map((d) => <SelectOption key={d} value={d}>{d}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="sim-voorstel">Vergelijk met voorstel</FormLabel>
          <Select key={`${nr}-${voorstellen.length}`} id="sim-voorstel" name="voorstel" defaultValue={voorbeeld ? String(voorbeeld.voorstel) : ''} onFocus={laadVoorstellen}>
            <SelectOption value="">Geen: alleen het beleid dat nu geldt</SelectOption>
            {voorstellen.map((v) => <SelectOption key={v.volgnummer} value={String(v.volgnummer)}>{`Voorstel ${v.volgnummer}: ${v.reden}`}</SelectOption>)}
          </Select>
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={gevonden.length === 0}>Bekijk de beslissingen</Button>
      </form>
      {lijst.error && <Alert type="error">{lijst.error.graphQLErrors[0]?.message ?? 'De huishoudens van deze persona konden niet worden geladen.'}</Alert>}
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De simulatie is mislukt.'}</Alert>}
      {vergelijkfout && <Alert type="error">{vergelijkfout}</Alert>}
      {vergeleken && gekozen && (
        <div aria-live="polite">
          <Paragraph>{`${gekozen.kenmerk}, ${gekozen.omschrijving}: nu en onder voorstel ${vergeleken.volgnummer}.`}</Paragraph>
          <Vergelijking rijen={vergeleken.beslissingen} leden={gekozen.leden} persona={persona?.naam ?? 'de persona'} volgnummer={vergeleken.volgnummer} />
        </div>
      )}
      {data?.uitleg && gekozen && vraag && (
        <div aria-live="polite">
          <Paragraph>{`${gekozen.kenmerk}, ${gekozen.omschrijving}; beleid ${data.uitleg.beleidsversie.slice(0, 15)}.`}</Paragraph>
          <Zinnen beslissingen={data.uitleg.beslissingen} leden={gekozen.leden} persona={persona?.naam ?? 'de persona'} />
        </div>
      )}
    </section>
  );
}

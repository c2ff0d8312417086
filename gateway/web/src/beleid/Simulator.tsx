import { Alert, Button, FormField, FormLabel, Heading3, Heading4, Paragraph, Select, SelectOption, Textbox, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { FormEvent, useEffect, useState } from 'react';
import { useQuery } from 'urql';

import { demoPersonas, DemoPersona } from '../aanmelding';
import { PARTNERS } from '../partners';

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

/** What would this persona see of one of its own households for this doel, and why, in sentences. */
export function Simulator() {
  const [personas, setPersonas] = useState<DemoPersona[]>([]);
  const [sub, setSub] = useState<string>('');
  const [zoek, setZoek] = useState('');
  const [vraag, setVraag] = useState<{ huishouden: string; doel: string; als: { sub: string; organisatie: string; team: string | null; rol: string } } | null>(null);
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
  const gekozen = lijst.data?.huishoudensVanPersona.find((h) => h.id === vraag?.huishouden);
  const vraagOp = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    if (!persona) return;
    setVraag({ huishouden: String(f.get('huishouden')), doel: String(f.get('doel')), als: { sub: persona.sub, organisatie: (persona.organisatie ?? '').replace('_', '-'), team: null, rol: persona.rol } });
  };
  return (
    <section aria-labelledby="simulator-kop">
      <Heading3 id="simulator-kop">Simulator</Heading3>
      <Paragraph>Wat zou deze persona van een van haar of zijn huishoudens zien voor dit doel, en waarom?</Paragraph>
      <form onSubmit={vraagOp}>
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
          <Select id="sim-huishouden" name="huishouden" required>
            {gevonden.map((h) => <SelectOption key={h.id} value={h.id}>{`${h.kenmerk} — ${h.omschrijving} (${h.vormen.join(', ')})`}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="sim-doel">Doel</FormLabel>
          <Select id="sim-doel" name="doel">
            {DOELEN.map((d) => <SelectOption key={d} value={d}>{d}</SelectOption>)}
          </Select>
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={gevonden.length === 0}>Bekijk de beslissingen</Button>
      </form>
      {lijst.error && <Alert type="error">{lijst.error.graphQLErrors[0]?.message ?? 'De huishoudens van deze persona konden niet worden geladen.'}</Alert>}
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De simulatie is mislukt.'}</Alert>}
      {data?.uitleg && gekozen && (
        <div aria-live="polite">
          <Paragraph>{`${gekozen.kenmerk}, ${gekozen.omschrijving}; beleid ${data.uitleg.beleidsversie.slice(0, 15)}.`}</Paragraph>
          <Zinnen beslissingen={data.uitleg.beslissingen} leden={gekozen.leden} persona={persona?.naam ?? 'de persona'} />
        </div>
      )}
    </section>
  );
}

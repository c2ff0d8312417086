import {
  Alert, Button, FormField, FormLabel, Heading3, Paragraph, Select, SelectOption, Textarea, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useState } from 'react';

type Uitslag =
  | { geldig: true; versie: string; verschillen: string[] }
  | { geldig: false; fouten: Array<{ bestand: string; regel: number; melding: string }> }
  | { fout: string };

async function alsJson<T>(r: Response): Promise<T> {
  const body = (await r.json()) as T & { fout?: string };
  if (!r.ok) throw new Error(body.fout ?? `HTTP ${r.status}`);
  return body;
}

/** The result of a check, in words: each error with file and line, or valid with what would change. */
function Uitslagtekst({ uitslag }: { uitslag: Uitslag }) {
  if ('fout' in uitslag) return <Alert type="error"><Paragraph>{uitslag.fout}</Paragraph></Alert>;
  if (!uitslag.geldig) {
    return (
      <Alert type="error">
        <Paragraph>Niet geldig. Zo zou de gateway deze wijziging weigeren:</Paragraph>
        <UnorderedList>
          {uitslag.fouten.map((f, i) => <UnorderedListItem key={i}>{`${f.bestand}, regel ${f.regel}: ${f.melding}`}</UnorderedListItem>)}
        </UnorderedList>
      </Alert>
    );
  }
  return (
    <Alert type="ok">
      <Paragraph>Geldig (zou versie {uitslag.versie} worden). {uitslag.verschillen.length ? 'Wat er verandert:' : 'De regels veranderen niet; alleen toelichting of opmaak verschilt.'}</Paragraph>
      {uitslag.verschillen.length > 0 && (
        <UnorderedList>
          {uitslag.verschillen.map((v) => <UnorderedListItem key={v}>{v}</UnorderedListItem>)}
        </UnorderedList>
      )}
    </Alert>
  );
}

/**
 * Check a policy change before it is made: edit one or more policy files and let the gateway
 * validate them as it would at start-up. Nothing changes in force.
 */
export function Beleidswijziging() {
  const [inWerking, setInWerking] = useState<Record<string, string> | null>(null);
  const [teksten, setTeksten] = useState<Record<string, string>>({});
  const [bestand, setBestand] = useState('deelmatrix.yaml');
  const [uitslag, setUitslag] = useState<Uitslag | null>(null);
  const [bezig, setBezig] = useState(false);
  useEffect(() => {
    fetch('/beleid/bestanden', { credentials: 'same-origin' })
      .then((r) => alsJson<{ bestanden: Record<string, string> }>(r))
      .then((b) => {
        setInWerking(b.bestanden);
        setTeksten(b.bestanden);
      }, (e: Error) => setUitslag({ fout: `De beleidsbestanden konden niet worden geladen: ${e.message}` }));
  }, []);
  const controleer = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!inWerking) return;
    // every file that differs from the one in force, and the one on screen
    const bestanden = Object.fromEntries(Object.entries(teksten).filter(([b, t]) => b === bestand || t !== inWerking[b]));
    setBezig(true);
    setUitslag(null);
    const verzoek = { method: 'POST', credentials: 'same-origin' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ bestanden }) };
    setUitslag(await fetch('/beleid/controle', verzoek).then((r) => alsJson<Uitslag>(r)).catch((fout: Error) => ({ fout: `De controle is mislukt: ${fout.message}` })));
    setBezig(false);
  };
  return (
    <section aria-labelledby="wijziging-kop">
      <Heading3 id="wijziging-kop">Beleidswijziging controleren</Heading3>
      <Paragraph>Pas een beleidsbestand aan en laat de gateway controleren of het beleid zo geldig is, en wat er dan verandert. Het beleid dat geldt, verandert hierdoor niet.</Paragraph>
      {inWerking && (
        <form onSubmit={(e) => void controleer(e)}>
          <FormField>
            <FormLabel htmlFor="wijziging-bestand">Beleidsbestand</FormLabel>
            <Select id="wijziging-bestand" value={bestand} onChange={(e) => setBestand(e.target.value)}>
              {Object.keys(inWerking).map((b) => <SelectOption key={b} value={b}>{teksten[b] === inWerking[b] ? b : `${b} (gewijzigd)`}</SelectOption>)}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="wijziging-tekst">Voorgestelde tekst van {bestand}</FormLabel>
            <Textarea id="wijziging-tekst" className="nd-beleidstekst" rows={20} spellCheck={false} value={teksten[bestand] ?? ''} onChange={(e) => setTeksten({ ...teksten, [bestand]: e.target.value })} />
          </FormField>
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>Controleer</Button>
        </form>
      )}
      <div aria-live="polite">
        {bezig && <Paragraph>Controleren…</Paragraph>}
        {uitslag && <Uitslagtekst uitslag={uitslag} />}
      </div>
    </section>
  );
}

import {
  Alert, FormFieldErrorMessage, Button, FormField, FormLabel, Heading3, Paragraph, Select, SelectOption, Textarea, Textbox, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useState } from 'react';

import { beleidsroute, Veldfout } from './beleid/api';
import { Beleidsformulier } from './beleid/Formulier';
import { Formulierstand, veldnaam, Wijziging } from './beleid/Veld';
import { Beleidsversies } from './beleid/Versies';

type Uitslag =
  | { soort: 'geldig'; versie: string; verschillen: string[]; organisaties: string[] }
  | { soort: 'voorgesteld'; volgnummer: number; verschillen: string[]; organisaties: string[] }
  | { soort: 'fouten'; fouten: Veldfout[] }
  | { soort: 'fout'; fout: string };

interface InWerking {
  volgnummer: number;
  bestanden: Record<string, string>;
  waarden: Record<string, Record<string, unknown>>;
}

/** The result of a check or proposal, in words: each error with file and line, or what would change and whose say it needs. */
function Uitslagtekst({ uitslag }: { uitslag: Uitslag }) {
  if (uitslag.soort === 'fout') return <Alert type="error"><Paragraph>{uitslag.fout}</Paragraph></Alert>;
  if (uitslag.soort === 'fouten') {
    return (
      <Alert type="error">
        <Paragraph>Niet geldig. Zo zou de gateway deze wijziging weigeren:</Paragraph>
        <UnorderedList>{uitslag.fouten.map((f, i) => <UnorderedListItem key={i}>{`${f.bestand}, regel ${f.regel}: ${f.melding}`}</UnorderedListItem>)}</UnorderedList>
      </Alert>
    );
  }
  const kop = uitslag.soort === 'geldig' ? `Geldig (zou versie ${uitslag.versie} worden).` : `Voorgesteld als voorstel ${uitslag.volgnummer}; het staat hieronder bij de open voorstellen, met wie het nog moet goedkeuren.`;
  return (
    <Alert type="ok">
      <Paragraph>{kop} {uitslag.verschillen.length ? 'Wat er verandert:' : 'De regels veranderen niet; alleen toelichting of opmaak verschilt.'}</Paragraph>
      {uitslag.verschillen.length > 0 && <UnorderedList>{uitslag.verschillen.map((v) => <UnorderedListItem key={v}>{v}</UnorderedListItem>)}</UnorderedList>}
    </Alert>
  );
}

/**
 * Proposing a policy change: the rules as a form, and every policy file as text for what the form does not show;
 * checked as start-up checks (each error at its field and with file and line), then proposed with a reason and,
 * if wanted, a moment from which it is in force. Below: the open proposals and the history (Beleidsversies).
 */
export function Beleidswijziging() {
  const [inWerking, setInWerking] = useState<InWerking | null>(null);
  const [teksten, setTeksten] = useState<Record<string, string>>({});
  const [wijzigingen, setWijzigingen] = useState<Record<string, Wijziging>>({});
  const [bestand, setBestand] = useState('deelmatrix.yaml');
  const [reden, setReden] = useState('');
  const [vanaf, setVanaf] = useState('');
  const [uitslag, setUitslag] = useState<Uitslag | null>(null);
  const [veldfouten, setVeldfouten] = useState<Record<string, string>>({});
  const [bezig, setBezig] = useState(false);
  const [ververs, setVervers] = useState(0);
  useEffect(() => {
    void beleidsroute<InWerking>('/beleid/bestanden').then((a) => {
      if (!a.ok) return setUitslag({ soort: 'fout', fout: `De beleidsbestanden konden niet worden geladen: ${a.body.fout ?? ''}` });
      setInWerking(a.body);
      setTeksten(a.body.bestanden);
      setWijzigingen({});
    });
  }, [ververs]);
  if (!inWerking) return uitslag ? <Uitslagtekst uitslag={uitslag} /> : <Paragraph>Beleid laden…</Paragraph>;
  const stand: Formulierstand = {
    waarden: inWerking.waarden,
    wijzigingen,
    fouten: veldfouten,
    zet: (b, pad, waarde, oorspronkelijk) => {
      const { [veldnaam(b, pad)]: _, ...rest } = wijzigingen;
      setWijzigingen(JSON.stringify(waarde) === JSON.stringify(oorspronkelijk) ? rest : { ...rest, [veldnaam(b, pad)]: { bestand: b, pad, waarde } });
    },
    vervang: setWijzigingen,
  };
  const verstuur = async (pad: '/beleid/controle' | '/beleid/voorstellen') => {
    // every file whose text differs from the one in force, and the form's fields
    const bestanden = Object.fromEntries(Object.entries(teksten).filter(([b, t]) => t !== inWerking.bestanden[b]));
    setBezig(true);
    setUitslag(null);
    const a = await beleidsroute<{ geldig?: boolean; versie?: string; volgnummer?: number; verschillen?: string[]; organisaties?: string[] }>(pad, { bestanden, wijzigingen: Object.values(wijzigingen), reden, gewenstVanaf: vanaf ? new Date(vanaf).toISOString() : null });
    setBezig(false);
    const fouten = a.body.fouten ?? [];
    setVeldfouten({
      ...Object.fromEntries(fouten.filter((f) => f.veld).map((f) => [f.veld!, f.melding])),
      ...(a.body.veld === 'reden' || a.body.veld === 'gewenstVanaf' ? { [a.body.veld]: a.body.fout! } : {}),
    });
    if (fouten.length || a.body.geldig === false) return setUitslag({ soort: 'fouten', fouten });
    if (!a.ok) return setUitslag({ soort: 'fout', fout: a.body.fout ?? 'Het verzoek is mislukt' });
    if (pad === '/beleid/controle') return setUitslag({ soort: 'geldig', versie: a.body.versie!, verschillen: a.body.verschillen!, organisaties: a.body.organisaties! });
    setUitslag({ soort: 'voorgesteld', volgnummer: a.body.volgnummer!, verschillen: a.body.verschillen!, organisaties: a.body.organisaties! });
    setReden('');
    setVervers((n) => n + 1);
  };
  const foutBij = (veld: string) => (veldfouten[veld] ? { invalid: true, 'aria-describedby': `${veld}-fout` } : {});
  return (
    <>
      <section aria-labelledby="wijziging-kop">
        <Heading3 id="wijziging-kop">Beleidswijziging voorstellen</Heading3>
        <Paragraph>Wijzig de regels in het formulier of in een beleidsbestand (versie {inWerking.volgnummer} geldt nu). De gateway controleert het zoals bij het starten. Een voorstel geldt pas als een tweede privacyfunctionaris het goedkeurt, en bij een wijziging van wat een organisatie deelt ook de privacyfunctionaris van die organisatie.</Paragraph>
        <form onSubmit={(e: FormEvent) => { e.preventDefault(); void verstuur('/beleid/voorstellen'); }}>
          <details className="nd-beleidsformulier">
            <summary>De regels in een formulier</summary>
            <Beleidsformulier stand={stand} />
          </details>
          <FormField>
            <FormLabel htmlFor="wijziging-bestand">Beleidsbestand</FormLabel>
            <Select id="wijziging-bestand" value={bestand} onChange={(e) => setBestand(e.target.value)}>
              {Object.keys(inWerking.bestanden).map((b) => <SelectOption key={b} value={b}>{teksten[b] === inWerking.bestanden[b] ? b : `${b} (gewijzigd)`}</SelectOption>)}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="wijziging-tekst">Voorgestelde tekst van {bestand}</FormLabel>
            <Textarea id="wijziging-tekst" className="nd-beleidstekst" rows={12} spellCheck={false} value={teksten[bestand] ?? ''} onChange={(e) => setTeksten({ ...teksten, [bestand]: e.target.value })} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="reden">Waarom deze wijziging</FormLabel>
            <Textarea id="reden" rows={2} value={reden} onChange={(e) => setReden(e.target.value)} {...foutBij('reden')} />
            {veldfouten.reden && <FormFieldErrorMessage id="reden-fout">{veldfouten.reden}</FormFieldErrorMessage>}
          </FormField>
          <FormField>
            <FormLabel htmlFor="gewenstVanaf">In werking vanaf (leeg: zodra goedgekeurd)</FormLabel>
            <Textbox id="gewenstVanaf" type="datetime-local" value={vanaf} onChange={(e) => setVanaf(e.target.value)} {...foutBij('gewenstVanaf')} />
            {veldfouten.gewenstVanaf && <FormFieldErrorMessage id="gewenstVanaf-fout">{veldfouten.gewenstVanaf}</FormFieldErrorMessage>}
          </FormField>
          <Button type="button" appearance="secondary-action-button" disabled={bezig} onClick={() => void verstuur('/beleid/controle')}>Controleer</Button>{' '}
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>Stel voor</Button>
        </form>
        <div aria-live="polite">
          {bezig && <Paragraph>Controleren…</Paragraph>}
          {uitslag && <Uitslagtekst uitslag={uitslag} />}
        </div>
      </section>
      <Beleidsversies ververs={ververs} opWijziging={() => setVervers((n) => n + 1)} />
    </>
  );
}

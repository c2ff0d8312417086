import {
  Alert, FormFieldErrorMessage, Button, FormField, FormLabel, Heading3, Heading4, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea,
  UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { FormEvent, useEffect, useState } from 'react';

import { beleidsroute, moment, Versie } from './api';
import { useNaarSimulator } from './naarSimulator';

interface Impactregel {
  persona: string;
  naam: string;
  omschrijving: string;
  doel: string;
  partner: string;
  categorie: string;
  van: string;
  naar: string;
  huishoudens: number;
  personen: number;
  voorbeelden: string[];
}

const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** What a version changes compared to the one it started from, in words (loaded on show). */
function Verschillen({ van, naar }: { van: number; naar: number }) {
  const [verschillen, setVerschillen] = useState<string[] | null>(null);
  useEffect(() => {
    void beleidsroute<{ verschillen: string[] }>(`/beleid/verschil?van=${van}&naar=${naar}`).then((a) => setVerschillen(a.body.verschillen ?? []));
  }, [van, naar]);
  if (!verschillen) return <Paragraph>Verschillen laden…</Paragraph>;
  if (!verschillen.length) return <Paragraph>De regels zijn gelijk aan versie {van}.</Paragraph>;
  return <UnorderedList>{verschillen.map((v) => <UnorderedListItem key={v}>{v}</UnorderedListItem>)}</UnorderedList>;
}

/** The impact of a proposal on the registry, per persona and partner, as a table; each example household opens in the simulator, now and under the proposal. */
function Impact({ volgnummer }: { volgnummer: number }) {
  const { toon } = useNaarSimulator();
  const [regels, setRegels] = useState<Impactregel[] | null>(null);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const bereken = async () => {
    setBezig(true);
    const a = await beleidsroute<{ regels: Impactregel[] }>(`/beleid/voorstellen/${volgnummer}/impact`);
    setBezig(false);
    if (a.ok) setRegels(a.body.regels);
    else setFout(a.body.fout ?? 'De impact kon niet worden berekend');
  };
  return (
    <div aria-live="polite">
      <Button type="button" appearance="secondary-action-button" disabled={bezig} onClick={() => void bereken()}>Bereken de impact van voorstel {volgnummer}</Button>
      {bezig && <Paragraph>Elk huishouden van elke persona wordt beslist onder het huidige beleid en onder het voorstel…</Paragraph>}
      {fout && <Alert type="error"><Paragraph>{fout}</Paragraph></Alert>}
      {regels && !regels.length && <Paragraph>Voor geen enkele persona verandert iets in de huishoudens die zij nu bereikt.</Paragraph>}
      {regels && regels.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Persona</TableHeaderCell>
              <TableHeaderCell scope="col">Gegevens van</TableHeaderCell>
              <TableHeaderCell scope="col">Categorie</TableHeaderCell>
              <TableHeaderCell scope="col">Verandering</TableHeaderCell>
              <TableHeaderCell scope="col">Huishoudens</TableHeaderCell>
              <TableHeaderCell scope="col">Personen</TableHeaderCell>
              <TableHeaderCell scope="col">Voorbeelden in de simulator</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {regels.map((r) => (
              <TableRow key={`${r.persona}|${r.partner}|${r.categorie}|${r.van}|${r.naar}`}>
                <TableCell>{r.naam} ({r.omschrijving})</TableCell>
                <TableCell>{r.partner}</TableCell>
                <TableCell>{r.categorie}</TableCell>
                <TableCell>{r.van} → {r.naar}</TableCell>
                <TableCell>{aantal(r.huishoudens, 'huishouden', 'huishoudens')}</TableCell>
                <TableCell>{aantal(r.personen, 'persoon', 'personen')}</TableCell>
                <TableCell>
                  {r.voorbeelden.map((huishouden, i) => (
                    <Button
                      key={huishouden}
                      type="button"
                      appearance="subtle-button"
                      aria-label={`Voorbeeld ${i + 1}: vergelijk wat ${r.naam} ziet van ${r.categorie} bij ${r.partner}, nu en onder voorstel ${volgnummer}`}
                      onClick={() => toon({ persona: r.persona, huishouden, doel: r.doel, voorstel: volgnummer })}
                    >{`Voorbeeld ${i + 1}`}</Button>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

/** A privacy officer's approval or refusal of one proposal, with the reason at its field. */
function Besluit({ versie, opBesluit }: { versie: Versie; opBesluit: () => void }) {
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<{ melding: string; veld?: string } | null>(null);
  const beslis = async (stap: 'goedkeuren' | 'afwijzen') => {
    setFout(null);
    const a = await beleidsroute<{ versie: Versie }>(`/beleid/voorstellen/${versie.volgnummer}/${stap}`, { reden });
    if (!a.ok) return setFout({ melding: a.body.fout ?? 'Het besluit is niet vastgelegd', veld: a.body.veld });
    setReden('');
    opBesluit();
  };
  const id = `besluit-${versie.volgnummer}`;
  const opVeld = fout?.veld === 'reden';
  return (
    <form onSubmit={(e: FormEvent) => e.preventDefault()}>
      <FormField>
        <FormLabel htmlFor={id}>Reden van uw besluit over voorstel {versie.volgnummer}</FormLabel>
        <Textarea id={id} rows={2} value={reden} onChange={(e) => setReden(e.target.value)} invalid={opVeld} aria-describedby={opVeld ? `${id}-fout` : undefined} />
        {opVeld && <FormFieldErrorMessage id={`${id}-fout`}>{fout.melding}</FormFieldErrorMessage>}
      </FormField>
      <Button type="button" appearance="primary-action-button" onClick={() => void beslis('goedkeuren')}>Keur voorstel {versie.volgnummer} goed</Button>{' '}
      <Button type="button" appearance="secondary-action-button" onClick={() => void beslis('afwijzen')}>Wijs voorstel {versie.volgnummer} af</Button>
      <div aria-live="polite">{fout && !opVeld && <Alert type="error"><Paragraph>{fout.melding}</Paragraph></Alert>}</div>
    </form>
  );
}

/** Whose approval a proposal still waits for: a second privacy officer, and each organisation whose sharing it changes (the proposer's own said yes by proposing). */
function nogNodig(v: Versie): string {
  const goedgekeurd = v.besluiten.filter((b) => b.oordeel === 'goedgekeurd');
  const tweede = goedgekeurd.some((b) => b.door !== v.voorgesteldDoor);
  const organisaties = v.organisaties.filter((o) => o !== v.organisatie && !goedgekeurd.some((b) => b.organisatie === o));
  const nodig = [...(tweede ? [] : ['een tweede privacyfunctionaris']), ...organisaties.map((o) => `de privacyfunctionaris van ${o} (het gaat over wat ${o} deelt)`)];
  return `Nog nodig: ${nodig.join(' en ')}.`;
}

/** What the gateway found of a version's evidence, in words; every gateway decides under a version only when it is proven. */
function bewijsTekst(v: Versie): string {
  if (v.bewijs === null) return '—';
  if (v.bewijs === 'bewezen') return v.volgnummer === 1 && v.basis === null ? 'beleid van de installatie' : 'bewezen: voorstel en goedkeuringen ondertekend';
  return `niet bewezen (${v.bewijs}): de gateways beslissen er niet onder`;
}

/** Who decided what about a version, in sentences. */
function Besluiten({ versie }: { versie: Versie }) {
  if (!versie.besluiten.length) return null;
  return (
    <UnorderedList>
      {versie.besluiten.map((b) => <UnorderedListItem key={`${b.door}${b.tijdstip}`}>{`${b.door} (${b.organisatie ?? 'geen organisatie'}) heeft ${b.oordeel === 'goedgekeurd' ? 'goedgekeurd' : 'afgewezen'} op ${moment(b.tijdstip)}: ${b.reden}`}</UnorderedListItem>)}
    </UnorderedList>
  );
}

/** Rolling back: a new proposal with an older version's texts, with the reason at its field. */
function Terugdraaien({ naar, opVoorstel }: { naar: number; opVoorstel: () => void }) {
  const [reden, setReden] = useState('');
  const [melding, setMelding] = useState<string | null>(null);
  const id = `terug-${naar}`;
  const stelVoor = async () => {
    const a = await beleidsroute<{ volgnummer: number }>('/beleid/terugdraaien', { naar, reden });
    if (!a.ok) return setMelding(a.body.fout ?? 'Het voorstel is niet gedaan');
    setMelding(null);
    setReden('');
    opVoorstel();
  };
  return (
    <FormField>
      <FormLabel htmlFor={id}>Reden om terug te gaan naar versie {naar}</FormLabel>
      <Textarea id={id} rows={1} value={reden} onChange={(e) => setReden(e.target.value)} invalid={melding !== null} aria-describedby={melding ? `${id}-fout` : undefined} />
      {melding && <FormFieldErrorMessage id={`${id}-fout`}>{melding}</FormFieldErrorMessage>}
      <Button type="button" appearance="secondary-action-button" onClick={() => void stelVoor()}>Stel voor terug te gaan naar versie {naar}</Button>
    </FormField>
  );
}

/** Two versions compared, in words. */
function Vergelijken({ versies }: { versies: Versie[] }) {
  const [van, setVan] = useState(versies.at(-1)?.volgnummer ?? 1);
  const [naar, setNaar] = useState(versies[0]?.volgnummer ?? 1);
  const [getoond, setGetoond] = useState<[number, number] | null>(null);
  const opties = versies.map((v) => <SelectOption key={v.volgnummer} value={String(v.volgnummer)}>{`versie ${v.volgnummer} (${v.status})`}</SelectOption>);
  return (
    <section aria-labelledby="vergelijk-kop">
      <Heading4 id="vergelijk-kop">Twee versies vergelijken</Heading4>
      <FormField>
        <FormLabel htmlFor="vergelijk-van">Vergelijk versie</FormLabel>
        <Select id="vergelijk-van" value={String(van)} onChange={(e) => setVan(Number(e.target.value))}>{opties}</Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="vergelijk-naar">met versie</FormLabel>
        <Select id="vergelijk-naar" value={String(naar)} onChange={(e) => setNaar(Number(e.target.value))}>{opties}</Select>
      </FormField>
      <Button type="button" appearance="secondary-action-button" onClick={() => setGetoond([van, naar])}>Vergelijk</Button>
      <div aria-live="polite">{getoond && <Verschillen van={getoond[0]} naar={getoond[1]} />}</div>
    </section>
  );
}

/**
 * The policy's versions: the open proposals (what each changes, whose approval it still needs, its impact, and
 * a decision with a reason), and the history with who, when and why, a comparison of any two, and rollback.
 */
export function Beleidsversies({ ververs, opWijziging }: { ververs: number; opWijziging: () => void }) {
  const [versies, setVersies] = useState<Versie[] | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  useEffect(() => {
    void beleidsroute<{ versies: Versie[] }>('/beleid/versies').then((a) => (a.ok ? setVersies(a.body.versies) : setFout(a.body.fout ?? 'De versies konden niet worden geladen')));
  }, [ververs]);
  if (fout) return <Alert type="error"><Paragraph>{fout}</Paragraph></Alert>;
  if (!versies) return <Paragraph>Versies laden…</Paragraph>;
  const open = versies.filter((v) => v.status === 'voorgesteld');
  return (
    <>
      <section aria-labelledby="voorstellen-kop">
        <Heading3 id="voorstellen-kop">Open voorstellen</Heading3>
        {!open.length && <Paragraph>Er liggen geen voorstellen.</Paragraph>}
        {open.map((v) => (
          <article key={v.volgnummer} aria-labelledby={`voorstel-${v.volgnummer}-kop`}>
            <Heading4 id={`voorstel-${v.volgnummer}-kop`}>Voorstel {v.volgnummer}{v.terugNaar ? `: terug naar versie ${v.terugNaar}` : ''}</Heading4>
            <Paragraph>{`${v.voorgesteldDoor} (${v.organisatie ?? 'geen organisatie'}) stelde op ${moment(v.voorgesteldOp)} voor: ${v.reden}`}</Paragraph>
            <Paragraph>{`In werking ${v.gewenstVanaf ? `vanaf ${moment(v.gewenstVanaf)}` : 'zodra het is goedgekeurd'}. ${nogNodig(v)}`}</Paragraph>
            {v.basis !== null && <Verschillen van={v.basis} naar={v.volgnummer} />}
            <Besluiten versie={v} />
            <Impact volgnummer={v.volgnummer} />
            <Besluit versie={v} opBesluit={opWijziging} />
          </article>
        ))}
      </section>
      <section aria-labelledby="geschiedenis-kop">
        <Heading3 id="geschiedenis-kop">Geschiedenis van het beleid</Heading3>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Versie</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Voorgesteld</TableHeaderCell>
              <TableHeaderCell scope="col">Waarom</TableHeaderCell>
              <TableHeaderCell scope="col">In werking vanaf</TableHeaderCell>
              <TableHeaderCell scope="col">Goedkeuring</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versies.map((v) => (
              <TableRow key={v.volgnummer}>
                <TableCell>{v.volgnummer}</TableCell>
                <TableCell>{v.status}</TableCell>
                <TableCell>{`${v.voorgesteldDoor}, ${moment(v.voorgesteldOp)}`}</TableCell>
                <TableCell>{v.reden}</TableCell>
                <TableCell>{v.inWerkingVanaf ? moment(v.inWerkingVanaf) : '—'}</TableCell>
                <TableCell>{bewijsTekst(v)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {versies.filter((v) => v.status === 'vervangen').map((v) => <Terugdraaien key={v.volgnummer} naar={v.volgnummer} opVoorstel={opWijziging} />)}
        <Vergelijken versies={versies} />
      </section>
    </>
  );
}

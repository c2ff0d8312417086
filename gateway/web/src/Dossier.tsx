import {
  Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { ReactNode } from 'react';
import { useQuery } from 'urql';

import { Afgeschermd } from './Afgeschermd';
import { afgeschermdOp, afgeschermdVoor } from './graphql';

const NETWERKDOSSIER = /* GraphQL */ `
  query Netwerkdossier($id: ID!) {
    huishouden(id: $id) {
      id
      adres
      betrokkenheden { organisatie team professional vorm regiehouder }
      leden { id rol aanduiding personalia { voornaam achternaam } }
      veiligheidskaart { bijgewerktOp situatie veiligheidsafspraken }
      top3 { datum zorgen krachten veiligheidscijfer }
      gezinsplan { vastgesteldOp doelen { omschrijving behaald } }
      mdoVerslagen { datum vraag besluit }
      meldingen { ontvangenOp aard }
      veiligheidstaxaties { datum acuteOnveiligheid structureleOnveiligheid }
      onderzoeken { gestartOp status }
      maatregelen { soort uitspraakdatum ingangsdatum einddatum }
      beschermingsonderzoeken { gestartOp status aanleiding }
    }
  }
`;

interface Dossier {
  id: string;
  adres: string | null;
  betrokkenheden: Array<{ organisatie: string; team: string; professional: string; vorm: string; regiehouder: boolean }> | null;
  leden: Array<{ id: string; rol: string | null; aanduiding: string | null; personalia: { voornaam: string; achternaam: string } | null }>;
  veiligheidskaart: { bijgewerktOp: string; situatie: string; veiligheidsafspraken: string[] } | null;
  top3: Array<{ datum: string; zorgen: string[]; krachten: string[]; veiligheidscijfer: number | null }> | null;
  gezinsplan: { vastgesteldOp: string; doelen: Array<{ omschrijving: string; behaald: boolean }> } | null;
  mdoVerslagen: Array<{ datum: string; vraag: string; besluit: string }> | null;
  meldingen: Array<{ ontvangenOp: string; aard: string }> | null;
  veiligheidstaxaties: Array<{ datum: string; acuteOnveiligheid: boolean; structureleOnveiligheid: boolean }> | null;
  onderzoeken: Array<{ gestartOp: string; status: string }> | null;
  maatregelen: Array<{ soort: string; uitspraakdatum: string; ingangsdatum: string; einddatum: string | null }> | null;
  beschermingsonderzoeken: Array<{ gestartOp: string; status: string; aanleiding: string }> | null;
}

export const ORGANISATIES: Record<string, string> = { lokaal_team: 'lokaal team', veilig_thuis: 'Veilig Thuis', gi: 'GI', raad: 'Raad voor de Kinderbescherming' };
const datum = (iso: string) => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

type Extensions = Record<string, unknown> | undefined;

/**
 * One part of the dossier: its content, or in its place that it is withheld and why. An empty list the
 * gateway says nothing about is simply empty.
 */
function Deel<T>({ waarde, extensions, pad, leeg, children }: { waarde: T | null | undefined; extensions: Extensions; pad: string; leeg: string; children(w: T): ReactNode }) {
  const items = afgeschermdOp(extensions, pad);
  const isLeeg = waarde === null || waarde === undefined || (Array.isArray(waarde) && waarde.length === 0);
  if (isLeeg && items.length > 0) return <Paragraph><Afgeschermd items={items} /></Paragraph>;
  if (isLeeg) return <Paragraph>{leeg}</Paragraph>;
  return <>{children(waarde as T)}</>;
}

interface Gebeurtenis { datum: string; partner: string; wat: string }

/** The timeline across partners, newest first: meldingen, taxaties, onderzoeken, MDO besluiten, maatregelen, beschermingsonderzoeken. */
function tijdlijn(d: Dossier): Gebeurtenis[] {
  return [
    ...(d.meldingen ?? []).map((m) => ({ datum: m.ontvangenOp, partner: 'Veilig Thuis', wat: `Melding: ${m.aard}` })),
    ...(d.veiligheidstaxaties ?? []).map((t) => ({ datum: t.datum, partner: 'Veilig Thuis', wat: `Veiligheidstaxatie: ${t.acuteOnveiligheid ? 'acute onveiligheid' : 'geen acute onveiligheid'}${t.structureleOnveiligheid ? ', structurele onveiligheid' : ''}` })),
    ...(d.onderzoeken ?? []).map((o) => ({ datum: o.gestartOp, partner: 'Veilig Thuis', wat: `Onderzoek gestart (${o.status})` })),
    ...(d.mdoVerslagen ?? []).map((m) => ({ datum: m.datum, partner: 'lokaal team', wat: `MDO-besluit: ${m.besluit}` })),
    ...(d.maatregelen ?? []).map((m) => ({ datum: m.uitspraakdatum, partner: 'GI', wat: `Maatregel ${m.soort} uitgesproken, ingang ${datum(m.ingangsdatum)}${m.einddatum ? `, tot ${datum(m.einddatum)}` : ''}` })),
    ...(d.beschermingsonderzoeken ?? []).map((b) => ({ datum: b.gestartOp, partner: 'Raad voor de Kinderbescherming', wat: `Beschermingsonderzoek gestart (${b.status}): ${b.aanleiding}` })),
  ].sort((a, b) => b.datum.localeCompare(a.datum));
}

const TIJDLIJN_DELEN: Record<string, string> = {
  meldingen: 'Meldingen', veiligheidstaxaties: 'Veiligheidstaxaties', onderzoeken: 'Onderzoeken van Veilig Thuis', mdoVerslagen: 'MDO-besluiten',
  maatregelen: 'Maatregelen', beschermingsonderzoeken: 'Beschermingsonderzoeken',
};
const PARTNERS: Record<string, string> = { 'lokaal-team': 'lokaal team', 'veilig-thuis': 'Veilig Thuis', gi: 'GI', raad: 'Raad voor de Kinderbescherming', netwerk: 'het register' };

/** The netwerkdossier of one household, for the chosen doel: one plan on top, then who is involved, the timeline, and each partner's part. */
export function Netwerkdossier({ id, terug }: { id: string; terug(): void }) {
  const [{ data, error, fetching, extensions }] = useQuery<{ huishouden: Dossier | null }>({ query: NETWERKDOSSIER, variables: { id } });
  const d = data?.huishouden;
  const gebeurtenissen = d ? tijdlijn(d) : [];
  const afgeschermdeDelen = Object.entries(TIJDLIJN_DELEN).map(([deel, naam]) => ({ naam, items: afgeschermdOp(extensions, `huishouden.${deel}`) })).filter((d) => d.items.length > 0);
  return (
    <article aria-labelledby="dossier-kop">
      <Button appearance="subtle-button" onClick={terug}>← Terug naar uw huishoudens</Button>
      <Heading2 id="dossier-kop">Netwerkdossier {id.slice(0, 8)}</Heading2>
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Het netwerkdossier kon niet worden geladen.'}</Alert>}
      {data && !d && <Alert type="warning">Dit huishouden is er niet, of u bent er voor dit doel niet bij betrokken.</Alert>}
      {d && (
        <>
          <section aria-labelledby="plan-kop">
            <Heading3 id="plan-kop">Het ene plan</Heading3>
            <DataList>
              <DataListItem>
                <DataListKey>Veiligheidskaart</DataListKey>
                <DataListValue>
                  <Deel waarde={d.veiligheidskaart} extensions={extensions} pad="huishouden.veiligheidskaart" leeg="Geen veiligheidskaart.">
                    {(k) => `${k.situatie} (bijgewerkt ${datum(k.bijgewerktOp)})${k.veiligheidsafspraken.length ? `. Afspraken: ${k.veiligheidsafspraken.join('; ')}` : ''}`}
                  </Deel>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Top3 en veiligheidscijfer</DataListKey>
                <DataListValue>
                  <Deel waarde={d.top3} extensions={extensions} pad="huishouden.top3" leeg="Geen Top3.">
                    {(t) => {
                      const laatste = [...t].sort((a, b) => b.datum.localeCompare(a.datum))[0];
                      return `${laatste.veiligheidscijfer === null ? 'Veiligheidscijfer afgeschermd' : `Veiligheidscijfer ${laatste.veiligheidscijfer}`} (${datum(laatste.datum)}). Zorgen: ${laatste.zorgen.join('; ') || 'geen'}. Krachten: ${laatste.krachten.join('; ') || 'geen'}.`;
                    }}
                  </Deel>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Gezinsplan</DataListKey>
                <DataListValue>
                  <Deel waarde={d.gezinsplan} extensions={extensions} pad="huishouden.gezinsplan" leeg="Nog geen gezinsplan.">
                    {(g) => `Vastgesteld ${datum(g.vastgesteldOp)}: ${g.doelen.map((x) => `${x.omschrijving}${x.behaald ? ' (behaald)' : ''}`).join('; ')}`}
                  </Deel>
                </DataListValue>
              </DataListItem>
            </DataList>
          </section>

          <section aria-labelledby="betrokken-kop">
            <Heading3 id="betrokken-kop">Wie is betrokken</Heading3>
            <Deel waarde={d.betrokkenheden} extensions={extensions} pad="huishouden.betrokkenheden" leeg="Niemand.">
              {(b) => (
                <UnorderedList>
                  {b.map((x, i) => (
                    <UnorderedListItem key={i}>{`${ORGANISATIES[x.organisatie] ?? x.organisatie} (${x.team}), ${x.professional}: ${x.vorm}${x.regiehouder ? ' — regiehouder' : ''}`}</UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </Deel>
          </section>

          <section aria-labelledby="leden-kop">
            <Heading3 id="leden-kop">Gezinsleden</Heading3>
            <UnorderedList>
              {d.leden.map((l, i) => {
                const naam = l.personalia ? `${l.personalia.voornaam} ${l.personalia.achternaam}` : l.aanduiding;
                const redenen = afgeschermdVoor(extensions, 'huishouden.leden', i, 'personalia', [l.id]);
                return (
                  <UnorderedListItem key={l.id}>
                    {naam ?? <Afgeschermd items={redenen} />}
                    {l.rol ? ` (${l.rol.replace('_', '-')})` : ''}
                  </UnorderedListItem>
                );
              })}
            </UnorderedList>
          </section>

          <section aria-labelledby="tijdlijn-kop">
            <Heading3 id="tijdlijn-kop">Tijdlijn</Heading3>
            {gebeurtenissen.length === 0 && afgeschermdeDelen.length === 0 && <Paragraph>Nog niets vastgelegd.</Paragraph>}
            {gebeurtenissen.length > 0 && (
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Datum</TableHeaderCell>
                    <TableHeaderCell scope="col">Partner</TableHeaderCell>
                    <TableHeaderCell scope="col">Wat</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {gebeurtenissen.map((g, i) => (
                    <TableRow key={i}>
                      <TableCell>{datum(g.datum)}</TableCell>
                      <TableCell>{g.partner}</TableCell>
                      <TableCell>{g.wat}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {afgeschermdeDelen.map(({ naam, items }) => (
              <Paragraph key={naam}>
                {naam} ({PARTNERS[items[0].partner] ?? items[0].partner}): <Afgeschermd items={items} />
              </Paragraph>
            ))}
          </section>
        </>
      )}
    </article>
  );
}

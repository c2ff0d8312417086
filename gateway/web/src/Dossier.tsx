import {
  Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useQuery } from 'urql';

import { Aangemeld } from './aanmelding';
import { Afgeschermd } from './Afgeschermd';
import { BetrokkenheidFormulier } from './Betrokkenheid';
import { datum } from './datum';
import { Deel, onbereikbaar } from './Deel';
import { Delen } from './Delen';
import { DoorbraakFormulier } from './Doorbraak';
import { Gezinsleden } from './Gezinsleden';
import { afgeschermdOp, afgeschermdVoor } from './graphql';
import { Lid } from './leden';
import { ORGANISATIES, PARTNERS } from './partners';
import { Partnerpanelen } from './Partners';
import { useRegels } from './regels';
import { ToestemmingFormulier } from './Toestemming';

const NETWERKDOSSIER = /* GraphQL */ `
  query Netwerkdossier($id: ID!) {
    huishouden(id: $id) {
      id
      adres
      betrokkenheden { organisatie team professional vorm regiehouder }
      leden {
        id rol aanduiding leeftijdsgroep personalia { voornaam achternaam } gezaghebbenden { id }
        toestemmingen { id gegevenDoor ontvangerOrganisatie ontvangerTeam ontvangerProfessional categorieen doel geldigVanaf geldigTot ingetrokkenOp magIntrekken }
      }
      veiligheidskaart { bijgewerktOp situatie veiligheidsafspraken }
      top3 { datum zorgen krachten veiligheidscijfer }
      gezinsplan { vastgesteldOp doelen { omschrijving behaald } }
      mdoVerslagen { datum vraag besluit adviezen { deelnemer organisatie advies } }
      verklarendeAnalyse { datum patronen onderliggendeFactoren }
      netwerk { naam relatie rolInNetwerk }
      meldingen { ontvangenOp aard }
      veiligheidstaxaties { datum acuteOnveiligheid structureleOnveiligheid }
      onderzoeken { gestartOp status }
      maatregelen { soort uitspraakdatum ingangsdatum einddatum }
      planVanAanpak { vastgesteldOp doelen }
      voortgangsrapportages { datum samenvatting }
      beschermingsonderzoeken { gestartOp status aanleiding }
      adviezenAanRechter { datum soort inhoud }
    }
  }
`;

export interface Dossier {
  id: string;
  adres: string | null;
  betrokkenheden: Array<{ organisatie: string | null; team: string | null; professional: string | null; vorm: string | null; regiehouder: boolean | null }> | null;
  leden: Lid[];
  veiligheidskaart: { bijgewerktOp: string; situatie: string; veiligheidsafspraken: string[] } | null;
  top3: Array<{ datum: string; zorgen: string[]; krachten: string[]; veiligheidscijfer: number | null }> | null;
  gezinsplan: { vastgesteldOp: string | null; doelen: Array<{ omschrijving: string | null; behaald: boolean | null }> } | null;
  mdoVerslagen: Array<{ datum: string | null; vraag: string | null; besluit: string | null; adviezen: Array<{ deelnemer: string | null; organisatie: string | null; advies: string | null }> }> | null;
  verklarendeAnalyse: { datum: string; patronen: string[]; onderliggendeFactoren: string[] } | null;
  netwerk: Array<{ naam: string | null; relatie: string; rolInNetwerk: string }> | null;
  meldingen: Array<{ ontvangenOp: string; aard: string }> | null;
  veiligheidstaxaties: Array<{ datum: string; acuteOnveiligheid: boolean; structureleOnveiligheid: boolean }> | null;
  onderzoeken: Array<{ gestartOp: string; status: string }> | null;
  maatregelen: Array<{ soort: string; uitspraakdatum: string; ingangsdatum: string; einddatum: string | null }> | null;
  planVanAanpak: { vastgesteldOp: string; doelen: string[] } | null;
  voortgangsrapportages: Array<{ datum: string; samenvatting: string }> | null;
  beschermingsonderzoeken: Array<{ gestartOp: string; status: string; aanleiding: string }> | null;
  adviezenAanRechter: Array<{ datum: string; soort: string; inhoud: string }> | null;
}

interface Gebeurtenis { datum: string; partner: string; wat: string }

/** The timeline across partners, newest first: meldingen, taxaties, onderzoeken, MDO besluiten, maatregelen, beschermingsonderzoeken. */
function tijdlijn(d: Dossier): Gebeurtenis[] {
  return [
    ...(d.meldingen ?? []).map((m) => ({ datum: m.ontvangenOp, partner: 'Veilig Thuis', wat: `Melding: ${m.aard}` })),
    ...(d.veiligheidstaxaties ?? []).map((t) => ({ datum: t.datum, partner: 'Veilig Thuis', wat: `Veiligheidstaxatie: ${t.acuteOnveiligheid ? 'acute onveiligheid' : 'geen acute onveiligheid'}${t.structureleOnveiligheid ? ', structurele onveiligheid' : ''}` })),
    ...(d.onderzoeken ?? []).map((o) => ({ datum: o.gestartOp, partner: 'Veilig Thuis', wat: `Onderzoek gestart (${o.status})` })),
    // an MDO whose own fields are withheld (its parts may show) is not on the timeline
    ...(d.mdoVerslagen ?? []).flatMap((m) => (m.datum ? [{ datum: m.datum, partner: 'lokaal team', wat: `MDO-besluit: ${m.besluit}` }] : [])),
    ...(d.maatregelen ?? []).map((m) => ({ datum: m.uitspraakdatum, partner: 'GI', wat: `Maatregel ${m.soort} uitgesproken, ingang ${datum(m.ingangsdatum)}${m.einddatum ? `, tot ${datum(m.einddatum)}` : ''}` })),
    ...(d.beschermingsonderzoeken ?? []).map((b) => ({ datum: b.gestartOp, partner: 'Raad voor de Kinderbescherming', wat: `Beschermingsonderzoek gestart (${b.status}): ${b.aanleiding}` })),
  ].sort((a, b) => b.datum.localeCompare(a.datum));
}

const TIJDLIJN_DELEN: Record<string, string> = {
  meldingen: 'Meldingen', veiligheidstaxaties: 'Veiligheidstaxaties', onderzoeken: 'Onderzoeken van Veilig Thuis', mdoVerslagen: 'MDO-besluiten',
  maatregelen: 'Maatregelen', beschermingsonderzoeken: 'Beschermingsonderzoeken',
};

type Formulier = 'toestemming' | 'betrokkenheid' | 'doorbraak';
const FORMULIEREN: Record<Formulier, string> = { toestemming: 'Toestemming…', betrokkenheid: 'Betrokkenheid…', doorbraak: 'Doorbraak…' };

/** The netwerkdossier of one household, for the chosen doel: one plan on top, then who is involved, the members, the timeline, each partner's part, and what can be registered. */
export function Netwerkdossier({ id, doel, aangemeld, terug }: { id: string; doel: string; aangemeld: Aangemeld; terug(): void }) {
  const [{ data, error, fetching, extensions }, herlaad] = useQuery<{ huishouden: Dossier | null }>({ query: NETWERKDOSSIER, variables: { id }, requestPolicy: 'network-only' });
  const { regels, fout: regelfout } = useRegels();
  const [open, setOpen] = useState<Formulier | null>(null);
  const vernieuw = () => herlaad({ requestPolicy: 'network-only' });
  const gegeven = data?.huishouden;
  // a withheld list reads as an empty one: where gezag is withheld, say so (null) instead of "nobody"
  const d = gegeven && {
    ...gegeven,
    leden: gegeven.leden.map((l, i) => (afgeschermdVoor(extensions, 'huishouden.leden', i, 'gezaghebbenden', [l.id]).length ? { ...l, gezaghebbenden: null } : l)),
  };
  const gebeurtenissen = d ? tijdlijn(d) : [];
  const afgeschermdeDelen = Object.entries(TIJDLIJN_DELEN).map(([deel, naam]) => ({ naam, items: afgeschermdOp(extensions, `huishouden.${deel}`) })).filter((d) => d.items.length > 0);
  const weg = onbereikbaar(extensions);
  return (
    <article aria-labelledby="dossier-kop">
      <Button appearance="subtle-button" onClick={terug}>← Terug naar uw huishoudens</Button>
      <Heading2 id="dossier-kop">Netwerkdossier {id.slice(0, 8)}</Heading2>
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Het netwerkdossier kon niet worden geladen.'}</Alert>}
      {weg.length > 0 && <Alert type="warning">Niet bereikbaar: {weg.map((p) => PARTNERS[p] ?? p).join(', ')}. Dit netwerkdossier is daardoor onvolledig.</Alert>}
      {data && !d && <Alert type="warning">Dit huishouden is er niet, of u bent er voor dit doel niet bij betrokken.</Alert>}
      {d && (
        <>
          <section aria-labelledby="plan-kop">
            <Heading3 id="plan-kop">Het ene plan</Heading3>
            <DataList>
              <DataListItem>
                <DataListKey>Veiligheidskaart</DataListKey>
                <DataListValue>
                  <Deel waarde={d.veiligheidskaart} extensions={extensions} pad="huishouden.veiligheidskaart" partner="veilig-thuis" leeg="Geen veiligheidskaart.">
                    {(k) => `${k.situatie} (bijgewerkt ${datum(k.bijgewerktOp)})${k.veiligheidsafspraken.length ? `. Afspraken: ${k.veiligheidsafspraken.join('; ')}` : ''}`}
                  </Deel>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Top3 en veiligheidscijfer</DataListKey>
                <DataListValue>
                  <Deel waarde={d.top3} extensions={extensions} pad="huishouden.top3" partner="lokaal-team" leeg="Geen Top3.">
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
                  <Deel waarde={d.gezinsplan} extensions={extensions} pad="huishouden.gezinsplan" partner="lokaal-team" leeg="Nog geen gezinsplan.">
                    {(g) => (
                      <>
                        <Paragraph>{g.vastgesteldOp ? `Vastgesteld ${datum(g.vastgesteldOp)}` : <Afgeschermd items={afgeschermdOp(extensions, 'huishouden.gezinsplan.vastgesteldOp')} />}</Paragraph>
                        <Delen naam="Doelen van het gezinsplan" delen={g.doelen} extensions={extensions} leden={d.leden} pad="huishouden.gezinsplan.doelen" tekst={(x) => x.omschrijving && `${x.omschrijving}${x.behaald ? ' (behaald)' : ''}`} />
                      </>
                    )}
                  </Deel>
                </DataListValue>
              </DataListItem>
            </DataList>
          </section>

          <section aria-labelledby="betrokken-kop">
            <Heading3 id="betrokken-kop">Wie is betrokken</Heading3>
            <Deel waarde={d.betrokkenheden} extensions={extensions} pad="huishouden.betrokkenheden" leeg="Niemand.">
              {(b) => (
                <Delen naam="Betrokkenen" delen={b} extensions={extensions} leden={d.leden} pad="huishouden.betrokkenheden"
                  tekst={(x) => x.professional && `${ORGANISATIES[x.organisatie!] ?? x.organisatie} (${x.team}), ${x.professional}: ${x.vorm}${x.regiehouder ? ' — regiehouder' : ''}`} />
              )}
            </Deel>
          </section>

          <Gezinsleden leden={d.leden} extensions={extensions} ingetrokken={vernieuw} />

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
            {weg.map((p) => <Paragraph key={p}>{PARTNERS[p] ?? p} is nu niet bereikbaar: wat die partner vastlegde, staat niet in deze tijdlijn.</Paragraph>)}
          </section>

          <Partnerpanelen d={d} extensions={extensions} />

          <section aria-labelledby="vastleggen-kop">
            <Heading3 id="vastleggen-kop">Vastleggen</Heading3>
            {regelfout && <Alert type="error">{regelfout}</Alert>}
            {(Object.keys(FORMULIEREN) as Formulier[]).map((f) => (
              <Button key={f} appearance="secondary-action-button" aria-expanded={open === f} onClick={() => setOpen(open === f ? null : f)}>{FORMULIEREN[f]}</Button>
            ))}
            {regels && open === 'toestemming' && <ToestemmingFormulier leden={d.leden} regels={regels} doel={doel} klaar={vernieuw} />}
            {open === 'betrokkenheid' && <BetrokkenheidFormulier huishouden={d.id} aangemeld={aangemeld} klaar={vernieuw} />}
            {regels && open === 'doorbraak' && <DoorbraakFormulier huishouden={d.id} leden={d.leden} regels={regels} klaar={vernieuw} />}
          </section>
        </>
      )}
    </article>
  );
}

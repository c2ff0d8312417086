import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useQuery } from 'urql';

import { Aangemeld } from './aanmelding';
import { Afgeschermd } from './Afgeschermd';
import { BetrokkenenMetAfgeschermd, MisschienAfgeschermd, useContacten } from './Betrokkenen';
import { BetrokkenheidFormulier } from './Betrokkenheid';
import { datum } from './datum';
import { Deel, onbereikbaar } from './Deel';
import { Delen, Tekstdeel } from './Delen';
import { DoorbraakFormulier } from './Doorbraak';
import { BeschermingFormulier } from './gezin/Bescherming';
import { Gezinsleden } from './Gezinsleden';
import { afgeschermdOp, afgeschermdVoor } from './graphql';
import { huishoudnaam } from './huishoudnaam';
import { Lid } from './leden';
import { LopendeDoorbraak } from './LopendeDoorbraak';
import { MdoOverzicht } from './MdoOverzicht';
import { PARTNERS } from './partners';
import { Partnerpanelen } from './Partners';
import { useRegels } from './regels';
import { Tijdlijn } from './Tijdlijn';
import type { Gezinsplanversie } from './tijdlijn';
import { LaatsteTop3, Top3Moment } from './Top3';
import { ToestemmingFormulier } from './Toestemming';
import { Veiligheidskaart, VeiligheidskaartInhoud } from './Veiligheidskaart';

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
      veiligheidskaart { bijgewerktOp situatie veiligheidsafspraken { tekst } }
      top3 { datum zorgen { tekst } krachten { tekst } veiligheidscijfer }
      gezinsplan { vastgesteldOp doelen { omschrijving behaald } versies { nummer vastgesteldOp omschrijving } }
      mdoVerslagen { datum vraag besluiten { tekst } adviezen { deelnemer organisatie advies } }
      verklarendeAnalyse { datum patronen { tekst } onderliggendeFactoren { tekst } }
      netwerk { naam relatie rolInNetwerk }
      meldingen { ontvangenOp aard }
      veiligheidstaxaties { datum acuteOnveiligheid structureleOnveiligheid }
      onderzoeken { gestartOp status }
      maatregelen { soort uitspraakdatum ingangsdatum einddatum betreft { id } }
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
  betrokkenheden: MisschienAfgeschermd[] | null;
  leden: Lid[];
  veiligheidskaart: Veiligheidskaart | null;
  top3: Top3Moment[] | null;
  gezinsplan: { vastgesteldOp: string | null; doelen: Array<{ omschrijving: string | null; behaald: boolean | null }>; versies: Gezinsplanversie[] } | null;
  mdoVerslagen: Array<{ datum: string | null; vraag: string | null; besluiten: Tekstdeel[]; adviezen: Array<{ deelnemer: string | null; organisatie: string | null; advies: string | null }> }> | null;
  verklarendeAnalyse: { datum: string | null; patronen: Tekstdeel[]; onderliggendeFactoren: Tekstdeel[] } | null;
  netwerk: Array<{ naam: string | null; relatie: string; rolInNetwerk: string }> | null;
  meldingen: Array<{ ontvangenOp: string; aard: string }> | null;
  veiligheidstaxaties: Array<{ datum: string; acuteOnveiligheid: boolean; structureleOnveiligheid: boolean }> | null;
  onderzoeken: Array<{ gestartOp: string; status: string }> | null;
  maatregelen: Array<{ soort: string; uitspraakdatum: string; ingangsdatum: string; einddatum: string | null; betreft: { id: string } | null }> | null;
  planVanAanpak: { vastgesteldOp: string; doelen: string[] } | null;
  voortgangsrapportages: Array<{ datum: string; samenvatting: string }> | null;
  beschermingsonderzoeken: Array<{ gestartOp: string; status: string; aanleiding: string }> | null;
  adviezenAanRechter: Array<{ datum: string; soort: string; inhoud: string }> | null;
}

type Formulier = 'toestemming' | 'betrokkenheid' | 'doorbraak' | 'bescherming';
const FORMULIEREN: Record<Formulier, string> = { toestemming: 'Toestemming…', betrokkenheid: 'Betrokkenheid…', doorbraak: 'Doorbraak…', bescherming: 'Beschermd gezinslid…' };

/** The netwerkdossier of one household, for the chosen doel: one plan on top, then who is involved, the members, the timeline, each partner's part, and what can be registered. */
export function Netwerkdossier({ id, naam, doel, vorm, aangemeld, terug }: { id: string; naam: string; doel: string; vorm: string | undefined; aangemeld: Aangemeld; terug(): void }) {
  const [{ data, error, fetching, extensions }, herlaad] = useQuery<{ huishouden: Dossier | null }>({ query: NETWERKDOSSIER, variables: { id }, requestPolicy: 'network-only' });
  const { regels, fout: regelfout } = useRegels();
  const [open, setOpen] = useState<Formulier | null>(null);
  const [mdo, setMdo] = useState(false);
  // a new doorbraak remounts the banner, which asks for the running ones again
  const [doorbraken, setDoorbraken] = useState(0);
  const contacten = useContacten();
  const vernieuw = () => herlaad({ requestPolicy: 'network-only' });
  const gegeven = data?.huishouden;
  // a withheld list reads as an empty one: where gezag is withheld, say so (null) instead of "nobody"
  const d = gegeven && {
    ...gegeven,
    leden: gegeven.leden.map((l, i) => (afgeschermdVoor(extensions, 'huishouden.leden', i, 'gezaghebbenden', [l.id]).length ? { ...l, gezaghebbenden: null } : l)),
  };
  const weg = onbereikbaar(extensions);
  if (mdo) return <MdoOverzicht id={id} ik={aangemeld} vorm={vorm} terug={() => setMdo(false)} />;
  return (
    <article aria-labelledby="dossier-kop">
      <div className="nd-acties">
        <Button appearance="subtle-button" onClick={terug}>← Terug naar uw huishoudens</Button>
        <Button appearance="secondary-action-button" onClick={() => setMdo(true)}>MDO-overzicht en afdrukken</Button>
      </div>
      <Heading2 id="dossier-kop">Netwerkdossier: {d ? huishoudnaam(d, aangemeld, vorm) : naam}</Heading2>
      {d && <LopendeDoorbraak key={doorbraken} huishouden={d.id} leden={d.leden} beeindigd={vernieuw} />}
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
                    {(k) => <VeiligheidskaartInhoud kaart={k} extensions={extensions} leden={d.leden} />}
                  </Deel>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>Top3 en veiligheidscijfer</DataListKey>
                <DataListValue>
                  <Deel waarde={d.top3} extensions={extensions} pad="huishouden.top3" partner="lokaal-team" leeg="Geen Top3.">
                    {(t) => <LaatsteTop3 top3={t} extensions={extensions} leden={d.leden} />}
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
              {(b) => <BetrokkenenMetAfgeschermd betrokkenheden={b} contacten={contacten} extensions={extensions} pad="huishouden.betrokkenheden" />}
            </Deel>
          </section>

          <Gezinsleden leden={d.leden} extensions={extensions} doelen={regels?.doelen ?? []} ingetrokken={vernieuw} />

          <Tijdlijn d={d} extensions={extensions} />

          <Partnerpanelen d={d} extensions={extensions} />

          <section aria-labelledby="vastleggen-kop">
            <Heading3 id="vastleggen-kop">Vastleggen</Heading3>
            {regelfout && <Alert type="error">{regelfout}</Alert>}
            {(Object.keys(FORMULIEREN) as Formulier[]).map((f) => (
              <Button key={f} appearance="secondary-action-button" aria-expanded={open === f} onClick={() => setOpen(open === f ? null : f)}>{FORMULIEREN[f]}</Button>
            ))}
            {regels && open === 'toestemming' && <ToestemmingFormulier leden={d.leden} regels={regels} doel={doel} klaar={vernieuw} />}
            {open === 'betrokkenheid' && <BetrokkenheidFormulier huishouden={d.id} aangemeld={aangemeld} klaar={vernieuw} />}
            {regels && open === 'doorbraak' && <DoorbraakFormulier huishouden={d.id} leden={d.leden} regels={regels} klaar={() => { setOpen(null); setDoorbraken((n) => n + 1); vernieuw(); }} />}
            {open === 'bescherming' && <BeschermingFormulier huishouden={d.id} leden={d.leden} regiehouder={!!d.betrokkenheden?.some((b) => b.regiehouder && b.professional === aangemeld.sub && b.organisatie === aangemeld.organisatie)} />}
          </section>
        </>
      )}
    </article>
  );
}

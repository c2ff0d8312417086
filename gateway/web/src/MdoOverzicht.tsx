import {
  Alert, Button, Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useQuery } from 'urql';

import { BetrokkenenMetAfgeschermd, MisschienAfgeschermd, useContacten } from './Betrokkenen';
import { datum } from './datum';
import { Deel, Extensions } from './Deel';
import { DeelTekst } from './Delen';
import { huishoudnaam } from './huishoudnaam';
import { Lid } from './leden';
import { Schuiftabel, Tijdlijn } from './Tijdlijn';
import { Gezinsplanversie, Tijdlijnbron } from './tijdlijn';
import { Top3Moment } from './Top3';
import { Veiligheidskaart, VeiligheidskaartInhoud } from './Veiligheidskaart';
import { Veiligheidsverloop } from './Veiligheidsverloop';

const MDO_OVERZICHT = /* GraphQL */ `
  query MdoOverzicht($id: ID!) {
    huishouden(id: $id) {
      id
      adres
      betrokkenheden { organisatie team professional vorm regiehouder }
      leden { id rol aanduiding leeftijdsgroep personalia { voornaam achternaam } }
      veiligheidskaart { bijgewerktOp situatie veiligheidsafspraken { tekst } }
      top3 { datum zorgen { tekst } krachten { tekst } veiligheidscijfer }
      gezinsplan { vastgesteldOp doelen { omschrijving behaald eigenaar streefdatum } afspraken { omschrijving wie wanneer } versies { nummer vastgesteldOp omschrijving } }
      mdoVerslagen { datum vraag besluiten { tekst } }
      meldingen { ontvangenOp aard }
      veiligheidstaxaties { datum acuteOnveiligheid structureleOnveiligheid }
      onderzoeken { gestartOp status }
      maatregelen { soort uitspraakdatum ingangsdatum einddatum betreft { id } }
      planVanAanpak { vastgesteldOp doelen }
      voortgangsrapportages { datum samenvatting }
      beschermingsonderzoeken { gestartOp status aanleiding }
    }
  }
`;

interface Overzicht extends Tijdlijnbron {
  id: string;
  adres: string | null;
  betrokkenheden: MisschienAfgeschermd[] | null;
  leden: Lid[];
  veiligheidskaart: Veiligheidskaart | null;
  top3: Top3Moment[] | null;
  gezinsplan: {
    vastgesteldOp: string;
    doelen: Array<{ omschrijving: string | null; behaald: boolean | null; eigenaar: string | null; streefdatum: string | null }>;
    afspraken: Array<{ omschrijving: string | null; wie: string | null; wanneer: string | null }>;
    versies: Gezinsplanversie[];
  } | null;
  planVanAanpak: { vastgesteldOp: string; doelen: string[] } | null;
}

/**
 * The plan's actions: each gezinsplan doel with who carries it and by when, and the afspraken with who and when;
 * a doel or afspraak that is withheld says about whom and why, and nothing of its owner or date.
 */
function Acties({ plan, extensions, leden }: { plan: NonNullable<Overzicht['gezinsplan']>; extensions: Extensions; leden: Lid[] }) {
  const pad = 'huishouden.gezinsplan';
  return (
    <>
      <Paragraph>Gezinsplan, vastgesteld {datum(plan.vastgesteldOp)}.</Paragraph>
      <Schuiftabel naam="Acties uit het gezinsplan">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Actie</TableHeaderCell>
              <TableHeaderCell scope="col">Wie</TableHeaderCell>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Stand</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.doelen.map((d, i) => (
              <TableRow key={`d${i}`}>
                <TableCell>Doel: <DeelTekst tekst={d.omschrijving} extensions={extensions} pad={`${pad}.doelen.${i}`} leden={leden} /></TableCell>
                <TableCell>{d.omschrijving === null ? 'afgeschermd' : d.eigenaar ?? 'nog niet afgesproken'}</TableCell>
                <TableCell className="nd-datum">{d.omschrijving === null ? 'afgeschermd' : d.streefdatum ? `uiterlijk ${datum(d.streefdatum)}` : 'geen datum'}</TableCell>
                <TableCell>{d.omschrijving === null ? 'afgeschermd' : d.behaald ? 'behaald' : 'loopt'}</TableCell>
              </TableRow>
            ))}
            {plan.afspraken.map((a, i) => (
              <TableRow key={`a${i}`}>
                <TableCell>Afspraak: <DeelTekst tekst={a.omschrijving} extensions={extensions} pad={`${pad}.afspraken.${i}`} leden={leden} /></TableCell>
                <TableCell>{a.wie ?? 'afgeschermd'}</TableCell>
                <TableCell>{a.wanneer ?? 'afgeschermd'}</TableCell>
                <TableCell>afspraak</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Schuiftabel>
    </>
  );
}

/**
 * The MDO view of one household: the safety situation, Top3 and veiligheidscijfer over time, the plan's actions
 * with owner and date, who is involved and how to reach them, and one timeline over all partners — each part as
 * far as the gateway lets this professional see it, the rest said in place. Printable as the MDO summary.
 */
export function MdoOverzicht({ id, ik, vorm, terug }: { id: string; ik: { sub: string; team: string | null }; vorm: string | undefined; terug(): void }) {
  const [{ data, error, fetching, extensions }] = useQuery<{ huishouden: Omit<Overzicht, 'leden'> & { leden: Array<Omit<Lid, 'gezaghebbenden' | 'toestemmingen'>> } | null }>({
    query: MDO_OVERZICHT, variables: { id }, requestPolicy: 'network-only',
  });
  const contacten = useContacten();
  const gegeven = data?.huishouden;
  const d: Overzicht | null | undefined = gegeven && { ...gegeven, leden: gegeven.leden.map((l) => ({ ...l, gezaghebbenden: null, toestemmingen: null })) };
  return (
    <article aria-labelledby="mdo-kop" className="nd-mdo">
      <div className="nd-niet-afdrukken nd-acties">
        <Button appearance="subtle-button" onClick={terug}>← Terug naar het netwerkdossier</Button>
        {d && <Button appearance="primary-action-button" onClick={() => window.print()}>Afdrukken of als pdf bewaren</Button>}
      </div>
      <Heading2 id="mdo-kop">MDO-overzicht{d ? `: ${huishoudnaam(d, ik, vorm)}` : ''}</Heading2>
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Het MDO-overzicht kon niet worden geladen.'}</Alert>}
      {data && !d && <Alert type="warning">Dit huishouden is er niet, of u bent er voor dit doel niet bij betrokken.</Alert>}
      {d && (
        <>
          <Paragraph className="nd-afdrukdatum">Stand van {datum(new Date().toISOString())}. Alleen wat u voor dit doel mag zien; wat afgeschermd is, staat erbij met de reden.</Paragraph>
          <section aria-labelledby="mdo-veiligheid-kop" className="nd-kaart">
            <Heading3 id="mdo-veiligheid-kop">Veiligheid</Heading3>
            <Deel waarde={d.veiligheidskaart} extensions={extensions} pad="huishouden.veiligheidskaart" partner="veilig-thuis" leeg="Geen veiligheidskaart.">
              {(k) => <VeiligheidskaartInhoud kaart={k} extensions={extensions} leden={d.leden} />}
            </Deel>
          </section>
          <section aria-labelledby="mdo-top3-kop" className="nd-kaart">
            <Heading3 id="mdo-top3-kop">Top3 en veiligheidscijfer door de tijd</Heading3>
            <Deel waarde={d.top3} extensions={extensions} pad="huishouden.top3" partner="lokaal-team" leeg="Nog geen Top3.">
              {(t) => <Veiligheidsverloop top3={t} extensions={extensions} leden={d.leden} />}
            </Deel>
          </section>
          <section aria-labelledby="mdo-acties-kop" className="nd-kaart">
            <Heading3 id="mdo-acties-kop">Acties uit het plan</Heading3>
            <Deel waarde={d.gezinsplan} extensions={extensions} pad="huishouden.gezinsplan" partner="lokaal-team" leeg="Nog geen gezinsplan.">
              {(g) => <Acties plan={g} extensions={extensions} leden={d.leden} />}
            </Deel>
            <Deel waarde={d.planVanAanpak} extensions={extensions} pad="huishouden.planVanAanpak" partner="gi" leeg="">
              {(p) => <Paragraph>Plan van aanpak van de GI, vastgesteld {datum(p.vastgesteldOp)}: {p.doelen.join('; ')}.</Paragraph>}
            </Deel>
          </section>
          <section aria-labelledby="mdo-betrokken-kop" className="nd-kaart">
            <Heading3 id="mdo-betrokken-kop">Wie is betrokken</Heading3>
            <Deel waarde={d.betrokkenheden} extensions={extensions} pad="huishouden.betrokkenheden" leeg="Niemand.">
              {(b) => <BetrokkenenMetAfgeschermd betrokkenheden={b} contacten={contacten} extensions={extensions} pad="huishouden.betrokkenheden" />}
            </Deel>
          </section>
          <Tijdlijn d={d} extensions={extensions} kop="Tijdlijn over alle partners" />
        </>
      )}
    </article>
  );
}

import { Alert, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { ReactNode } from 'react';
import { useQuery } from 'urql';

import { Afgeschermd } from './Afgeschermd';
import { datum } from './datum';
import { Deel, Extensions, onbereikbaar } from './Deel';
import { Delen } from './Delen';
import { afgeschermdOp } from './graphql';
import { Lid } from './leden';
import { Lijst, Partnerpaneel } from './paneel';
import { PARTNERS } from './partners';
import { maatregelregel } from './tijdlijn';
import { alsTekst } from './woorden';
import type { Dossier } from './Dossier';

interface Onderdeel {
  veld: keyof Dossier;
  naam: string;
  leeg: string;
  toon(d: Dossier, extensions: Extensions): ReactNode;
}

const lijst = (regels: string[]) => <Lijst regels={regels} />;

/** The verklarende analyse: its date (or why it is withheld), then each patroon and onderliggende factor, or whose it is and why it is withheld. */
function Analyse({ analyse, extensions, leden }: { analyse: NonNullable<Dossier['verklarendeAnalyse']>; extensions: Extensions; leden: Lid[] }) {
  const pad = 'huishouden.verklarendeAnalyse';
  return (
    <>
      <Paragraph>{analyse.datum ? `Gemaakt ${datum(analyse.datum)}.` : <Afgeschermd items={afgeschermdOp(extensions, `${pad}.datum`)} />}</Paragraph>
      <Paragraph>Patronen:</Paragraph>
      <Delen naam="Patronen" delen={analyse.patronen} extensions={extensions} leden={leden} pad={`${pad}.patronen`} tekst={(p) => p.tekst} leeg="Geen." />
      <Paragraph>Onderliggende factoren:</Paragraph>
      <Delen naam="Onderliggende factoren" delen={analyse.onderliggendeFactoren} extensions={extensions} leden={leden} pad={`${pad}.onderliggendeFactoren`} tekst={(f) => f.tekst} leeg="Geen." />
    </>
  );
}

/** Per partner, what its own dossier adds beyond the one plan and the timeline. */
const PANELEN: Array<{ partner: string; onderdelen: Onderdeel[] }> = [
  {
    partner: 'lokaal-team',
    onderdelen: [
      {
        veld: 'mdoVerslagen', naam: 'MDO: besluiten en adviezen', leeg: 'Geen MDO.',
        toon: (d, extensions) => (d.mdoVerslagen ?? []).map((m, i) => {
          const pad = `huishouden.mdoVerslagen.${i}`;
          return (
            <div key={i}>
              <Paragraph>{m.datum ? `${datum(m.datum)}: ${m.vraag}` : <Afgeschermd items={afgeschermdOp(extensions, `${pad}.datum`)} />}</Paragraph>
              {m.besluiten.length > 0 && <Delen naam={`Besluiten in het MDO van ${m.datum ? datum(m.datum) : 'een afgeschermde datum'}`} delen={m.besluiten} extensions={extensions} leden={d.leden} pad={`${pad}.besluiten`} tekst={(b) => b.tekst && `Besluit: ${b.tekst}`} />}
              {m.adviezen.length > 0 && <Delen naam={`Adviezen in het MDO van ${m.datum ? datum(m.datum) : 'een afgeschermde datum'}`} delen={m.adviezen} extensions={extensions} leden={d.leden} pad={`${pad}.adviezen`} tekst={(a) => a.advies && `${a.deelnemer} (${a.organisatie}): ${a.advies}`} />}
            </div>
          );
        }),
      },
      {
        veld: 'verklarendeAnalyse', naam: 'Verklarende analyse', leeg: 'Geen verklarende analyse.',
        toon: (d, extensions) => d.verklarendeAnalyse && <Analyse analyse={d.verklarendeAnalyse} extensions={extensions} leden={d.leden} />,
      },
      { veld: 'netwerk', naam: 'Netwerk rond het gezin', leeg: 'Geen netwerk vastgelegd.', toon: (d) => lijst((d.netwerk ?? []).map((n) => `${n.naam ?? 'Iemand'} (${n.relatie}): ${n.rolInNetwerk}`)) },
    ],
  },
  {
    partner: 'veilig-thuis',
    onderdelen: [
      { veld: 'meldingen', naam: 'Meldingen', leeg: 'Geen meldingen.', toon: (d) => lijst((d.meldingen ?? []).map((m) => `${datum(m.ontvangenOp)}: ${m.aard}`)) },
      { veld: 'veiligheidstaxaties', naam: 'Veiligheidstaxaties', leeg: 'Geen taxaties.', toon: (d) => lijst((d.veiligheidstaxaties ?? []).map((t) => `${datum(t.datum)}: ${t.acuteOnveiligheid ? 'acute onveiligheid' : 'geen acute onveiligheid'}${t.structureleOnveiligheid ? ', structurele onveiligheid' : ''}`)) },
      { veld: 'onderzoeken', naam: 'Onderzoeken', leeg: 'Geen onderzoek.', toon: (d) => lijst((d.onderzoeken ?? []).map((o) => `Gestart ${datum(o.gestartOp)}: ${alsTekst(o.status)}`)) },
    ],
  },
  {
    partner: 'gi',
    onderdelen: [
      { veld: 'maatregelen', naam: 'Maatregelen', leeg: 'Geen maatregel.', toon: (d) => lijst((d.maatregelen ?? []).map((m) => maatregelregel(d.leden, m))) },
      { veld: 'planVanAanpak', naam: 'Plan van aanpak', leeg: 'Geen plan van aanpak.', toon: (d) => d.planVanAanpak && `Vastgesteld ${datum(d.planVanAanpak.vastgesteldOp)}: ${d.planVanAanpak.doelen.join('; ')}` },
      { veld: 'voortgangsrapportages', naam: 'Voortgangsrapportages', leeg: 'Geen rapportages.', toon: (d) => lijst((d.voortgangsrapportages ?? []).map((v) => `${datum(v.datum)}: ${v.samenvatting}`)) },
    ],
  },
  {
    partner: 'raad',
    onderdelen: [
      { veld: 'beschermingsonderzoeken', naam: 'Beschermingsonderzoeken', leeg: 'Geen beschermingsonderzoek.', toon: (d) => lijst((d.beschermingsonderzoeken ?? []).map((b) => `Gestart ${datum(b.gestartOp)} (${alsTekst(b.status)}): ${b.aanleiding}`)) },
      { veld: 'adviezenAanRechter', naam: 'Adviezen aan de rechter', leeg: 'Geen advies aan de rechter.', toon: (d) => lijst((d.adviezenAanRechter ?? []).map((a) => `${datum(a.datum)}, ${alsTekst(a.soort)}: ${a.inhoud}`)) },
    ],
  },
];

/** The panels partners bring in their own folder (`subgraphs/<naam>/web/paneel.tsx`), by the folder's name. */
const EIGEN_PANELEN = Object.entries(import.meta.glob<Partnerpaneel>('../../../subgraphs/*/web/paneel.tsx', { eager: true }))
  .map(([pad, paneel]) => ({ partner: pad.split('/').at(-3)!, paneel }))
  .sort((a, b) => a.partner.localeCompare(b.partner));

/** One partner's panel: its name, and its part, or that it could not be reached. */
function Paneelkader({ partner, weg, children }: { partner: string; weg: boolean; children: ReactNode }) {
  const naam = PARTNERS[partner] ?? partner;
  return (
    <section aria-labelledby={`partner-${partner}`} className="nd-kaart nd-paneel">
      <Heading4 id={`partner-${partner}`}>{naam}</Heading4>
      {weg ? <Alert type="warning">{naam} is nu niet bereikbaar. Wat deze partner vastlegde, ontbreekt hier; probeer het later opnieuw.</Alert> : children}
    </section>
  );
}

/** A partner's own panel asks its own query, for the same household and doel; the gateway decides and logs it like any other. */
function EigenPaneel({ partner, paneel: { query, Paneel }, huishouden }: { partner: string; paneel: Partnerpaneel; huishouden: string }) {
  const [{ data, error, fetching, extensions }] = useQuery<{ huishouden: unknown }>({ query, variables: { id: huishouden }, requestPolicy: 'network-only' });
  return (
    <Paneelkader partner={partner} weg={onbereikbaar(extensions).includes(partner)}>
      {fetching && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Dit deel kon niet worden geladen.'}</Alert>}
      {data?.huishouden ? <Paneel huishouden={data.huishouden} extensions={extensions} /> : null}
    </Paneelkader>
  );
}

/** Each partner's part of the netwerkdossier in its own panel; a partner that could not be reached says so. */
export function Partnerpanelen({ d, extensions }: { d: Dossier; extensions: Extensions }) {
  const weg = onbereikbaar(extensions);
  return (
    <section aria-labelledby="partners-kop">
      <Heading3 id="partners-kop">Per partner</Heading3>
      {PANELEN.map(({ partner, onderdelen }) => (
        <Paneelkader key={partner} partner={partner} weg={weg.includes(partner)}>
          {onderdelen.map((o) => (
            <div key={o.veld}>
              <Paragraph><strong>{o.naam}</strong></Paragraph>
              <Deel waarde={d[o.veld]} extensions={extensions} pad={`huishouden.${o.veld}`} leeg={o.leeg}>
                {() => o.toon(d, extensions)}
              </Deel>
            </div>
          ))}
        </Paneelkader>
      ))}
      {EIGEN_PANELEN.map(({ partner, paneel }) => <EigenPaneel key={partner} partner={partner} paneel={paneel} huishouden={d.id} />)}
    </section>
  );
}

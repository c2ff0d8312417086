import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { ReactNode } from 'react';
import { useQuery } from 'urql';

import { Afgeschermd } from '../Afgeschermd';
import { datum } from '../datum';
import { Delen, Tekstdeel } from '../Delen';
import { afgeschermdOp } from '../graphql';
import { useNamen } from './namen';

const PLAN = /* GraphQL */ `
  query MijnPlan {
    mijnHuishouden {
      gezinsplan { vastgesteldOp doelen { omschrijving behaald } afspraken { omschrijving wie wanneer } }
      top3 { datum zorgen { tekst } krachten { tekst } veiligheidscijfer }
      veiligheidskaart { bijgewerktOp veiligheidsafspraken { tekst } }
    }
  }
`;

// a part withheld for the caller comes back with its fields null (a part about a member they may not see)
interface Doel { omschrijving?: string | null; behaald?: boolean | null }
interface Afspraak { omschrijving?: string | null; wie?: string | null; wanneer?: string | null }

interface Plan {
  gezinsplan?: { vastgesteldOp?: string | null; doelen: Doel[]; afspraken: Afspraak[] } | null;
  top3?: Array<{ datum?: string | null; zorgen: Tekstdeel[]; krachten: Tekstdeel[]; veiligheidscijfer?: number | null }> | null;
  veiligheidskaart?: { bijgewerktOp?: string | null; veiligheidsafspraken: Tekstdeel[] } | null;
}

/**
 * One part of the plan: its content, or — only where the gateway withheld the record as a whole — that it is
 * withheld and why, or that there is none yet. A record that came back shows each of its parts that may be
 * shown, and says in place of each other part that it is withheld (Delen).
 */
function Deel({ kop, id, record, extensions, pad, children }: { kop: string; id: string; record: unknown; extensions: Record<string, unknown> | undefined; pad: string; children: ReactNode }) {
  const leeg = record === null || record === undefined || (Array.isArray(record) && record.length === 0);
  const heel = leeg ? afgeschermdOp(extensions, pad) : [];
  return (
    <article aria-labelledby={id}>
      <Heading3 id={id}>{kop}</Heading3>
      {heel.length > 0 ? <Paragraph><Afgeschermd items={heel} /></Paragraph> : leeg ? <Paragraph>Hier staat nog niets.</Paragraph> : children}
    </article>
  );
}

/** The household's plan as the policy lets the family see it (policies/gezin.yaml): a parent's own children by name, the gezinsplan, the latest Top3 with the safety score, the safety agreements. */
export function Plan() {
  const [{ data, error, fetching, extensions }] = useQuery<{ mijnHuishouden?: Plan | null }>({ query: PLAN });
  const plan = data?.mijnHuishouden;
  const laatste = (plan?.top3?.length ?? 0) - 1;
  const top3 = plan?.top3?.[laatste];
  const { namen } = useNamen();
  const cijferAfgeschermd = afgeschermdOp(extensions, `mijnHuishouden.top3.${laatste}.veiligheidscijfer`);
  return (
    <section aria-labelledby="plan-kop">
      <Heading2 id="plan-kop">Uw gezinsplan</Heading2>
      {fetching && !data && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw plan kon niet worden geladen.'}</Alert>}
      {namen.size > 0 && <Paragraph>{`Uw ${namen.size === 1 ? 'kind' : 'kinderen'}: ${[...namen.values()].join(', ')}.`}</Paragraph>}
      {data && (
        <>
          <Deel kop="Wat u samen wilt bereiken" id="plan-doelen" record={plan?.gezinsplan} extensions={extensions} pad="mijnHuishouden.gezinsplan">
            <Paragraph>{`Dit plan is met u gemaakt op ${datum(plan?.gezinsplan?.vastgesteldOp)}.`}</Paragraph>
            <Delen naam="Doelen" delen={plan?.gezinsplan?.doelen ?? []} extensions={extensions} pad="mijnHuishouden.gezinsplan.doelen" leeg="Nog geen doelen."
              tekst={(d) => d.omschrijving && `${d.omschrijving}${d.behaald ? ' (gelukt)' : ''}`} />
            <Paragraph>Afspraken: wie doet wat, en wanneer.</Paragraph>
            <Delen naam="Afspraken" delen={plan?.gezinsplan?.afspraken ?? []} extensions={extensions} pad="mijnHuishouden.gezinsplan.afspraken" leeg="Nog geen afspraken."
              tekst={(a) => a.omschrijving && `${a.omschrijving}. Wie: ${a.wie ?? 'niet ingevuld'}. Wanneer: ${a.wanneer ?? 'niet ingevuld'}.`} />
          </Deel>
          <Deel kop="Top 3: zorgen en wat goed gaat" id="plan-top3" record={plan?.top3} extensions={extensions} pad="mijnHuishouden.top3">
            {top3 && (
              <>
                <Paragraph>{`Gemaakt op ${datum(top3.datum)}.`}</Paragraph>
                {typeof top3.veiligheidscijfer === 'number'
                  ? <Paragraph><strong>{`Hoe veilig is het nu? ${top3.veiligheidscijfer} van de 10.`}</strong> 0 betekent: het is nu niet veilig. 10 betekent: het is veilig genoeg.</Paragraph>
                  : cijferAfgeschermd.length > 0 && <Paragraph>Hoe veilig is het nu? <Afgeschermd items={cijferAfgeschermd} /></Paragraph>}
                <Paragraph>Zorgen:</Paragraph>
                <Delen naam="Zorgen" delen={top3.zorgen} extensions={extensions} pad={`mijnHuishouden.top3.${laatste}.zorgen`} tekst={(z) => z.tekst} />
                <Paragraph>Wat goed gaat:</Paragraph>
                <Delen naam="Wat goed gaat" delen={top3.krachten} extensions={extensions} pad={`mijnHuishouden.top3.${laatste}.krachten`} tekst={(k) => k.tekst} />
              </>
            )}
          </Deel>
          <Deel kop="Afspraken over veiligheid" id="plan-veiligheid" record={plan?.veiligheidskaart} extensions={extensions} pad="mijnHuishouden.veiligheidskaart">
            <Paragraph>{`Bijgewerkt op ${datum(plan?.veiligheidskaart?.bijgewerktOp)}.`}</Paragraph>
            <Delen naam="Afspraken over veiligheid" delen={plan?.veiligheidskaart?.veiligheidsafspraken ?? []} extensions={extensions} pad="mijnHuishouden.veiligheidskaart.veiligheidsafspraken" tekst={(v) => v.tekst} />
          </Deel>
        </>
      )}
    </section>
  );
}

import { Alert, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
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

interface Plan {
  gezinsplan?: { vastgesteldOp: string; doelen: Array<{ omschrijving: string; behaald: boolean }>; afspraken: Array<{ omschrijving: string; wie: string; wanneer: string }> } | null;
  top3?: Array<{ datum?: string | null; zorgen: Tekstdeel[]; krachten: Tekstdeel[]; veiligheidscijfer?: number | null }> | null;
  veiligheidskaart?: { bijgewerktOp?: string | null; veiligheidsafspraken: Tekstdeel[] } | null;
}

/** One part of the plan: its content, or that it is withheld and why, or that there is none yet. */
function Deel({ kop, id, afgeschermd, leeg, children }: { kop: string; id: string; afgeschermd: ReturnType<typeof afgeschermdOp>; leeg: boolean; children: ReactNode }) {
  return (
    <article aria-labelledby={id}>
      <Heading3 id={id}>{kop}</Heading3>
      {afgeschermd.length > 0 ? <Paragraph><Afgeschermd items={afgeschermd} /></Paragraph> : leeg ? <Paragraph>Hier staat nog niets.</Paragraph> : children}
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
  return (
    <section aria-labelledby="plan-kop">
      <Heading2 id="plan-kop">Uw gezinsplan</Heading2>
      {fetching && !data && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'Uw plan kon niet worden geladen.'}</Alert>}
      {namen.size > 0 && <Paragraph>{`Uw ${namen.size === 1 ? 'kind' : 'kinderen'}: ${[...namen.values()].join(', ')}.`}</Paragraph>}
      {data && (
        <>
          <Deel kop="Wat u samen wilt bereiken" id="plan-doelen" afgeschermd={afgeschermdOp(extensions, 'mijnHuishouden.gezinsplan')} leeg={!plan?.gezinsplan}>
            <Paragraph>{`Dit plan is met u gemaakt op ${datum(plan?.gezinsplan?.vastgesteldOp ?? '')}.`}</Paragraph>
            <UnorderedList>
              {plan?.gezinsplan?.doelen.map((d, i) => <UnorderedListItem key={i}>{`${d.omschrijving}${d.behaald ? ' (gelukt)' : ''}`}</UnorderedListItem>)}
            </UnorderedList>
            <Paragraph>Afspraken: wie doet wat, en wanneer.</Paragraph>
            <UnorderedList>
              {plan?.gezinsplan?.afspraken.map((a, i) => <UnorderedListItem key={i}>{`${a.omschrijving}. Wie: ${a.wie}. Wanneer: ${a.wanneer}.`}</UnorderedListItem>)}
            </UnorderedList>
          </Deel>
          <Deel kop="Top 3: zorgen en wat goed gaat" id="plan-top3" afgeschermd={afgeschermdOp(extensions, 'mijnHuishouden.top3')} leeg={!top3}>
            {top3 && (
              <>
                <Paragraph>{`Gemaakt op ${datum(top3.datum)}.`}</Paragraph>
                {typeof top3.veiligheidscijfer === 'number' && <Paragraph><strong>{`Hoe veilig is het nu? ${top3.veiligheidscijfer} van de 10.`}</strong> 0 betekent: het is nu niet veilig. 10 betekent: het is veilig genoeg.</Paragraph>}
                <Paragraph>Zorgen:</Paragraph>
                <Delen naam="Zorgen" delen={top3.zorgen} extensions={extensions} pad={`mijnHuishouden.top3.${laatste}.zorgen`} tekst={(z) => z.tekst} />
                <Paragraph>Wat goed gaat:</Paragraph>
                <Delen naam="Wat goed gaat" delen={top3.krachten} extensions={extensions} pad={`mijnHuishouden.top3.${laatste}.krachten`} tekst={(k) => k.tekst} />
              </>
            )}
          </Deel>
          <Deel kop="Afspraken over veiligheid" id="plan-veiligheid" afgeschermd={afgeschermdOp(extensions, 'mijnHuishouden.veiligheidskaart')} leeg={!plan?.veiligheidskaart}>
            <Paragraph>{`Bijgewerkt op ${datum(plan?.veiligheidskaart?.bijgewerktOp ?? '')}.`}</Paragraph>
            <Delen naam="Afspraken over veiligheid" delen={plan?.veiligheidskaart?.veiligheidsafspraken ?? []} extensions={extensions} pad="mijnHuishouden.veiligheidskaart.veiligheidsafspraken" tekst={(v) => v.tekst} />
          </Deel>
        </>
      )}
    </section>
  );
}

import {
  Alert, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { useQuery } from 'urql';

import { Afgeschermd } from '../Afgeschermd';
import { afgeschermdOp } from '../graphql';
import { datum } from '../datum';
import { Delen, Tekstdeel } from '../Delen';

const MDO = /* GraphQL */ `
  query MijnHuishoudenMdo {
    mijnHuishouden { mdoVerslagen { datum vraag besluiten { tekst } afspraken { tekst } adviezen { deelnemer organisatie advies } } }
  }
`;

interface Verslag {
  datum: string;
  vraag: string;
  besluiten: Tekstdeel[];
  afspraken: Tekstdeel[];
  adviezen: Array<{ deelnemer: string; organisatie: string; advies: string }>;
}


/** The MDO adviezen and besluiten about your household, as far as the policy shows them to the family (policies/gezin.yaml). */
export function Mdo() {
  const [{ data, error, fetching, extensions }] = useQuery<{ mijnHuishouden?: { mdoVerslagen?: Verslag[] | null } | null }>({ query: MDO });
  const afgeschermd = afgeschermdOp(extensions, 'mijnHuishouden.mdoVerslagen');
  const verslagen = data?.mijnHuishouden?.mdoVerslagen ?? [];
  return (
    <section aria-labelledby="mdo-kop">
      <Heading2 id="mdo-kop">MDO: adviezen en besluiten</Heading2>
      {fetching && !data && <Paragraph>Laden…</Paragraph>}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De MDO-verslagen konden niet worden geladen.'}</Alert>}
      {data && afgeschermd.length > 0 && <Paragraph><Afgeschermd items={afgeschermd} /></Paragraph>}
      {data && afgeschermd.length === 0 && verslagen.length === 0 && <Paragraph>Er is nog geen multidisciplinair overleg (MDO) over uw huishouden geweest.</Paragraph>}
      {verslagen.map((v, i) => (
        <article key={`${v.datum}-${i}`} aria-labelledby={`mdo-${i}`}>
          <Heading3 id={`mdo-${i}`}>MDO van {datum(v.datum)}</Heading3>
          <DataList>
            <DataListItem><DataListKey>Vraag</DataListKey><DataListValue>{v.vraag}</DataListValue></DataListItem>
            <DataListItem>
              <DataListKey>Besluit</DataListKey>
              <DataListValue><Delen naam={`Besluiten van het MDO van ${datum(v.datum)}`} delen={v.besluiten} extensions={extensions} pad={`mijnHuishouden.mdoVerslagen.${i}.besluiten`} tekst={(b) => b.tekst} /></DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Afspraken</DataListKey>
              <DataListValue><Delen naam={`Afspraken uit het MDO van ${datum(v.datum)}`} delen={v.afspraken} extensions={extensions} pad={`mijnHuishouden.mdoVerslagen.${i}.afspraken`} tekst={(a) => a.tekst} /></DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Adviezen</DataListKey>
              <DataListValue>
                <UnorderedList>{v.adviezen.map((a, j) => <UnorderedListItem key={j}>{a.deelnemer} ({a.organisatie}): {a.advies}</UnorderedListItem>)}</UnorderedList>
              </DataListValue>
            </DataListItem>
          </DataList>
        </article>
      ))}
    </section>
  );
}

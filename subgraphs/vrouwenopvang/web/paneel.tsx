import { Afgeschermd, afgeschermdVoor, datum, Extensions, PaneelProps } from '@netwerkdossier/web/paneel';
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { ReactNode } from 'react';

/** The shelter's part per member; the shelter's address is never asked: it is never shared. */
export const query = /* GraphQL */ `
  query Vrouwenopvang($id: ID!) {
    huishouden(id: $id) {
      id
      leden {
        id
        aanduiding
        opvangplaatsingen { soort status gestartOp beeindigdOp }
        veiligheidsplan { bijgewerktOp signalen afspraken }
      }
    }
  }
`;

interface Lid {
  id: string;
  aanduiding: string | null;
  opvangplaatsingen: Array<{ soort: string; status: string; gestartOp: string; beeindigdOp: string | null }> | null;
  veiligheidsplan: { bijgewerktOp: string; signalen: string[]; afspraken: string[] } | null;
}

const SOORT: Record<string, string> = { crisisopvang: 'crisisopvang', reguliere_opvang: 'reguliere opvang' };

/** One part for every member: their records as lines, or in their place why they are withheld; nothing for a member without either. */
function PerLid({ leden, extensions, veld, naam, leeg, regels }: {
  leden: Lid[]; extensions: Extensions; veld: 'opvangplaatsingen' | 'veiligheidsplan'; naam: string; leeg: string; regels(l: Lid): string[];
}) {
  const items: ReactNode[] = leden.flatMap((l, i) => {
    const wie = l.aanduiding ?? `Gezinslid ${i + 1}`;
    const eigen = regels(l);
    if (eigen.length) return eigen.map((r, j) => <UnorderedListItem key={`${l.id}-${j}`}>{wie}: {r}</UnorderedListItem>);
    const afgeschermd = afgeschermdVoor(extensions, 'huishouden.leden', i, veld, [l.id]);
    return afgeschermd.length ? [<UnorderedListItem key={l.id}>{wie}: <Afgeschermd items={afgeschermd} /></UnorderedListItem>] : [];
  });
  return (
    <div>
      <Paragraph><strong>{naam}</strong></Paragraph>
      {items.length ? <UnorderedList>{items}</UnorderedList> : <Paragraph>{leeg}</Paragraph>}
    </div>
  );
}

/** Who stays or stayed in the shelter, and the safety plan made with them. */
export function Paneel({ huishouden: { leden }, extensions }: PaneelProps<{ leden: Lid[] }>) {
  return (
    <>
      <PerLid
        leden={leden} extensions={extensions} veld="opvangplaatsingen" naam="Opvang" leeg="Geen opvang."
        regels={(l) => (l.opvangplaatsingen ?? []).map((o) => `${SOORT[o.soort] ?? o.soort} sinds ${datum(o.gestartOp)}${o.status === 'lopend' ? ' (lopend)' : `, beëindigd${o.beeindigdOp ? ` ${datum(o.beeindigdOp)}` : ''}`}`)}
      />
      <PerLid
        leden={leden} extensions={extensions} veld="veiligheidsplan" naam="Veiligheidsplan" leeg="Geen veiligheidsplan."
        regels={(l) => (l.veiligheidsplan ? [`bijgewerkt ${datum(l.veiligheidsplan.bijgewerktOp)}. Signalen: ${l.veiligheidsplan.signalen.join('; ')}. Afspraken: ${l.veiligheidsplan.afspraken.join('; ')}.`] : [])}
      />
    </>
  );
}

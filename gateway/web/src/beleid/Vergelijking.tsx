import { Heading4, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { PARTNERS } from '../partners';

interface Cel { uitkomst: string; regel: string; reden: string }

/** One cell under the version in force (`nu`) and under the proposal (`straks`): GET /beleid/voorstellen/:nr/vergelijking. */
export interface Vergelijkingsrij { persoon: string | null; categorie: string | null; partner: string | null; nu: Cel; straks: Cel }

const UITKOMST: Record<string, string> = { zichtbaar: 'ziet', geanonimiseerd: 'geanonimiseerd', afgeschermd: 'ziet niet' };
// a pseudonym is what every decision is about; it says nothing to the reader
const NIETSZEGGEND = new Set(['pseudoniem']);
const partnernaam = (p: string | null) => PARTNERS[p ?? ''] ?? p ?? 'het register';
const zonderPunt = (t: string) => t.replace(/\.+$/, '');

/** What the persona gets of one partner's data under one version, grouped by outcome: "ziet: veiligheid; ziet niet: gezondheid". */
function samenvatting(rijen: Vergelijkingsrij[], versie: 'nu' | 'straks'): string {
  return ['zichtbaar', 'geanonimiseerd', 'afgeschermd']
    .map((u) => [u, rijen.filter((r) => r[versie].uitkomst === u).map((r) => r.categorie)] as const)
    .filter(([, cs]) => cs.length)
    .map(([u, cs]) => `${UITKOMST[u]}: ${cs.join(', ')}`)
    .join('; ');
}

/**
 * The simulator's comparison in words and side by side: per person, the cells the proposal changes as sentences
 * ("gezondheid van Ouder 1 (30–39 jaar) bij Veilig Thuis: nu afgeschermd, straks zichtbaar"), then per partner what
 * the persona sees now and would see under the proposal, a changed row marked.
 */
export function Vergelijking({ rijen, leden, persona, volgnummer }: { rijen: Vergelijkingsrij[]; leden: Array<{ id: string; aanduiding: string }>; persona: string; volgnummer: number }) {
  const wie = (p: string | null) => leden.find((l) => l.id === p)?.aanduiding ?? 'Een gezinslid';
  const niemand = rijen.find((r) => r.persoon === null);
  if (niemand) {
    return <Paragraph>{`${persona} ziet nu niets van dit huishouden (${zonderPunt(niemand.nu.reden)}), en onder voorstel ${volgnummer} ook niet (${zonderPunt(niemand.straks.reden)}).`}</Paragraph>;
  }
  const relevant = rijen.filter((r) => r.categorie && !NIETSZEGGEND.has(r.categorie));
  const anders = (r: Vergelijkingsrij) => r.nu.uitkomst !== r.straks.uitkomst;
  const aantal = relevant.filter(anders).length;
  return (
    <>
      <Paragraph>
        {aantal
          ? `Voorstel ${volgnummer} verandert ${aantal} ${aantal === 1 ? 'cel' : 'cellen'} van wat ${persona} van dit huishouden ziet.`
          : `Voorstel ${volgnummer} verandert niets aan wat ${persona} van dit huishouden ziet.`}
      </Paragraph>
      {[...new Set(relevant.map((r) => r.persoon))].map((p) => {
        const vanPersoon = relevant.filter((r) => r.persoon === p);
        const verschillen = vanPersoon.filter(anders);
        const partners = [...new Set(vanPersoon.map((r) => r.partner))];
        return (
          <section key={p} aria-label={`Vergelijking: ${wie(p)}`}>
            <Heading4>{wie(p)}</Heading4>
            {verschillen.length ? (
              <UnorderedList>
                {verschillen.map((r) => (
                  <UnorderedListItem key={`${r.partner}-${r.categorie}`}>
                    <strong>{`${r.categorie} van ${wie(p)} bij ${partnernaam(r.partner)}: nu ${r.nu.uitkomst}, straks ${r.straks.uitkomst}`}</strong>
                    {`, want ${zonderPunt(r.straks.reden)}.`}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            ) : <Paragraph>{`Voor ${wie(p)} verandert niets.`}</Paragraph>}
            <Table>
              <caption>{`${wie(p)}: nu en onder voorstel ${volgnummer}`}</caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Gegevens van</TableHeaderCell>
                  <TableHeaderCell scope="col">Nu</TableHeaderCell>
                  <TableHeaderCell scope="col">Onder voorstel {volgnummer}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {partners.map((partner) => {
                  const vanPartner = vanPersoon.filter((r) => r.partner === partner);
                  return (
                    <TableRow key={partner}>
                      <TableHeaderCell scope="row">{`${partnernaam(partner)}${vanPartner.some(anders) ? ' (verschilt)' : ''}`}</TableHeaderCell>
                      <TableCell>{samenvatting(vanPartner, 'nu')}</TableCell>
                      <TableCell>{samenvatting(vanPartner, 'straks')}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </section>
        );
      })}
    </>
  );
}

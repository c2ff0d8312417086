import {
  Alert, Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { Provider, useQuery } from 'urql';

import { Aangemeld } from './aanmelding';
import { Afgeschermd } from './Afgeschermd';
import { Bevestigen } from './Bevestigen';
import { Netwerkdossier } from './Dossier';
import { huishoudnaam, nummerHuishoudens } from './huishoudnaam';
import { ORGANISATIES } from './partners';
import { doelInWoorden, vormInWoorden } from './woorden';
import { afgeschermdOp, afgeschermdVoor, clientVoor } from './graphql';
import { Uitnodigingen } from './gezin/Uitnodigingen';
import { Inzage } from './Inzage';
import { Schuiftabel } from './Tijdlijn';
import { Toezicht } from './Toezicht';

const EIGEN_HUISHOUDENS = /* GraphQL */ `
  query EigenHuishoudens {
    huishoudens(limiet: 50) {
      id
      adres
      leden { id personalia { achternaam } }
      betrokkenheden { organisatie team vorm regiehouder professional }
    }
  }
`;

interface Huishouden {
  id: string;
  adres: string | null;
  leden: Array<{ id: string; personalia: { achternaam: string } | null }>;
  betrokkenheden: Array<{ organisatie: string | null; team: string | null; vorm: string | null; regiehouder: boolean | null; professional: string | null }> | null;
}


/**
 * Per reason, how many households the list leaves out because the caller may see nothing of them: the
 * gateway says one item per such household at the list itself, and nothing about it.
 */
function nietGetoond(extensions: Record<string, unknown> | undefined): Array<[string, number]> {
  const perReden = new Map<string, number>();
  for (const a of afgeschermdOp(extensions, 'huishoudens').filter((a) => a.pad === 'huishoudens')) perReden.set(a.reden, (perReden.get(a.reden) ?? 0) + 1);
  return [...perReden];
}

/** The households the professional is involved with, for the chosen doel: who is involved, in which vorm, who coordinates. */
function Lijst({ open, aangemeld, vorm }: { open(id: string, naam: string): void; aangemeld: Aangemeld; vorm: string | undefined }) {
  const [{ data, error, fetching, extensions }] = useQuery<{ huishoudens: Huishouden[] }>({ query: EIGEN_HUISHOUDENS });
  if (fetching) return <Paragraph>Laden…</Paragraph>;
  if (error) return <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De huishoudens konden niet worden geladen.'}</Alert>;
  const huishoudens = data?.huishoudens ?? [];
  nummerHuishoudens(huishoudens.map((h) => h.id));
  const weggelaten = nietGetoond(extensions).map(([reden, aantal]) => (
    <Paragraph key={reden}>{aantal === 1 ? '1 huishouden wordt' : `${aantal} huishoudens worden`} niet getoond: {reden}</Paragraph>
  ));
  if (huishoudens.length === 0) return weggelaten.length ? <>{weggelaten}</> : <Paragraph>U bent voor dit doel bij geen enkel huishouden betrokken.</Paragraph>;
  return (
    <>
      {weggelaten}
      <Schuiftabel naam="Uw huishoudens">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
            <TableHeaderCell scope="col">Adres</TableHeaderCell>
            <TableHeaderCell scope="col">Gezinsleden</TableHeaderCell>
            <TableHeaderCell scope="col">Betrokken</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {huishoudens.map((h, i) => {
            const afgeschermd = (veld: string) => <Afgeschermd items={afgeschermdVoor(extensions, 'huishoudens', i, veld, h.leden.map((l) => l.id))} />;
            const naam = huishoudnaam(h, aangemeld, vorm);
            return (
            <TableRow key={h.id}>
              <TableCell>
                <Button appearance="subtle-button" onClick={() => open(h.id, naam)} data-huishouden={h.id}>{naam}</Button>
              </TableCell>
              <TableCell>{h.adres ?? afgeschermd('adres')}</TableCell>
              <TableCell>{h.leden.length}</TableCell>
              <TableCell>
                {/* one's own always shows; where the others' may not be seen, the gateway leaves them out and says why once */}
                {h.betrokkenheden?.some((b) => b.organisatie)
                  ? h.betrokkenheden.flatMap((b) => (b.organisatie ? [`${ORGANISATIES[b.organisatie] ?? b.organisatie} (${b.team}): ${vormInWoorden(b.vorm ?? '')}${b.regiehouder ? ', regiehouder' : ''}`] : [])).join('; ')
                  : null}
                {h.betrokkenheden?.every((b) => b.organisatie) && afgeschermdVoor(extensions, 'huishoudens', i, 'betrokkenheden', h.leden.map((l) => l.id)).length === 0
                  ? null
                  : <>{h.betrokkenheden?.some((b) => b.organisatie) ? '. Wie verder betrokken is: ' : null}{afgeschermd('betrokkenheden')}</>}
              </TableCell>
            </TableRow>
            );
          })}
        </TableBody>
      </Table>
      </Schuiftabel>
    </>
  );
}

/** After sign-in: choose the doel, then one's households (professionals), what awaits one's confirmation (doel bevestiging) or one's inzage (household members). */
export function Huishoudens({ aangemeld }: { aangemeld: Aangemeld }) {
  const [doel, setDoel] = useState(aangemeld.voorkeursdoel ?? aangemeld.doelen[0]?.naam ?? '');
  const [geopend, setGeopend] = useState<{ id: string; naam: string } | null>(null);
  const vorm = aangemeld.doelen.find((d) => d.naam === doel)?.vormen[0];
  // an accepted invitation adds a household to the list
  const [versie, setVersie] = useState(0);
  const client = useMemo(() => clientVoor(doel), [doel]);
  if (aangemeld.doelen.length === 0) return <Alert type="warning">Het beleid staat u geen enkel doel toe.</Alert>;
  return (
    <Provider value={client}>
      {aangemeld.rol !== 'client' && <FormField>
        <FormLabel htmlFor="doel">Doel van uw raadpleging</FormLabel>
        <Select id="doel" value={doel} onChange={(e) => { setDoel(e.target.value); setGeopend(null); }}>
          {aangemeld.doelen.map((d) => (
            <SelectOption key={d.naam} value={d.naam}>
              {doelInWoorden(aangemeld.doelen, d.naam)}
            </SelectOption>
          ))}
        </Select>
      </FormField>}
      {aangemeld.rol === 'client' ? (
        <Inzage />
      ) : aangemeld.rol === 'privacyfunctionaris' ? (
        <Toezicht />
      ) : doel === 'bevestiging' ? (
        <Bevestigen />
      ) : geopend ? (
        <Netwerkdossier key={`${doel}-${geopend.id}`} id={geopend.id} naam={geopend.naam} doel={doel} vorm={vorm} aangemeld={aangemeld} terug={() => setGeopend(null)} />
      ) : (
        <section aria-labelledby="huishoudens-kop">
          <Heading2 id="huishoudens-kop">Uw huishoudens</Heading2>
          <Uitnodigingen onAangenomen={() => setVersie((v) => v + 1)} />
          <Lijst key={`${doel}-${versie}`} open={(id, naam) => setGeopend({ id, naam })} aangemeld={aangemeld} vorm={vorm} />
        </section>
      )}
    </Provider>
  );
}

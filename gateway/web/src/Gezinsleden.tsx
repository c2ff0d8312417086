import { Alert, Button, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMutation } from 'urql';

import { Afgeschermd } from './Afgeschermd';
import { datum } from './datum';
import { Extensions } from './Deel';
import { afgeschermdVoor, TREK_TOESTEMMING_IN } from './graphql';
import { Lid, lidLabel, Toestemming } from './leden';
import { ORGANISATIES } from './partners';
import { categorieenInWoorden, doelInWoorden, rolInWoorden } from './woorden';

type Doelen = ReadonlyArray<{ naam: string; omschrijving: string }>;

/**
 * One consent in words, with a two-step revocation where the network lets the caller revoke it (the family
 * asked for it: nothing is shared on it from the next request on).
 */
function Toestemmingregel({ t, leden, doelen, ingetrokken }: { t: Toestemming; leden: Lid[]; doelen: Doelen; ingetrokken(): void }) {
  const [zeker, setZeker] = useState(false);
  const [{ fetching, error }, trekIn] = useMutation(TREK_TOESTEMMING_IN);
  const voor = [ORGANISATIES[t.ontvangerOrganisatie] ?? t.ontvangerOrganisatie, t.ontvangerTeam, t.ontvangerProfessional].filter(Boolean).join(', ');
  const tekst = `Toestemming voor ${voor}: ${categorieenInWoorden(t.categorieen)} (${doelInWoorden(doelen, t.doel)}), gegeven door ${t.gegevenDoor.map((g) => lidLabel(leden, g)).join(' en ')}, vanaf ${datum(t.geldigVanaf)}${t.geldigTot ? ` tot en met ${datum(t.geldigTot)}` : ''}`;
  if (t.ingetrokkenOp) return <UnorderedListItem>{tekst}. Ingetrokken op {datum(t.ingetrokkenOp)}.</UnorderedListItem>;
  if (!t.magIntrekken) return <UnorderedListItem>{tekst}.</UnorderedListItem>;
  return (
    <UnorderedListItem>
      {tekst}.{' '}
      {!zeker && <Button appearance="subtle-button" onClick={() => setZeker(true)}>Intrekken</Button>}
      {zeker && (
        <span role="group" aria-label="Intrekken bevestigen">
          Vanaf nu wordt hier niets meer op gedeeld.{' '}
          <Button appearance="primary-action-button" disabled={fetching} onClick={() => void trekIn({ id: t.id }).then((r) => !r.error && ingetrokken())}>Ja, intrekken</Button>{' '}
          <Button appearance="subtle-button" onClick={() => setZeker(false)}>Annuleren</Button>
        </span>
      )}
      {error && <Alert type="error">{error.graphQLErrors[0]?.message ?? 'De toestemming kon niet worden ingetrokken.'}</Alert>}
    </UnorderedListItem>
  );
}

/** The members: name or anonymous aanduiding where withheld (with the reason), and each one's toestemmingen as far as they may be seen. */
export function Gezinsleden({ leden, extensions, doelen, ingetrokken }: { leden: Lid[]; extensions: Extensions; doelen: Doelen; ingetrokken(): void }) {
  return (
    <section aria-labelledby="leden-kop">
      <Heading3 id="leden-kop">Gezinsleden</Heading3>
      <UnorderedList>
        {leden.map((l, i) => {
          const naam = l.personalia ? `${l.personalia.voornaam} ${l.personalia.achternaam}` : l.aanduiding;
          const redenen = afgeschermdVoor(extensions, 'huishouden.leden', i, 'personalia', [l.id]);
          const toestemmingRedenen = afgeschermdVoor(extensions, 'huishouden.leden', i, 'toestemmingen', [l.id]);
          return (
            <UnorderedListItem key={l.id}>
              {naam ?? <Afgeschermd items={redenen} />}
              {l.rol ? ` (${rolInWoorden(l.rol)})` : ''}
              {l.toestemmingen?.length ? (
                <UnorderedList>{l.toestemmingen.map((t) => <Toestemmingregel key={t.id} t={t} leden={leden} doelen={doelen} ingetrokken={ingetrokken} />)}</UnorderedList>
              ) : toestemmingRedenen.length > 0 ? (
                <Paragraph>Toestemmingen: <Afgeschermd items={toestemmingRedenen} /></Paragraph>
              ) : null}
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
    </section>
  );
}

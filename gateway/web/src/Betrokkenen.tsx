import { Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { Afgeschermd } from './Afgeschermd';
import type { Extensions } from './Deel';
import { afgeschermdOp } from './graphql';
import { useJson } from './laden';
import { ORGANISATIES } from './partners';
import { vormInWoorden } from './woorden';

/** A professional's work contact details (`GET /professionals`): colleagues' details, no client data. */
export interface Contact {
  sub: string;
  naam: string;
  organisatie: string;
  team: string;
  rol: string;
  telefoon: string | null;
  email: string | null;
}

export interface Betrokkenheid { organisatie: string; team: string; professional: string; vorm: string; regiehouder: boolean }

/** A betrokkenheid as the gateway gives it: a field it withholds is null. */
export type MisschienAfgeschermd = { [K in keyof Betrokkenheid]: Betrokkenheid[K] | null };

const zichtbaar = (x: MisschienAfgeschermd): x is Betrokkenheid => x.organisatie !== null && x.professional !== null;

/**
 * Who is involved: the betrokkenheden shown (one's own always shows). Where the others' may not be seen, the
 * gateway leaves them out and says why once for the list (`pad`: where the list is in the answer): so does
 * this, without saying whether there are any.
 */
export function BetrokkenenMetAfgeschermd({ betrokkenheden, contacten, extensions, pad }: { betrokkenheden: MisschienAfgeschermd[]; contacten: Contact[]; extensions: Extensions; pad: string }) {
  const verder = afgeschermdOp(extensions, pad);
  return (
    <>
      <Betrokkenen betrokkenheden={betrokkenheden.filter(zichtbaar)} contacten={contacten} />
      {(verder.length > 0 || !betrokkenheden.every(zichtbaar)) && <Paragraph>Wie verder betrokken is: <Afgeschermd items={verder} /></Paragraph>}
    </>
  );
}

/** The professionals' contact details, once per page. */
export function useContacten(): Contact[] {
  return useJson<Contact[]>('/professionals', 'De contactgegevens konden niet worden geladen.').waarde ?? [];
}

/** Who is involved: name, organisation and team, vorm, who coordinates, and how to reach them at work. */
export function Betrokkenen({ betrokkenheden, contacten }: { betrokkenheden: Betrokkenheid[]; contacten: Contact[] }) {
  return (
    <UnorderedList className="nd-betrokkenen">
      {betrokkenheden.map((b, i) => {
        const c = contacten.find((x) => x.sub === b.professional);
        return (
          <UnorderedListItem key={i}>
            <strong>{c?.naam ?? 'Een professional'}</strong>, {ORGANISATIES[b.organisatie] ?? b.organisatie} ({b.team}): {vormInWoorden(b.vorm)}{b.regiehouder ? ', regiehouder' : ''}
            {c && (c.telefoon || c.email) && (
              <Paragraph className="nd-contact">
                {c.telefoon && <>Telefoon <Link href={`tel:${c.telefoon.replace(/\s/g, '')}`}>{c.telefoon}</Link></>}
                {c.telefoon && c.email && ' · '}
                {c.email && <>e-mail <Link href={`mailto:${c.email}`}>{c.email}</Link></>}
              </Paragraph>
            )}
          </UnorderedListItem>
        );
      })}
    </UnorderedList>
  );
}

import { Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

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

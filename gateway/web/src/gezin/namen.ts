import { useQuery } from 'urql';

/**
 * The household's members as the gateway lets this member see them: a parent sees their own child's first
 * name and birth year (policies/gezin.yaml `eigen_kind`), anyone else only as a pseudonym.
 */
export const MIJN_KINDEREN = /* GraphQL */ `
  query MijnKinderen {
    mijnHuishouden { leden { id geboortejaar personalia { voornaam } } }
  }
`;

interface Lid {
  id: string;
  geboortejaar?: number | null;
  personalia?: { voornaam: string } | null;
}

/** A child by name and the age they reach this year, "Sem (9)": the network knows only the birth year. */
export function naamMetLeeftijd(voornaam: string, geboortejaar: number, nu = new Date()): string {
  return `${voornaam} (${Math.max(0, nu.getUTCFullYear() - geboortejaar)})`;
}

/** Replaces a member's description without a name ("Kind 2 (8–11 jaar)") in a text by their name, where known. */
export type Noem = (persoon: string | null | undefined, tekst: string, aanduiding: string) => string;

/** The names this member may see of their own children, and a function that puts them in place of "Kind 2 (8–11 jaar)". */
export function useNamen(): { namen: ReadonlyMap<string, string>; noem: Noem } {
  const [{ data }] = useQuery<{ mijnHuishouden?: { leden: Lid[] } | null }>({ query: MIJN_KINDEREN });
  const namen = new Map(
    (data?.mijnHuishouden?.leden ?? []).flatMap((l) => (l.personalia?.voornaam && l.geboortejaar ? [[l.id, naamMetLeeftijd(l.personalia.voornaam, l.geboortejaar)] as const] : [])),
  );
  const noem: Noem = (persoon, tekst, aanduiding) => {
    const naam = persoon ? namen.get(persoon) : undefined;
    return naam && aanduiding ? tekst.split(aanduiding).join(naam) : tekst;
  };
  return { namen, noem };
}

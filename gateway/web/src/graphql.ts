import { cacheExchange, Client, fetchExchange } from '@urql/core';

/** A GraphQL client for one doel: every request declares it (header `doel`) and goes with the session cookie. */
export function clientVoor(doel: string): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => ({ credentials: 'same-origin', headers: { doel } }),
  });
}

/** One withheld item, as the gateway explains it in `extensions.afgeschermd`. */
export interface Afgeschermd {
  pad: string;
  persoon: string | null;
  categorie: string;
  partner: string;
  reden: string;
  regel: string;
}

/**
 * The withheld items of an answer for field `veld` of item `index` in the list at `lijst`: either said
 * for that item (`huishoudens.3.adres`), or — when nobody in the list may see the field, so it was not
 * even asked for — said for the list (`huishoudens.adres`) per person, of whom these are the members.
 */
export function afgeschermdVoor(extensions: Record<string, unknown> | undefined, lijst: string, index: number, veld: string, leden: string[]): Afgeschermd[] {
  const items = (extensions?.afgeschermd as Afgeschermd[] | undefined) ?? [];
  const onder = (a: Afgeschermd, pad: string) => a.pad === pad || a.pad.startsWith(`${pad}.`);
  return items.filter((a) => onder(a, `${lijst}.${index}.${veld}`) || (onder(a, `${lijst}.${veld}`) && (a.persoon === null || leden.includes(a.persoon))));
}

/** The withheld items at `pad` or below it (e.g. `huishouden.meldingen`). */
export function afgeschermdOp(extensions: Record<string, unknown> | undefined, pad: string): Afgeschermd[] {
  const items = (extensions?.afgeschermd as Afgeschermd[] | undefined) ?? [];
  return items.filter((a) => a.pad === pad || a.pad.startsWith(`${pad}.`));
}

/** Revoking a consent: for the professional who may see it, and for the person or whoever gave it. */
export const TREK_TOESTEMMING_IN = /* GraphQL */ `
  mutation TrekToestemmingIn($id: ID!) {
    trekToestemmingIn(id: $id) { id ingetrokkenOp }
  }
`;

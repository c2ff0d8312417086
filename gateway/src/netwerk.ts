import { GRANT_HEADER, GRAPHQL_PAD, GrantInhoud, GrantSleutel, tekenGrant, Verzoek, verzoekUrl } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { postJson } from './http';

/** POSTs a request to a service under a fresh grant of the gateway's own, bound to that request (`inhoud.intern` says which call it is). */
export async function postMetGrant(basis: string, verzoek: Verzoek, sleutel: JWK | GrantSleutel, inhoud: Omit<GrantInhoud, 'verzoek'>): Promise<{ status: number; body: unknown }> {
  return postJson(verzoekUrl(basis, verzoek.pad), { [GRANT_HEADER]: await tekenGrant(sleutel, { ...inhoud, verzoek }) }, verzoek.body);
}

/** netwerk could not be reached, or did not answer as a GraphQL service: the message says which call, and how. */
export class NetwerkOnbereikbaar extends Error {}

/**
 * The gateway's own call to netwerk (`inhoud.intern` says which): signs a grant, posts the operation and
 * returns its data; any error, HTTP status or missing data is an exception, prefixed with `wat` (a
 * NetwerkOnbereikbaar when netwerk gave no GraphQL answer at all).
 */
export async function vraagNetwerk<T>(netwerkUrl: string, sleutel: JWK | GrantSleutel, inhoud: Omit<GrantInhoud, 'subgraph' | 'verzoek'>, wat: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await postMetGrant(netwerkUrl, { pad: GRAPHQL_PAD, body: { query, variables } }, sleutel, { subgraph: 'netwerk', ...inhoud }).catch((fout: unknown) => {
    throw new NetwerkOnbereikbaar(`${wat}: ${fout instanceof Error ? fout.message : String(fout)}`);
  });
  const body = (res.body ?? {}) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`${wat}: ${body.errors.map((e) => e.message).join('; ')}`);
  if (res.status !== 200 || typeof body.data !== 'object' || body.data === null) throw new NetwerkOnbereikbaar(`${wat}: HTTP ${res.status} zonder GraphQL-antwoord`);
  return body.data;
}

import http from 'node:http';
import { performance } from 'node:perf_hooks';

import { DemoHuishouden } from '@netwerkdossier/shared';

/** One POST on a fresh connection (agent: false), so that node:cluster hands successive requests to different workers. */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; tekst: string }> {
  return new Promise((resolve, reject) => {
    const verzoek = http.request(url, { method: 'POST', agent: false, headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (antwoord) => {
      const delen: Buffer[] = [];
      antwoord.on('data', (d: Buffer) => delen.push(d));
      antwoord.on('end', () => resolve({ status: antwoord.statusCode ?? 0, tekst: Buffer.concat(delen).toString('utf8') }));
    });
    verzoek.on('error', reject);
    verzoek.end(body);
  });
}

export interface Intrekking {
  /** From the revocation's answer to the first response that withholds, in ms. */
  totAfgeschermd: number;
  /** Responses after the revocation's answer that still showed the data (must be 0). */
  nogGetoond: number;
  /** Responses checked after the revocation, every one on a new connection. */
  gecontroleerd: number;
}

/**
 * How long a consent revocation takes to be enforced by every gateway worker: a member's name is visible
 * to the duo partner on their consent; the consent is revoked through the gateway; from its answer on, 40
 * views on new connections (spread over the workers by node:cluster) must all withhold it.
 */
export async function meetIntrekking(url: string, token: string, kandidaten: DemoHuishouden[]): Promise<Intrekking> {
  const headers = { authorization: `Bearer ${token}`, doel: 'gezamenlijk-plan' };
  const getoond = async (huishouden: string, persoon: string) => {
    const weergave = JSON.stringify({ query: 'query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } } }', variables: { id: huishouden } });
    const antwoord = JSON.parse((await post(url, headers, weergave)).tekst) as { data?: { huishouden: { leden: Array<{ id: string; personalia: unknown }> } | null } };
    return antwoord.data?.huishouden?.leden.some((l) => l.id === persoon && l.personalia) ?? false;
  };
  // the first household whose member's name shows on a consent (an earlier run may have revoked some)
  for (const huishouden of kandidaten) {
    const toestemming = huishouden.toestemmingen.find((t) => t.ontvangerOrganisatie === 'veilig-thuis' && t.categorieen.includes('identificatie'));
    if (!toestemming || !(await getoond(huishouden.id, toestemming.persoon))) continue;
    const ingetrokken = await post(url, headers, JSON.stringify({ query: 'mutation ($id: ID!) { trekToestemmingIn(id: $id) { ingetrokkenOp } }', variables: { id: toestemming.id } }));
    if (ingetrokken.tekst.includes('"errors"')) continue;
    const t0 = performance.now();
    let totAfgeschermd = NaN;
    let nogGetoond = 0;
    for (let i = 0; i < 40; i++) {
      if (await getoond(huishouden.id, toestemming.persoon)) nogGetoond++;
      else if (Number.isNaN(totAfgeschermd)) totAfgeschermd = performance.now() - t0;
    }
    return { totAfgeschermd, nogGetoond, gecontroleerd: 40 };
  }
  throw new Error('geen toestemming gevonden om in te trekken');
}

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { metDatabase, SUBGRAPHS } from '@netwerkdossier/shared';

import { maakGrantSleutelpaar } from '../grant';
import { leesSupergraph } from '../supergraph';
import { Logregel, Toegangslogschrijver } from '../toegangslog';
import type { Vrager } from '../beslissing';
import { startNetwerk } from './netwerk';
import { laadOfMaakSleutels, tokenVoorProfessional } from './uitgever';

/** The gateway's writer, or (switched off, for the baseline only) one that answers at once and writes nothing. */
class SchakelbareSchrijver extends Toegangslogschrijver {
  schrijven = true;

  override async legVast(namens: Vrager, regels: Logregel[]) {
    return this.schrijven ? super.legVast(namens, regels) : regels.map(() => ({ volgnummer: 0, hash: '' }));
  }
}

const WEERGAVE = 'query ($id: ID!) { huishouden(id: $id) { id leden { rol personalia { voornaam achternaam } } gezinsplan { vastgesteldOp } top3 { veiligheidscijfer } meldingen { aard } maatregelen { soort } } }';

export interface Weergavemeting {
  met: number[];
  zonder: number[];
  huishoudens: number;
}

/**
 * A household view end to end through the real gateway and subgraphs (seeded demo world on the given
 * PostgreSQL server), `n` times with the toegangslog record written and `n` times with the writer
 * switched off, interleaved so that drift hits both alike. Over the persona's households in turn.
 */
export async function meetWeergave(adminUrl: string, n: number): Promise<Weergavemeting> {
  process.env.NETWERK_BSN_SLEUTEL ??= 'bench-sleutel-'.padEnd(48, 'x');
  let schrijver: SchakelbareSchrijver | undefined;
  const sleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'bench-sleutels-')));
  const netwerk = await startNetwerk({
    databaseUrls: Object.fromEntries(SUBGRAPHS.map((naam) => [naam, metDatabase(adminUrl, `bench_weergave_${process.pid}_${naam.replace('-', '_')}`)])) as Record<(typeof SUBGRAPHS)[number], string>,
    host: '127.0.0.1',
    poorten: { gateway: 0, uitgever: 0, netwerk: 0, 'lokaal-team': 0, 'veilig-thuis': 0, gi: 0, raad: 0 },
    sleutels,
    grantSleutels: await maakGrantSleutelpaar(),
    supergraphSdl: leesSupergraph(),
    demo: { seed: 'netwerkdossier-demo', aantal: 50 },
    toegangslog: (url, sleutel) => (schrijver = new SchakelbareSchrijver(url, sleutel)),
  });
  try {
    const token = await tokenVoorProfessional('rvt-eva', { uitgeverBase: netwerk.uitgeverBase, sleutels });
    const vraag = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(netwerk.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: 'gezamenlijk-plan' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: { huishoudens?: Array<{ id: string }> }; errors?: unknown[] };
      if (body.errors) throw new Error(`gateway: ${JSON.stringify(body.errors)}`);
      return body;
    };
    const ids = (await vraag('{ huishoudens(limiet: 50) { id } }')).data!.huishoudens!.map((h) => h.id);
    const meting: Weergavemeting = { met: [], zonder: [], huishoudens: ids.length };
    for (let i = 0; i < 2 * (n + 20); i++) {
      const schrijven = i % 2 === 0;
      schrijver!.schrijven = schrijven;
      const t = performance.now();
      await vraag(WEERGAVE, { id: ids[Math.floor(i / 2) % ids.length] });
      // the first rounds warm plans, caches and connections
      if (i >= 40) (schrijven ? meting.met : meting.zonder).push(performance.now() - t);
    }
    return meting;
  } finally {
    schrijver!.schrijven = true;
    await netwerk.stop();
  }
}

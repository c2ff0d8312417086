import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';

import { type Checkpointopties, leesSupergraph, Logregel, Toegangslogschrijver, type Vrager } from '@netwerkdossier/gateway';
import { envPrefix, maakGrantSleutelpaar, metDatabase, ServiceNaam, SUBGRAPHS } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { postgresCpu, postgresVerschil, postmaster, procesTellers } from './bench/meting';
import { DraaiendNetwerk, poortenVoor, startNetwerk } from './netwerk';
import { DevSleutels, laadOfMaakSleutels, tokenVoorProfessional } from './uitgever';

/**
 * The gateway's writer, or (switched off, for the baseline only) one that answers at once and writes nothing;
 * without `getuigen` it signs no checkpoints at all, so a run can show what witnessing adds.
 */
class SchakelbareSchrijver extends Toegangslogschrijver {
  schrijven = true;

  constructor(url: string, sleutel: JWK, checkpoints: Checkpointopties, getuigen: boolean) {
    super(url, sleutel, checkpoints, getuigen ? undefined : { elke: Number.MAX_SAFE_INTEGER, seconden: 1e6 });
  }

  override async legVast(namens: Vrager, regels: Logregel[]) {
    return this.schrijven ? super.legVast(namens, regels) : regels.map(() => ({ volgnummer: 0, hash: '' }));
  }
}

const WEERGAVE = 'query ($id: ID!) { huishouden(id: $id) { id leden { rol personalia { voornaam achternaam } } gezinsplan { vastgesteldOp } top3 { veiligheidscijfer } meldingen { aard } maatregelen { soort } } }';
const ROOT = path.resolve(__dirname, '..', '..');

export interface Weergavemeting {
  met: number[];
  zonder: number[];
  huishoudens: number;
  /**
   * CPU per measured view (ms), both sides together: this process, the subgraph processes and the PostgreSQL
   * server's. Between runs it moved by up to 8 ms (npm run bench:toegangslog): read it within a run, not as a
   * difference between two.
   */
  cpuMsPerWeergave: number;
}

/** One subgraph as its own process (`node subgraphs/<naam>/dist/main.js`), as deployed, on `poort` (0: any); resolves with its URL. */
export async function startProces(naam: ServiceNaam, databaseUrl: string, grantSleutel: JWK, vlaggen: string[] = [], poort = 0): Promise<{ url: string; proces: ChildProcess }> {
  const proces = spawn(process.execPath, [...vlaggen, path.join(ROOT, 'subgraphs', naam, 'dist', 'main.js')], {
    env: { ...process.env, [`${envPrefix(naam)}_DATABASE_URL`]: databaseUrl, [`${envPrefix(naam)}_PORT`]: String(poort), GATEWAY_GRANT_PUBLIEKE_SLEUTEL: JSON.stringify(grantSleutel), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    proces.once('exit', (code) => reject(new Error(`${naam} stopte (${code}) voor het luisterde`)));
    readline.createInterface({ input: proces.stdout! }).on('line', (regel) => {
      const log = JSON.parse(regel) as { url?: string };
      if (log.url) resolve(log.url);
    });
  });
  return { url, proces };
}

/**
 * A household view end to end through the real gateway and subgraphs (seeded demo world on the given
 * PostgreSQL server), `n` times with the toegangslog record written and `n` times with the writer
 * switched off, interleaved so that drift hits both alike, over the persona's households in turn.
 * `apart`: every subgraph in its own process (as deployed), else all in this one. `getuigen`: checkpoints
 * signed and handed to every partner as in production (after at most 10 records or 5 s), else none at all.
 * `schakel`: what is switched off for the baseline, the toegangslog record or (in one process only) the
 * durable memory of used grants (then remembered in the subgraph's process alone).
 */
export async function meetWeergave(adminUrl: string, n: number, apart: boolean, getuigen = true, schakel: 'toegangslog' | 'gebruikte-grants' = 'toegangslog'): Promise<Weergavemeting> {
  if (apart && schakel === 'gebruikte-grants') throw new Error('het geheugen van gebruikte grants is alleen in één proces te schakelen');
  process.env.NETWERK_BSN_SLEUTEL ??= 'bench-sleutel-'.padEnd(48, 'x');
  const sleutels: DevSleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'bench-sleutels-')));
  const grantSleutels = await maakGrantSleutelpaar();
  const databaseUrls = Object.fromEntries(SUBGRAPHS.map((naam) => [naam, metDatabase(adminUrl, `bench_weergave_${process.pid}_${naam.replace('-', '_')}`)])) as Record<ServiceNaam, string>;
  const opties = {
    databaseUrls, sleutels, grantSleutels, host: '127.0.0.1', supergraphSdl: leesSupergraph(), demo: { seed: 'netwerkdossier-demo', aantal: 50 },
    poorten: poortenVoor(() => 0),
  };
  const processen: ChildProcess[] = [];
  // switched off (baseline only): a used grant is remembered in the process alone, nothing written
  let duurzaam = true;
  const geheugenAlleen = schakel === 'gebruikte-grants' ? () => !duurzaam : undefined;
  let schrijver: SchakelbareSchrijver | undefined;
  let netwerk: DraaiendNetwerk | undefined;
  try {
    if (apart) {
      // seeded once in this process, then served by one process per subgraph
      await (await startNetwerk(opties)).stop();
      const extern: Partial<Record<ServiceNaam, string>> = {};
      for (const naam of SUBGRAPHS) {
        const { url, proces } = await startProces(naam, databaseUrls[naam], grantSleutels.publiek);
        processen.push(proces);
        extern[naam] = url;
      }
      netwerk = await startNetwerk({ ...opties, extern, toegangslog: (url, sleutel, checkpoints) => (schrijver = new SchakelbareSchrijver(url, sleutel, checkpoints, getuigen)) });
    } else {
      netwerk = await startNetwerk({ ...opties, geheugenAlleen, toegangslog: (url, sleutel, checkpoints) => (schrijver = new SchakelbareSchrijver(url, sleutel, checkpoints, getuigen)) });
    }
    const gateway = netwerk;
    const token = await tokenVoorProfessional('rvt-eva', { uitgeverBase: gateway.uitgeverBase, sleutels });
    const vraag = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(gateway.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, doel: 'gezamenlijk-plan' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: { huishoudens?: Array<{ id: string }> }; errors?: unknown[] };
      if (body.errors) throw new Error(`gateway: ${JSON.stringify(body.errors)}`);
      return body;
    };
    const ids = (await vraag('{ huishoudens(limiet: 50) { id } }')).data!.huishoudens!.map((h) => h.id);
    const meting: Weergavemeting = { met: [], zonder: [], huishoudens: ids.length, cpuMsPerWeergave: 0 };
    const pgPid = await postmaster(adminUrl);
    const cpu = () => ({ eigen: process.cpuUsage(), kinderen: processen.reduce((som, p) => som + procesTellers(p.pid!).cpu, 0), pg: postgresCpu(pgPid) });
    let voor = cpu();
    // in pairs over the same household, which of the two goes first decided by a coin: background work that
    // comes every k views (a checkpoint after every 10 records, the group commits) would otherwise fall on one
    // side only (an A/A run with both sides the same measured 0.8 ms "added" in strict alternation)
    for (let paar = 0; paar < n + 20; paar++) {
      if (paar === 20) voor = cpu();
      for (const schrijven of Math.random() < 0.5 ? [true, false] : [false, true]) {
        if (schakel === 'toegangslog') schrijver!.schrijven = schrijven;
        else duurzaam = schrijven;
        const t = performance.now();
        await vraag(WEERGAVE, { id: ids[paar % ids.length] });
        // the first rounds warm plans, caches and connections
        if (paar >= 20) (schrijven ? meting.met : meting.zonder).push(performance.now() - t);
      }
    }
    const na = cpu();
    const eigen = process.cpuUsage(voor.eigen);
    const seconden = (eigen.user + eigen.system) / 1e6 + (na.kinderen - voor.kinderen) + postgresVerschil(voor.pg, na.pg);
    meting.cpuMsPerWeergave = (seconden * 1000) / (meting.met.length + meting.zonder.length);
    return meting;
  } finally {
    if (schrijver) schrijver.schrijven = true;
    await netwerk?.stop();
    for (const p of processen) p.kill('SIGTERM');
  }
}

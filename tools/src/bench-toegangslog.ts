import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { netwerk } from '@netwerkdossier/netwerk';
import { Logregel, postJson, Toegangslogschrijver } from '@netwerkdossier/gateway';
import { GRANT_ALGORITME, GRANT_HEADER, maakCheckpointSleutelpaar, maakGrantSleutelpaar, metDatabase, startEmbeddedPostgres, startSubgraph, tekenGrant, verzoekUrl } from '@netwerkdossier/shared';
import { importJWK } from 'jose';

import { meetWeergave } from './bench-weergave';
import { percentiel } from './bench/meting';

/**
 * `npm run bench:toegangslog`: what writing the toegangslog record adds to one household view. First
 * the headline: household views end to end through the gateway (whole network, demo world), with the
 * record written and — in the same run, interleaved — with the gateway's writer switched off; once with
 * witnessed checkpoints as in production and once without checkpoints, so the run shows what witnessing adds. Then the
 * write alone: the netwerk subgraph on an embedded PostgreSQL (fsync and synchronous_commit on, as
 * shipped; or BENCH_DATABASE_URL), the gateway's own writer over real HTTP, against the same HTTP call
 * with a fresh grant that the schema check refuses before writing. Then throughput under concurrency.
 */
const VRAGER = { sub: 'rvt-eva', organisatie: 'veilig-thuis', team: 'RVT Midden', rol: 'professional' };

function regel(i: number): Logregel {
  const id = (n: number) => `00000000-0000-4000-8000-${String(i * 10 + n).padStart(12, '0')}`;
  const personen = [1, 2, 3, 4, 5].map(id);
  // about what a whole-household view records: five persons, a handful of categories from four partners
  const verstrekt = personen.flatMap((persoon) => ['identificatie', 'gezinssituatie', 'hulpverlening'].flatMap((categorie) => ['netwerk', 'lokaal-team'].map((partner) => ({ huishouden: id(0), persoon, partner, categorie, uitkomst: 'zichtbaar' }))));
  const afgeschermd = personen.map((persoon) => ({ pad: 'huishouden.meldingen.melder', persoon, categorie: 'melder', partner: 'veilig-thuis', regel: 'nooit/melder' }));
  return { actie: 'inzien', auditId: id(9), ...VRAGER, namens: null, doel: 'gezamenlijk-plan', beleidsversie: 'sha256:bench', huishoudens: [id(0)], personen, inhoud: { verstrekt, afgeschermd } };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main(): Promise<void> {
  const N = Number(process.argv[2] ?? 500);
  const GELIJKTIJDIG = Number(process.argv[3] ?? 32);
  const pg = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'bench-toegangslog-')), port: 54396, tijdelijk: true });
  for (const apart of [false, true]) {
    // with and without witnessed checkpoints, each against its own baseline (writer off), in the order
    // with, without, without, with: each run is a new network, and a later run is cheaper (an A/A run of four
    // without witnessing went 23.4, 22.0, 19.6, 19.3 ms CPU per view), so the mean of each kind cancels that drift
    const toegevoegd: Record<string, number[]> = { true: [], false: [] };
    // and a first run in this process pays its JIT and caches (25.2 ms CPU per view against 21.6–22.4 after): not counted
    await meetWeergave(process.env.BENCH_DATABASE_URL ?? pg!.adminUrl, Math.ceil(N / 4), apart, false);
    for (const getuigen of [true, false, false, true]) {
      const weergave = await meetWeergave(process.env.BENCH_DATABASE_URL ?? pg!.adminUrl, N, apart, getuigen);
      const [met, zonder] = [percentiel(weergave.met, 50), percentiel(weergave.zonder, 50)];
      console.log(`huishoudweergave door de gateway (rvt-eva, duo, ${weergave.huishoudens} huishoudens om de beurt; ${apart ? 'elke subgraph een eigen proces' : 'alles in één proces'}; ${getuigen ? 'met getuigde checkpoints (elke 10 records of 5 s, naar elke partner)' : 'zonder checkpoints'}), ${N}× met en ${N}× zonder schrijven, afwisselend:`);
      console.log(`  met toegangslog-record:   p50 ${ms(met)}, p95 ${ms(percentiel(weergave.met, 95))}, p99 ${ms(percentiel(weergave.met, 99))}`);
      console.log(`  zonder (schrijver uit):   p50 ${ms(zonder)}, p95 ${ms(percentiel(weergave.zonder, 95))}, p99 ${ms(percentiel(weergave.zonder, 99))}`);
      console.log(`  het record voegt toe: p50 ${ms(met - zonder)} (verhouding ${(met / zonder).toFixed(3)}); p95 ${ms(percentiel(weergave.met, 95) - percentiel(weergave.zonder, 95))}`);
      console.log(`  CPU per weergave (beide kanten samen; deze en de subgraph-processen en PostgreSQL): ${ms(weergave.cpuMsPerWeergave)}`);
      toegevoegd[String(getuigen)].push(met - zonder);
    }
    const gem = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
    const [metG, zonderG] = [gem(toegevoegd.true), gem(toegevoegd.false)];
    console.log(`  dus de getuigde checkpoints voegen toe (gemiddelde van twee runs elk): p50 ≈ ${ms(metG - zonderG)} per huishoudweergave (record met getuigen ${ms(metG)}, zonder ${ms(zonderG)})`);
    // CPU per view is printed per run but not differenced: between runs it moved by up to 8 ms (the first counted
    // run highest even after the warm-up), far more than a checkpoint every 10 records can cost
  }
  const sleutels = await maakGrantSleutelpaar();
  const dienst = await startSubgraph(netwerk, { databaseUrl: metDatabase(process.env.BENCH_DATABASE_URL ?? pg!.adminUrl, `bench_toegangslog_${process.pid}`), host: '127.0.0.1', port: 0, grantSleutel: sleutels.publiek });
  try {
    const schrijver = new Toegangslogschrijver(dienst.url, sleutels.prive, { sleutel: (await maakCheckpointSleutelpaar()).prive, partners: {} }, { elke: 1_000_000, seconden: 1_000_000 });
    // the writer's own call path (imported key, fresh grant, POST, grant check), refused by the schema check before any write
    const sleutel = await importJWK(sleutels.prive, GRANT_ALGORITME);
    const basis = async () => {
      const verzoek = { pad: '/toegangslog', body: { regels: [] } };
      const grant = await tekenGrant(sleutel, { subgraph: 'netwerk', verzoek, ...VRAGER, doel: 'toegangslog', intern: 'toegangslog' });
      const res = await postJson(verzoekUrl(dienst.url, verzoek.pad), { [GRANT_HEADER]: grant }, verzoek.body);
      if (res.status !== 400) throw new Error(`basis: HTTP ${res.status}`);
    };
    for (let i = 0; i < 50; i++) {
      await basis();
      await schrijver.legVast(VRAGER, [regel(i)]);
    }
    const schrijven: number[] = [];
    const leeg: number[] = [];
    for (let i = 0; i < N; i++) {
      let t = performance.now();
      await basis();
      leeg.push(performance.now() - t);
      t = performance.now();
      await schrijver.legVast(VRAGER, [regel(i)]);
      schrijven.push(performance.now() - t);
    }
    console.log(`één record per verzoek, ${N} keer na elkaar (PostgreSQL ${pg ? 'embedded' : 'BENCH_DATABASE_URL'}, fsync aan):`);
    console.log(`  toegangslog-record vastleggen (HTTP + grant + schema + transactie + commit): p50 ${ms(percentiel(schrijven, 50))}, p95 ${ms(percentiel(schrijven, 95))}`);
    console.log(`  basis: zelfde HTTP-verzoek met grant, geweigerd vóór het schrijven: p50 ${ms(percentiel(leeg, 50))}, p95 ${ms(percentiel(leeg, 95))}`);
    console.log(`  dus het schrijven zelf (transactie + commit): p50 ≈ ${ms(percentiel(schrijven, 50) - percentiel(leeg, 50))}; verhouding record/basis p50: ${(percentiel(schrijven, 50) / percentiel(leeg, 50)).toFixed(1)}×`);

    const latenties: number[] = [];
    let volgende = 0;
    const start = performance.now();
    await Promise.all(Array.from({ length: GELIJKTIJDIG }, async () => {
      while (volgende < N * 4) {
        const i = volgende++;
        const t = performance.now();
        await schrijver.legVast(VRAGER, [regel(i)]);
        latenties.push(performance.now() - t);
      }
    }));
    const duur = (performance.now() - start) / 1000;
    console.log(`onder belasting: ${GELIJKTIJDIG} gelijktijdige verzoeken, ${latenties.length} records in ${duur.toFixed(1)} s = ${(latenties.length / duur).toFixed(0)} records/s; per verzoek p50 ${ms(percentiel(latenties, 50))}, p95 ${ms(percentiel(latenties, 95))} (groepscommits)`);
  } finally {
    await dienst.stop();
    await pg?.stop();
  }
}

void main();

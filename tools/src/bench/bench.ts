import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { demoHuishouden, envPrefix, maakCheckpointSleutelpaar, maakGrantSleutelpaar, metDatabase, ServiceNaam, startEmbeddedPostgres, SUBGRAPHS } from '@netwerkdossier/shared';

import { Client } from 'pg';

import { startProces } from '../bench-weergave';
import { laadOfMaakSleutels, startDevUitgever, tokenVoorProfessional } from '../uitgever';
import { meetIntrekking } from './intrekking';
import { startOnzeReplicas } from './replicas';
import { startKind, VLAGGEN, vrijePoort } from './kind';
import { last, Meting, meetPaar, meetReeks } from './meting';
import type { Lastopdracht } from './last';
import { vergelijkMetLimiet } from './vergelijking';
import { WEERGAVE, Werklast, werklasten } from './werklasten';
import { zaaiDemowereld } from './zaai';

const SEED = 'netwerkdossier-demo';

interface Opties { schalen: number[]; seconden: number; verbindingen: number; werkers: number[]; rondes: number; replicas: boolean; statements: boolean }

function leesOpties(argv: string[]): Opties {
  const waarde = (naam: string, standaard: string) => {
    const i = argv.indexOf(`--${naam}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : standaard;
  };
  const getallen = (s: string) => s.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const o = { schalen: getallen(waarde('huishoudens', '1000')), seconden: Number(waarde('seconden', '10')), verbindingen: Number(waarde('verbindingen', '8')), werkers: getallen(waarde('werkers', '1,2')), rondes: Number(waarde('rondes', '4')), replicas: argv.includes('--replicas'), statements: argv.includes('--statements') };
  if (!o.schalen.length || !o.werkers.length || !(o.seconden > 0) || !(o.verbindingen > 0) || !Number.isInteger(o.rondes) || o.rondes < 1) {
    throw new Error('Gebruik: npm run bench -- [--huishoudens 1000,10000] [--seconden 10] [--verbindingen 8] [--werkers 1,2] [--rondes 4] [--replicas] [--statements]');
  }
  return o;
}

/** One view through a gateway: it must be a household with its members, or the run stops. */
async function controleerAntwoord(url: string, verzoek: { headers: Record<string, string>; body: string }, wie: string, bewaar: string): Promise<void> {
  const antwoord = await fetch(url, { method: 'POST', headers: { ...verzoek.headers, 'content-type': 'application/json' }, body: verzoek.body });
  const tekst = await antwoord.text();
  const json = JSON.parse(tekst) as { data?: { huishouden?: { leden?: unknown[] } | null }; errors?: unknown[] };
  writeFileSync(bewaar, JSON.stringify(json, null, 2));
  if (!json.data?.huishouden?.leden?.length || json.errors) throw new Error(`${wie}: de weergave is leeg of fout, de vergelijking zou niets meten: ${tekst.slice(0, 300)}`);
}

async function metClient<T>(url: string, doe: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  return doe(c).finally(() => c.end());
}

const ms = (x: number) => x.toFixed(1);
const r = (x: number) => x.toFixed(2);

/** Views per workload whose limit answer is compared with the bare gateway's before measuring. */
const VERGELIJK = 25;

/** With --statements: per database of this scale the statements run most often over the whole run (all stacks, warm-up included). */
async function drukVeelsteStatements(adminUrl: string, aantal: number): Promise<void> {
  const { rows } = await metClient(adminUrl, (c) => c.query<{ datname: string; calls: string; query: string }>(
    `SELECT datname, calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query FROM (
       SELECT d.datname, s.calls, s.query, row_number() OVER (PARTITION BY d.datname ORDER BY s.calls DESC) AS n
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname LIKE $1) t WHERE n <= 8 ORDER BY datname, calls DESC`, [`bench_${aantal}_%`]));
  console.log(`\nDe vaakst uitgevoerde statements per database (pg_stat_statements, de hele run van ${aantal} huishoudens, alle stapels samen)`);
  for (const r of rows) console.log(`  ${r.datname.padEnd(28)} ${r.calls.padStart(8)}  ${r.query}`);
}

/** Statements (and BEGINs) per view per database, ours / bare / limit. */
function statementRegel(naam: string, stapels: Meting[]): string {
  const som = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const cel = (i: number) => stapels.map((m) => `${ms(m.statements![i])} (${ms(m.begins![i])})`).join(' / ');
  return `| ${naam} | ${SUBGRAPHS.map((_, i) => cel(i)).join(' | ')} | **${stapels.map((m) => `${ms(som(m.statements!))} (${ms(som(m.begins!))})`).join(' / ')}** |`;
}

/** One workload against the limit: its own figures and each stack's as a ratio to them. */
function limietRegel(naam: string, l: Meting, k: Meting, o: Meting): string {
  const cpu = (m: Meting) => m.cpuMs.reduce((a, b) => a + b, 0);
  return `| ${naam} | ${l.perSeconde.toFixed(0)} | ${ms(l.p50)} / ${ms(l.p99)} | ${r(cpu(l))} (${r(l.cpuMs[0])} + ${r(l.cpuMs[l.cpuMs.length - 1])}) | **${r(cpu(o) / cpu(l))}** | **${r(cpu(k) / cpu(l))}** | **${r(o.perSeconde / l.perSeconde)}** | **${r(k.perSeconde / l.perSeconde)}** | ${r(o.p50 / l.p50)} | ${r(k.p50 / l.p50)} | **${r(o.p99 / l.p99)}** | ${r(k.p99 / l.p99)} |${l.mislukt ? ` limiet mislukt: ${l.mislukt}` : ''}`;
}

/**
 * `npm run bench`: what privacy costs. Per scale, the demo world is seeded (with progress), then the same
 * subgraphs run twice as their own processes — ours (grants, withholding, verstrekkingenlog) and bare
 * (the same resolvers, nothing checked) — behind our gateway (1 and 2 worker processes) and a bare
 * `@apollo/gateway` of the same version on the same supergraph. A load generator in its own process
 * (autocannon) drives both with the same requests, pair by pair in the same run, bare first and ours
 * second, then the other way round; the ratios are computed per pair. Beside them runs the limit (limiet.ts:
 * the same view as one parameterised query per partner database, no GraphQL, ORM or authorisation): its
 * answers must equal the bare gateway's for the first households of each workload, or the bench stops; the
 * three stacks are measured in rotating rounds, and each stack's CPU per view (its processes and the
 * PostgreSQL server's), throughput and p50/p99 are given as ratios to the limit's. `--statements` loads
 * pg_stat_statements and counts statements per view per database. With `--replicas`, instead: our gateway
 * as 1 and as 2 replicas (processes), each behind Debian's nginx with deploy/nginx.conf, pair by pair the same way.
 */
async function main(): Promise<void> {
  const opties = leesOpties(process.argv.slice(2));
  process.env.NETWERK_BSN_SLEUTEL ??= 'bench-sleutel-'.padEnd(48, 'x');
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const extern = process.env.DATABASE_URL;
  // --statements: PostgreSQL counts every statement per database (pg_stat_statements), for the statements per view
  const instellingen = opties.statements ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] : [];
  const pg = extern ? undefined : await startEmbeddedPostgres({ dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-pg-')), 'pg'), port: await vrijePoort(), tijdelijk: true, instellingen });
  const adminUrl = extern ?? pg!.adminUrl;
  if (opties.statements) await metClient(adminUrl, (c) => c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements'));
  const sleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'bench-sleutels-')));
  const grantSleutels = await maakGrantSleutelpaar();
  const uitgever = await startDevUitgever(sleutels, '127.0.0.1', 0);
  const processen: ChildProcess[] = [];
  const antwoorden = mkdtempSync(path.join(os.tmpdir(), 'bench-antwoorden-'));
  console.log(`# npm run bench — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${opties.seconden} s per run, ${opties.verbindingen} verbindingen`);
  console.log(`De eerste weergave van elke werklast, van beide gateways, staat in ${antwoorden}.`);
  const schaalregels: string[] = [];
  const cpuRegels: string[] = [];
  const queryRegels: string[] = [];
  const limietRegels: string[] = [];
  const statementRegels: string[] = [];
  let vergeleken = 0;
  try {
    for (const aantal of opties.schalen) {
      const databaseUrls = Object.fromEntries(SUBGRAPHS.map((naam) => [naam, metDatabase(adminUrl, `bench_${aantal}_${naam.replace('-', '_')}`)])) as Record<ServiceNaam, string>;
      console.log(`\n## ${aantal} huishoudens per partner`);
      const begin = Date.now();
      await zaaiDemowereld(databaseUrls, sleutels, grantSleutels, SEED, aantal);
      console.log(`  demodata klaar in ${((Date.now() - begin) / 1000).toFixed(0)} s (een bestaande database wordt niet opnieuw gevuld)`);

      const ons: Record<string, string> = {};
      const kaal: Record<string, string> = {};
      const onzePids: Partial<Record<ServiceNaam, number>> = {};
      const kalePids: Partial<Record<ServiceNaam, number>> = {};
      for (const naam of SUBGRAPHS) {
        const echt = await startProces(naam, databaseUrls[naam], grantSleutels.publiek, VLAGGEN);
        processen.push(echt.proces);
        ons[`${envPrefix(naam)}_URL`] = echt.url;
        onzePids[naam] = echt.proces.pid!;
        const k = await startKind([path.join(__dirname, 'kaal.js'), 'subgraph', naam], { [`${envPrefix(naam)}_DATABASE_URL`]: databaseUrls[naam] });
        processen.push(k.proces);
        kaal[`${envPrefix(naam)}_URL`] = k.url;
        kalePids[naam] = k.proces.pid!;
      }
      const kaleGateway = await startKind([path.join(__dirname, 'kaal.js'), 'gateway'], kaal);
      processen.push(kaleGateway.proces);
      const limiet = await startKind([path.join(__dirname, 'limiet.js')], { ...Object.fromEntries(SUBGRAPHS.map((naam) => [`${envPrefix(naam)}_DATABASE_URL`, databaseUrls[naam]])), LIMIET_VERBINDINGEN: String(opties.verbindingen) });
      processen.push(limiet.proces);

      const wereld = Array.from({ length: aantal }, (_, i) => demoHuishouden(SEED, i));
      const lasten = werklasten(wereld);
      const tokens = Object.fromEntries(await Promise.all([...new Set(lasten.map((w) => w.sub))].map(async (s) => [s, await tokenVoorProfessional(s, { uitgeverBase: uitgever.url, sleutels })])));
      const verzoeken = (w: Werklast, metIdentiteit: boolean): Lastopdracht['verzoeken'] => w.huishoudens.map((id) => ({
        headers: metIdentiteit ? { authorization: `Bearer ${tokens[w.sub]}`, doel: w.doel } : ({} as Record<string, string>),
        body: JSON.stringify({ query: WEERGAVE, variables: { id } }),
      }));
      const gemengd: Werklast = { naam: 'gemengd (alle vier)', sub: '', doel: '', huishoudens: [] };

      if (opties.replicas) {
        // our gateway as 1 replica and as 2 behind the same nginx configuration, in alternating rounds
        const env = { ...ons, VERTROUWDE_UITGEVERS: JSON.stringify(uitgever.uitgevers), GATEWAY_GRANT_SLEUTEL: JSON.stringify(grantSleutels.prive), GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify((await maakCheckpointSleutelpaar()).prive), LOG_LEVEL: 'warn' };
        const een = await startOnzeReplicas(1, env);
        const twee = await startOnzeReplicas(2, env);
        try {
          console.log('\n### Onze gateway: 2 replica\'s tegen 1, elk achter nginx (deploy/nginx.conf), in afwisselende rondes');
          console.log('| werklast | 1 replica verz/s | 2 replica\'s verz/s | doorvoer 2/1 | p50/p99 ms 1 | p50/p99 ms 2 | p99 2/1 | gateway-CPU ms per verz 1 / 2 | mislukt 1/2 |');
          console.log('|---|---|---|---|---|---|---|---|---|');
          for (const w of [...lasten, gemengd]) {
            const eigen = w === gemengd ? lasten.flatMap((l) => verzoeken(l, true)) : verzoeken(w, true);
            const door = w === gemengd ? eigen.map((x, i) => ({ x, k: (i * 7919) % eigen.length })).sort((a, b) => a.k - b.k).map((p) => p.x) : eigen;
            const bestand = (wie: string) => path.join(antwoorden, `${aantal}-replicas-${w.naam.split(/[ ,(]/)[0]}-${wie}.json`);
            await controleerAntwoord(een.url, eigen[0], '1 replica', bestand('1'));
            await controleerAntwoord(twee.url, eigen[0], '2 replica\'s', bestand('2'));
            await last({ url: een.url, verbindingen: 2, seconden: 2, verzoeken: door });
            await last({ url: twee.url, verbindingen: 2, seconden: 2, verzoeken: door });
            const [a, b] = await meetPaar([
              { url: een.url, gatewayPid: een.pid, subgraphPids: onzePids, verzoeken: door },
              { url: twee.url, gatewayPid: twee.pid, subgraphPids: onzePids, verzoeken: door },
            ], { seconden: opties.seconden, verbindingen: opties.verbindingen, rondes: opties.rondes, adminUrl, aantal });
            console.log(`| ${w.naam} | ${a.perSeconde.toFixed(0)} | ${b.perSeconde.toFixed(0)} | **${r(b.perSeconde / a.perSeconde)}** | ${ms(a.p50)} / ${ms(a.p99)} | ${ms(b.p50)} / ${ms(b.p99)} | **${r(b.p99 / a.p99)}** | ${r(a.cpuMs[0])} / ${r(b.cpuMs[0])} | ${a.mislukt} / ${b.mislukt} |`);
          }
        } finally {
          await een.stop();
          await twee.stop();
        }
      }
      for (const werkers of opties.replicas ? [] : opties.werkers) {
        const poort = await vrijePoort();
        const gateway = spawn(process.execPath, [...VLAGGEN, path.join(__dirname, 'werkers.js'), String(werkers)], {
          env: { ...process.env, ...ons, GATEWAY_PORT: String(poort), VERTROUWDE_UITGEVERS: JSON.stringify(uitgever.uitgevers), GATEWAY_GRANT_SLEUTEL: JSON.stringify(grantSleutels.prive), GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify((await maakCheckpointSleutelpaar()).prive), LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        processen.push(gateway);
        const onzeUrl = `http://127.0.0.1:${poort}/graphql`;
        for (let i = 0; ; i++) {
          const klaar = await fetch(onzeUrl, { method: 'POST', headers: { 'content-type': 'application/json', doel: 'casusoverleg' }, body: '{"query":"{__typename}"}' }).then(() => true, () => false);
          if (klaar) break;
          if (i > 300) throw new Error('onze gateway startte niet');
          await new Promise((res) => setTimeout(res, 100));
        }
        console.log(`\n### ${werkers} gateway-werker${werkers > 1 ? 's' : ''} (ons) tegen 1 kale @apollo/gateway`);
        console.log('| werklast | huishoudens | ons verz/s | kaal verz/s | doorvoer ons/kaal | ons p50/p95/p99 ms | kaal p50/p95/p99 ms | p99 ons/kaal | gateway-CPU ms per verz ons / kaal | piek-RSS MiB ons / kaal | bytes per antwoord ons / kaal | mislukt ons/kaal |');
        console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
        for (const w of [...lasten, gemengd]) {
          const eigen = w === gemengd ? lasten.flatMap((l) => verzoeken(l, true)) : verzoeken(w, true);
          const kale = w === gemengd ? lasten.flatMap((l) => verzoeken(l, false)) : verzoeken(w, false);
          // interleave the mixed workload so consecutive requests come from different personas and households
          const door = <T,>(xs: T[]) => (w === gemengd ? xs.map((x, i) => ({ x, k: (i * 7919) % xs.length })).sort((a, b) => a.k - b.k).map((p) => p.x) : xs);
          // the bare stack must answer the view, not an empty one: a baseline that fetches nothing measures nothing
          const bestand = (wie: string) => path.join(antwoorden, `${aantal}-${werkers}-${w.naam.split(/[ ,(]/)[0]}${w.naam.includes('gedeeltelijk') ? '-gedeeltelijk' : ''}-${wie}.json`);
          await controleerAntwoord(kaleGateway.url, kale[0], 'kaal', bestand('kaal'));
          await controleerAntwoord(onzeUrl, eigen[0], 'ons', bestand('ons'));
          // warm both (plans, connections, JIT), then bare and ours in turn
          await last({ url: kaleGateway.url, verbindingen: 2, seconden: 2, verzoeken: door(kale) });
          await last({ url: onzeUrl, verbindingen: 2, seconden: 2, verzoeken: door(eigen) });
          // the limit answers what the bare gateway answers, or the bench stops here
          vergeleken += await vergelijkMetLimiet(kaleGateway.url, limiet.url, kale.slice(0, VERGELIJK), w.naam);
          await last({ url: limiet.url, verbindingen: 2, seconden: 2, verzoeken: door(kale) });
          const [l, k, o] = await meetReeks([
            { url: limiet.url, gatewayPid: limiet.proces.pid!, subgraphPids: {}, verzoeken: door(kale) },
            { url: kaleGateway.url, gatewayPid: kaleGateway.proces.pid!, subgraphPids: kalePids, verzoeken: door(kale) },
            { url: onzeUrl, gatewayPid: gateway.pid!, subgraphPids: onzePids, verzoeken: door(eigen) },
          ], { seconden: opties.seconden, verbindingen: opties.verbindingen, rondes: opties.rondes, adminUrl, aantal });
          limietRegels.push(limietRegel(w.naam, l, k, o));
          const som = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          cpuRegels.push(`| ${w.naam} | ${o.cpuMs.map((x, i) => `${ms(x)} / ${ms(k.cpuMs[i])}`).join(' | ')} | **${ms(som(o.cpuMs))} / ${ms(som(k.cpuMs))}** |`);
          if (o.statements && k.statements && l.statements) statementRegels.push(statementRegel(w.naam, [o, k, l]));
          queryRegels.push(`| ${w.naam} | ${o.transacties.map((x, i) => `${ms(x)} / ${ms(k.transacties[i])}`).join(' | ')} | **${ms(som(o.transacties))} / ${ms(som(k.transacties))}** |`);
          const aantalHuishoudens = w === gemengd ? lasten.reduce((n, l) => n + l.huishoudens.length, 0) : w.huishoudens.length;
          console.log(`| ${w.naam} | ${aantalHuishoudens} | ${o.perSeconde.toFixed(0)} | ${k.perSeconde.toFixed(0)} | **${r(o.perSeconde / k.perSeconde)}** | ${ms(o.p50)} / ${ms(o.p95)} / ${ms(o.p99)} | ${ms(k.p50)} / ${ms(k.p95)} / ${ms(k.p99)} | **${r(o.p99 / k.p99)}** | ${r(o.cpuMs[0])} / ${r(k.cpuMs[0])} | ${o.piekMiB.toFixed(0)} / ${k.piekMiB.toFixed(0)} | ${o.bytesPerAntwoord.toFixed(0)} / ${k.bytesPerAntwoord.toFixed(0)} | ${o.mislukt} / ${k.mislukt} |`);
        }
        console.log(`\n### Tegen de limiet (${vergeleken} weergaven van de limiet gelijk aan die van de kale gateway; uptime: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')})`);
        console.log('De limiet: per weergave één geparametriseerde query per partnerdatabase, parallel, PostgreSQL bouwt elk deel als JSON (tools/src/bench/limiet.ts); CPU = alle processen van de stapel en de PostgreSQL-server.');
        console.log('| werklast | limiet verz/s | limiet p50/p99 ms | limiet CPU ms per verz (proces + PostgreSQL) | CPU ons/limiet | CPU kaal/limiet | doorvoer ons/limiet | doorvoer kaal/limiet | p50 ons/limiet | p50 kaal/limiet | p99 ons/limiet | p99 kaal/limiet |');
        console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
        for (const regel of limietRegels.splice(0)) console.log(regel);
        console.log(`\nCPU ms per verzoek, ons / kaal, per proces (PostgreSQL: de postmaster van de bench en al zijn processen)`);
        console.log(`| werklast | gateway | ${SUBGRAPHS.join(' | ')} | PostgreSQL | totaal |`);
        console.log(`|---|${'---|'.repeat(SUBGRAPHS.length + 3)}`);
        for (const regel of cpuRegels.splice(0)) console.log(regel);
        console.log(`\nTransacties (query's buiten een transactie tellen elk als één) per verzoek, ons / kaal, per database (pg_stat_database: een backend meldt ze tot 10 s later, dus een deel kan bij de volgende run tellen; --statements telt exact)`);
        console.log(`| werklast | ${SUBGRAPHS.join(' | ')} | totaal |`);
        console.log(`|---|${'---|'.repeat(SUBGRAPHS.length + 1)}`);
        for (const regel of queryRegels.splice(0)) console.log(regel);
        if (statementRegels.length) {
          console.log(`\nStatements (pg_stat_statements, zonder BEGIN/COMMIT; tussen haakjes de BEGINs: expliciete transacties) per verzoek, ons / kaal / limiet, per database`);
          console.log(`| werklast | ${SUBGRAPHS.join(' | ')} | totaal |`);
          console.log(`|---|${'---|'.repeat(SUBGRAPHS.length + 1)}`);
          for (const regel of statementRegels.splice(0)) console.log(regel);
        }
        // a consent revoked while this gateway runs: enforced by every worker from when?
        const duoHuishoudens = new Set(lasten.find((l) => l.naam.startsWith('duo, volledige'))?.huishoudens ?? []);
        if (duoHuishoudens.size) {
          const m = await meetIntrekking(onzeUrl, tokens['rvt-eva'], wereld.filter((h) => duoHuishoudens.has(h.id)));
          console.log(`\nIntrekking van een toestemming: afgeschermd na ${ms(m.totAfgeschermd)} ms (de eerste weergave na het antwoord); daarna ${m.nogGetoond} van ${m.gecontroleerd} weergaven op nieuwe verbindingen (over ${werkers} werker${werkers > 1 ? 's' : ''}) nog getoond.`);
        }
        if (werkers === opties.werkers[0]) {
          // the household view on its own (one connection) at this scale, for the 1k → 100k comparison
          const duo = lasten.find((l) => l.naam.startsWith('duo, volledige')) ?? lasten[0];
          const enkel = await last({ url: onzeUrl, verbindingen: 1, seconden: opties.seconden, verzoeken: verzoeken(duo, true) });
          const enkelKaal = await last({ url: kaleGateway.url, verbindingen: 1, seconden: opties.seconden / 2, verzoeken: verzoeken(duo, false) });
          const enkelLimiet = await last({ url: limiet.url, verbindingen: 1, seconden: opties.seconden / 2, verzoeken: verzoeken(duo, false) });
          schaalregels.push(`| ${aantal} | ${duo.naam} | ${ms(enkel.p50)} | ${ms(enkel.p99)} | ${ms(enkelKaal.p50)} | ${ms(enkelLimiet.p50)} | **${r(enkel.p50 / enkelLimiet.p50)}** / **${r(enkelKaal.p50 / enkelLimiet.p50)}** | ${os.loadavg()[0].toFixed(1)} |`);
        }
        gateway.kill('SIGTERM');
        await new Promise((res) => gateway.once('exit', res));
      }
      for (const p of processen.splice(0)) p.kill('SIGTERM');
      if (opties.statements) await drukVeelsteStatements(adminUrl, aantal);
    }
    if (schaalregels.length) {
      console.log('\n### De weergave van één huishouden (1 verbinding, ons, 1 werker) per schaal');
      console.log('| huishoudens per partner | werklast | ons p50 ms | ons p99 ms | kaal p50 ms | limiet p50 ms | p50 ons/limiet / kaal/limiet | load (1 min) |');
      console.log('|---|---|---|---|---|---|---|---|');
      for (const regel of schaalregels) console.log(regel);
    }
  } finally {
    for (const p of processen) p.kill('SIGTERM');
    await uitgever.stop();
    await pg?.stop();
  }
}

main().catch((fout: unknown) => {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exit(1);
});

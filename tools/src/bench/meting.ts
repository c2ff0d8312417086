import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

import { ServiceNaam, SUBGRAPHS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import type { Lastopdracht, Lastuitslag } from './last';

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
function cpuVan(pid: number | string): number {
  const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(velden[11]) + Number(velden[12])) / 100;
}

/** CPU seconds used so far and peak resident memory (MiB) of a process and its children (the cluster's workers). */
export function procesTellers(pid: number): { cpu: number; piekMiB: number } {
  if (!existsSync(`/proc/${pid}`)) throw new Error(`proces ${pid} draait niet meer`);
  const pids = [pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)];
  let cpu = 0;
  let piek = 0;
  for (const p of pids) {
    cpu += cpuVan(p);
    piek += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  }
  return { cpu, piekMiB: piek };
}

/** The parent process id, from /proc/<pid>/stat. */
function ouderVan(pid: number | string): number {
  return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
}

/** The postmaster of the server behind `adminUrl`: the parent of this connection's backend. */
export async function postmaster(adminUrl: string): Promise<number> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return ouderVan(rows[0].pid);
  } finally {
    await client.end();
  }
}

/**
 * CPU seconds used so far by each process of the bench's PostgreSQL server, by pid: the postmaster and its
 * children (backends, checkpointer, WAL writer, autovacuum). Other servers on the machine (other sessions'
 * tests) are not counted.
 */
export function postgresCpu(postmasterPid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (Number(p) !== postmasterPid && ouderVan(p) !== postmasterPid) continue;
      cpu.set(Number(p), cpuVan(p));
    } catch {
      // the process ended meanwhile
    }
  }
  return cpu;
}

/** PostgreSQL's CPU seconds between two readings: what each process still running used since (a backend that ended meanwhile is lost). */
export function postgresVerschil(voor: Map<number, number>, na: Map<number, number>): number {
  let som = 0;
  for (const [pid, cpu] of na) som += cpu - (voor.get(pid) ?? 0);
  return som;
}

/** Transactions committed so far per bench database of this scale (each query outside a transaction is one). */
async function transacties(adminUrl: string, aantal: number): Promise<Record<string, number>> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // backends flush their statistics when idle, at most once a second
    await new Promise((res) => setTimeout(res, 1200));
    const { rows } = await client.query<{ datname: string; xact_commit: string }>('SELECT datname, xact_commit FROM pg_stat_database WHERE datname LIKE $1', [`bench_${aantal}_%`]);
    return Object.fromEntries(rows.map((r) => [r.datname.replace(`bench_${aantal}_`, '').replace('_', '-'), Number(r.xact_commit)]));
  } finally {
    await client.end();
  }
}

/**
 * Statements executed so far per bench database of this scale, from pg_stat_statements (the bench's
 * `--statements` loads it), without BEGIN/COMMIT; null when the server does not have it. Counted when each
 * statement ends, unlike pg_stat_database, whose counters a busy backend may flush up to 10 s late.
 */
async function statements(adminUrl: string, aantal: number): Promise<Record<string, [number, number]> | null> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; calls: string; begin: string }>(
      `SELECT d.datname, coalesce(sum(s.calls) FILTER (WHERE s.query !~* $2), 0)::bigint AS calls, coalesce(sum(s.calls) FILTER (WHERE s.query ~* $3), 0)::bigint AS begin
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname LIKE $1 GROUP BY d.datname`,
      [`bench_${aantal}_%`, '^\\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK)', '^\\s*(BEGIN|START TRANSACTION)']);
    return Object.fromEntries(rows.map((r) => [r.datname.replace(`bench_${aantal}_`, '').replace('_', '-'), [Number(r.calls), Number(r.begin)]]));
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

export async function last(opdracht: Lastopdracht): Promise<Lastuitslag> {
  const bestand = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-last-')), 'opdracht.json');
  writeFileSync(bestand, JSON.stringify(opdracht));
  const kind = spawn(process.execPath, [path.join(__dirname, 'last.js'), bestand], { stdio: ['ignore', 'pipe', 'inherit'] });
  const regels: string[] = [];
  readline.createInterface({ input: kind.stdout! }).on('line', (r) => regels.push(r));
  await new Promise((resolve) => kind.once('exit', resolve));
  rmSync(path.dirname(bestand), { recursive: true, force: true });
  return JSON.parse(regels[regels.length - 1]) as Lastuitslag;
}

/** One side of a pair: a gateway with its subgraphs, and the requests to send it. */
export interface Stapel {
  url: string;
  gatewayPid: number;
  subgraphPids: Partial<Record<ServiceNaam, number>>;
  verzoeken: Lastopdracht['verzoeken'];
}

/** One side's figures over all its rounds. */
export interface Meting {
  verzoeken: number;
  perSeconde: number;
  mislukt: number;
  p50: number;
  p95: number;
  p99: number;
  bytesPerAntwoord: number;
  /** Peak RSS of the gateway's processes (MiB). */
  piekMiB: number;
  /** CPU ms per request: the gateway, each subgraph in SUBGRAPHS order, PostgreSQL. */
  cpuMs: number[];
  /** Transactions per request in each subgraph's database, in SUBGRAPHS order. */
  transacties: number[];
  /** Statements (without BEGIN/COMMIT) per request in each subgraph's database, in SUBGRAPHS order; null without pg_stat_statements. */
  statements: number[] | null;
  /** Explicit transactions (BEGIN) per request in each subgraph's database; null without pg_stat_statements. */
  begins: number[] | null;
}

/** The p-th percentile (0–100) of the measured values, nearest rank; NaN when there are none. */
export function percentiel(waarden: number[], p: number): number {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return gesorteerd.length ? gesorteerd[Math.min(gesorteerd.length - 1, Math.floor((p / 100) * gesorteerd.length))] : NaN;
}

/**
 * Both sides of a pair in alternating rounds (A B, B A, A B, …), each round `seconden / rondes` long per
 * side, so that a machine that speeds up or slows down over the minute (other processes, autovacuum, a
 * VM's neighbours) weighs on both alike. Counters are read between runs; each side's figures are summed
 * over its rounds, and percentiles come from all its response times together.
 */
export async function meetPaar(
  paar: [Stapel, Stapel],
  opties: { seconden: number; verbindingen: number; rondes: number; adminUrl: string; aantal: number },
): Promise<[Meting, Meting]> {
  return (await meetReeks(paar, opties)) as [Meting, Meting];
}

/**
 * Any number of stacks the same way as a pair: round r starts with stack r (mod n) and takes the others in
 * turn (A B C, B C A, C A B, …), so that each stack comes first, in the middle and last equally often.
 */
export async function meetReeks(
  reeks: Stapel[],
  opties: { seconden: number; verbindingen: number; rondes: number; adminUrl: string; aantal: number },
): Promise<Meting[]> {
  const som = reeks.map(() => ({ verzoeken: 0, mislukt: 0, bytes: 0, tijden: [] as number[], cpu: new Array<number>(SUBGRAPHS.length + 2).fill(0), tx: new Array<number>(SUBGRAPHS.length).fill(0), st: new Array<number>(SUBGRAPHS.length).fill(0), bg: new Array<number>(SUBGRAPHS.length).fill(0), piek: 0 }));
  // a stack without subgraphs (the limit) counts 0 for each
  const pm = await postmaster(opties.adminUrl);
  const tel = (s: Stapel) => ({ gateway: procesTellers(s.gatewayPid), subgraphs: SUBGRAPHS.map((n) => (s.subgraphPids[n] ? procesTellers(s.subgraphPids[n]).cpu : 0)), postgres: postgresCpu(pm) });
  let tx = await transacties(opties.adminUrl, opties.aantal);
  let st = await statements(opties.adminUrl, opties.aantal);
  for (let ronde = 0; ronde < opties.rondes; ronde++) {
    for (const i of reeks.map((_, j) => (ronde + j) % reeks.length)) {
      const s = reeks[i];
      const voor = tel(s);
      const u = await last({ url: s.url, verbindingen: opties.verbindingen, seconden: opties.seconden / opties.rondes, verzoeken: s.verzoeken });
      const na = tel(s);
      const naTx = await transacties(opties.adminUrl, opties.aantal);
      const t = som[i];
      t.verzoeken += u.verzoeken;
      t.mislukt += u.mislukt;
      t.bytes += u.bytesPerAntwoord * u.verzoeken;
      t.tijden.push(...u.tijden);
      t.piek = Math.max(t.piek, na.gateway.piekMiB);
      const verschil = [na.gateway.cpu - voor.gateway.cpu, ...SUBGRAPHS.map((_, j) => na.subgraphs[j] - voor.subgraphs[j]), postgresVerschil(voor.postgres, na.postgres)];
      verschil.forEach((x, j) => (t.cpu[j] += x));
      SUBGRAPHS.forEach((n, j) => (t.tx[j] += naTx[n] - tx[n]));
      tx = naTx;
      const naSt = await statements(opties.adminUrl, opties.aantal);
      if (st && naSt) {
        const voorSt = st;
        SUBGRAPHS.forEach((n, j) => {
          t.st[j] += (naSt[n]?.[0] ?? 0) - (voorSt[n]?.[0] ?? 0);
          t.bg[j] += (naSt[n]?.[1] ?? 0) - (voorSt[n]?.[1] ?? 0);
        });
      }
      st = naSt;
    }
  }
  return som.map((t) => {
    t.tijden.sort((a, b) => a - b);
    const n = Math.max(1, t.verzoeken);
    return {
      verzoeken: t.verzoeken, perSeconde: t.verzoeken / opties.seconden, mislukt: t.mislukt,
      p50: percentiel(t.tijden, 50), p95: percentiel(t.tijden, 95), p99: percentiel(t.tijden, 99),
      bytesPerAntwoord: t.bytes / n, piekMiB: t.piek, cpuMs: t.cpu.map((c) => (c / n) * 1000), transacties: t.tx.map((x) => x / n),
      statements: st ? t.st.map((x) => x / n) : null,
      begins: st ? t.bg.map((x) => x / n) : null,
    };
  });
}

import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { VertrouwdeUitgever } from '@netwerkdossier/gateway';
import { envPrefix, ServiceNaam, SUBGRAPHS } from '@netwerkdossier/shared';
import { JWK } from 'jose';

import { startProces } from '../bench-weergave';
import { VLAGGEN, vrijePoort } from '../bench/kind';
import { wachtOpGereed } from '../gereed';

const GATEWAY_MAIN = require.resolve('@netwerkdossier/gateway/dist/main.js');

export type Procesnaam = ServiceNaam | 'gateway';

/** One RSS reading of a process, with the start of the process it was read from (a restarted partner is a new one). */
export interface Geheugenmeting {
  naam: Procesnaam;
  gestart: number;
  tijd: number;
  rssMiB: number;
}

/** A period a partner was down: from its SIGKILL until its new process listened (Infinity while down). */
export interface Uitval {
  naam: ServiceNaam;
  van: number;
  tot: number;
}

/** Undefined once the process is gone, or dying (a zombie has no VmRSS line). */
function rssMiB(pid: number): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kiB = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kiB === undefined ? undefined : Number(kiB) / 1024;
}

/**
 * The network as deployed: every subgraph and the gateway its own process, on fixed loopback ports so
 * that a partner killed with SIGKILL comes back where the gateway expects it.
 */
export class Processen {
  private readonly draaiend = new Map<Procesnaam, { proces: ChildProcess; gestart: number }>();
  private readonly poorten = new Map<ServiceNaam, number>();
  private readonly urls = new Map<ServiceNaam, string>();
  readonly uitval: Uitval[] = [];
  readonly geheugen: Geheugenmeting[] = [];
  gatewayUrl = '';

  constructor(private readonly databaseUrls: Record<ServiceNaam, string>, private readonly grantSleutels: { prive: JWK; publiek: JWK }, private readonly checkpointSleutel: JWK) {}

  async start(uitgevers: VertrouwdeUitgever[]): Promise<void> {
    const urls: Record<string, string> = {};
    for (const naam of SUBGRAPHS) {
      this.poorten.set(naam, await vrijePoort());
      urls[`${envPrefix(naam)}_URL`] = await this.startSubgraph(naam);
    }
    const poort = await vrijePoort();
    const proces = spawn(process.execPath, [...VLAGGEN, GATEWAY_MAIN], {
      env: { ...process.env, ...urls, GATEWAY_PORT: String(poort), VERTROUWDE_UITGEVERS: JSON.stringify(uitgevers), GATEWAY_GRANT_SLEUTEL: JSON.stringify(this.grantSleutels.prive), GATEWAY_CHECKPOINT_SLEUTEL: JSON.stringify(this.checkpointSleutel), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.draaiend.set('gateway', { proces, gestart: Date.now() });
    // it logs where it listens at info, which this level leaves out: wait until it is ready
    await wachtOpGereed(poort, proces, 'de gateway');
    this.gatewayUrl = `http://127.0.0.1:${poort}/graphql`;
  }

  private async startSubgraph(naam: ServiceNaam): Promise<string> {
    const { url, proces } = await startProces(naam, this.databaseUrls[naam], this.grantSleutels.publiek, VLAGGEN, this.poorten.get(naam));
    this.draaiend.set(naam, { proces, gestart: Date.now() });
    this.urls.set(naam, url);
    return url;
  }

  /** SIGKILL: no shutdown, connections cut mid-request, as a crashed or unplugged partner. The outage starts before the signal. */
  async dood(naam: ServiceNaam): Promise<Uitval> {
    const { proces } = this.draaiend.get(naam)!;
    const uitval = { naam, van: Date.now(), tot: Infinity };
    this.uitval.push(uitval);
    const gestopt = new Promise((resolve) => proces.once('exit', resolve));
    proces.kill('SIGKILL');
    await gestopt;
    this.draaiend.delete(naam);
    return uitval;
  }

  /** Starts the partner again on its port; the outage ends when it listens. */
  async herstart(uitval: Uitval): Promise<void> {
    await this.startSubgraph(uitval.naam);
    uitval.tot = Date.now();
  }

  subgraphUrl(naam: ServiceNaam): string {
    return this.urls.get(naam)!;
  }

  pid(naam: Procesnaam): number | undefined {
    return this.draaiend.get(naam)?.proces.pid;
  }

  /** Samples the RSS of every running process. */
  meetGeheugen(): void {
    const tijd = Date.now();
    for (const [naam, { proces, gestart }] of this.draaiend) {
      const rss = rssMiB(proces.pid!);
      if (rss !== undefined) this.geheugen.push({ naam, gestart, tijd, rssMiB: rss });
    }
  }

  /** The last RSS reading of each running process, for the progress line. */
  laatsteRss(): string {
    return [...this.draaiend.keys()].map((naam) => `${naam} ${rssMiB(this.pid(naam)!)?.toFixed(0) ?? '?'}`).join(', ');
  }

  /** SIGTERM to all, waiting for each to exit. */
  async stop(): Promise<void> {
    for (const { proces } of this.draaiend.values()) {
      if (proces.exitCode !== null) continue;
      const gestopt = new Promise((resolve) => proces.once('exit', resolve));
      proces.kill('SIGTERM');
      await gestopt;
    }
    this.draaiend.clear();
  }
}

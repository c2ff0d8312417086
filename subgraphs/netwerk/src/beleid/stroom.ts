import { maakLogger, Roosterregel } from '@netwerkdossier/shared';
import type { Response } from 'express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { BELEID_KANAAL } from '../migrations/1796400000100-Beleidsversies';
import { rooster } from './versies';

const logger = maakLogger('netwerk');

/** How often an idle stream carries an empty line, so a gateway notices a stream that died (see BELEID_STIL_MS). */
export const HARTSLAG_MS = 5_000;

/**
 * The gateways' feed of the policy (`POST /beleid/stroom`): one JSON line `{rooster}` when a gateway
 * connects, and again whenever the database says a version was approved (LISTEN on BELEID_KANAAL, a
 * notification sent at commit to every netwerk replica), so each gateway replica holds every approved version
 * and switches at its moment. One listening connection per process, whatever the number of gateways.
 */
export class Beleidsstroom {
  private readonly volgers = new Set<Response>();
  private client?: Client;
  private hartslag?: NodeJS.Timeout;
  private gestopt = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Starts listening; resolves once the LISTEN is in place (a notification from then on is not missed). */
  async start(): Promise<void> {
    await this.luister();
    this.hartslag = setInterval(() => this.schrijf(''), HARTSLAG_MS);
  }

  private async luister(): Promise<void> {
    const client = new Client({ connectionString: (this.dataSource.options as { url: string }).url });
    client.on('notification', () => void this.meld());
    client.on('error', (fout) => {
      logger.error({ err: fout }, 'beleid: de verbinding die op goedkeuringen wacht viel weg; opnieuw');
      void client.end().catch(() => undefined);
      this.herverbind();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${BELEID_KANAAL}`);
    } catch (fout) {
      await client.end().catch(() => undefined);
      throw fout;
    }
    this.client = client;
  }

  /** Listens again after a lost connection, and sends the schedule then: an approval in between is not missed. */
  private herverbind(): void {
    if (this.gestopt) return;
    setTimeout(() => void this.luister().then(() => this.meld(), () => this.herverbind()), 500).unref();
  }

  /** Adds a gateway's stream and sends it the schedule at once. */
  async volg(res: Response): Promise<void> {
    res.writeHead(200, { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' });
    res.flushHeaders();
    this.volgers.add(res);
    res.on('close', () => this.volgers.delete(res));
    res.write(regel(await rooster(this.dataSource)));
  }

  private async meld(): Promise<void> {
    try {
      this.schrijf(regel(await rooster(this.dataSource)).trimEnd());
    } catch (fout) {
      logger.error({ err: fout }, 'beleid: het rooster kon niet worden gelezen; de gateways houden het vorige');
    }
  }

  private schrijf(tekst: string): void {
    for (const res of this.volgers) res.write(`${tekst}\n`);
  }

  async stop(): Promise<void> {
    this.gestopt = true;
    clearInterval(this.hartslag);
    for (const res of this.volgers) res.end();
    this.volgers.clear();
    await this.client?.end().catch(() => undefined);
  }
}

const regel = (r: Roosterregel[]) => `${JSON.stringify({ rooster: r })}\n`;

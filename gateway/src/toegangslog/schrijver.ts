import { GATEWAY_ACTIES, GRANT_ALGORITME, Groepscommit, maakLogger, metingenVan, NieuweLogregel, Vastgelegd } from '@netwerkdossier/shared';
import { importJWK, JWK, SignJWT } from 'jose';

import type { Vrager } from '../beslissing';
import { postMetGrant } from '../netwerk';

const logger = maakLogger('gateway');
const metingen = metingenVan('gateway');

/** A record as the gateway offers it to netwerk's toegangslog (see subgraphs/netwerk/src/toegangslog). */
export type Logregel = Omit<NieuweLogregel, 'actie'> & { actie: (typeof GATEWAY_ACTIES)[number] };

/** No record, no data: the client gets this and nothing else. */
export class ToegangslogMislukt extends Error {}

/**
 * Writes access records to netwerk's toegangslog and returns only once they are durable; every
 * `elke` records (or `seconden`) it also signs a checkpoint of the chain's head with the gateway's key,
 * so that cutting off the end of the log, or replacing it whole, is detectable.
 */
export class Toegangslogschrijver {
  private sindsCheckpoint = 0;
  private laatsteCheckpoint = Date.now();
  private readonly sleutel: ReturnType<typeof importJWK>;

  constructor(private readonly netwerkUrl: string, grantSleutel: JWK, private readonly opties = { elke: 100, seconden: 5 }) {
    this.sleutel = importJWK(grantSleutel, GRANT_ALGORITME);
  }

  /** One call for all records waiting; its grant names one of their requesters (each record names its own). */
  private readonly groep = new Groepscommit<{ namens: Vrager; regel: Logregel }, Vastgelegd>(async (items) =>
    (await this.post<{ vastgelegd: Vastgelegd[] }>(items[0].namens, '/toegangslog', { regels: items.map((i) => i.regel) })).vastgelegd);

  /**
   * Resolves once these records are durable. Records offered while a write is under way go together in
   * the next one (one HTTP call, one commit), so under load requests share the cost; none waits longer
   * than the write before it.
   */
  async legVast(namens: Vrager, regels: Logregel[]): Promise<Vastgelegd[]> {
    let vastgelegd: Vastgelegd[];
    try {
      vastgelegd = await this.groep.voegToe(regels.map((regel) => ({ namens, regel })));
    } catch (fout) {
      metingen.toegangslog.inc({ uitkomst: 'mislukt' });
      logger.error({ err: fout }, 'toegangslog: vastleggen mislukt; geen gegevens vrijgegeven');
      throw new ToegangslogMislukt('Het toegangslog kon niet worden bijgewerkt');
    }
    metingen.toegangslog.inc({ uitkomst: 'vastgelegd' }, vastgelegd.length);
    this.sindsCheckpoint += vastgelegd.length;
    const kop = vastgelegd[vastgelegd.length - 1];
    if (this.sindsCheckpoint >= this.opties.elke || Date.now() - this.laatsteCheckpoint >= this.opties.seconden * 1000) this.tekenKop(namens, kop);
    else {
      // a quiet gateway still signs its tail: the last records are covered at most `seconden` later
      clearTimeout(this.naloop);
      this.naloop = setTimeout(() => this.sindsCheckpoint > 0 && this.tekenKop(namens, kop), this.opties.seconden * 1000);
      this.naloop.unref();
    }
    return vastgelegd;
  }

  private naloop?: NodeJS.Timeout;

  /** Stops the pending tail checkpoint (on shutdown the next start signs on its first records). */
  stop(): void {
    clearTimeout(this.naloop);
  }

  private tekenKop(namens: Vrager, kop: Vastgelegd): void {
    clearTimeout(this.naloop);
    this.sindsCheckpoint = 0;
    this.laatsteCheckpoint = Date.now();
    // after the response's own record is durable; a failed checkpoint is logged, the next one covers it
    void this.checkpoint(namens, kop).catch((fout: unknown) => logger.error({ err: fout }, 'toegangslog: checkpoint mislukt'));
  }

  /** Signs and stores a checkpoint of this head now. */
  async checkpoint(namens: Vrager, kop: Vastgelegd): Promise<void> {
    const handtekening = await new SignJWT({ volgnummer: kop.volgnummer, hash: kop.hash })
      .setProtectedHeader({ alg: GRANT_ALGORITME, typ: 'toegangslog-checkpoint' })
      .setIssuedAt()
      .sign(await this.sleutel);
    await this.post(namens, '/toegangslog/checkpoint', { volgnummer: kop.volgnummer, hash: kop.hash, handtekening });
  }

  /** netwerk's toegangslog door (plain JSON, see subgraphs/netwerk/src/toegangslog/eindpunt.ts), with a grant of the gateway's own. */
  private async post<T>(namens: Vrager, pad: string, body: object): Promise<T> {
    const res = await postMetGrant(this.netwerkUrl, { pad, body }, await this.sleutel, { subgraph: 'netwerk', ...namens, doel: 'toegangslog', intern: 'toegangslog' });
    if (res.status !== 200) throw new Error(`netwerk: ${(res.body as { fout?: string } | null)?.fout ?? `HTTP ${res.status}`}`);
    return res.body as T;
  }
}

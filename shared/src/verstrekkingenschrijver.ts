import { DataSource, EntityManager } from 'typeorm';

import { Checkpoint, GetuigdCheckpoint } from './getuige';
import { Groepscommit } from './groepscommit';
import { Verstrekking } from './verstrekking';

/** One response's verstrekking, and the toegangslog checkpoints its grant carried for this partner to witness. */
export interface TeSchrijven {
  verstrekking: Verstrekking;
  checkpoints: Checkpoint[];
}

/**
 * Writes what responses disclosed to the partner's verstrekkingenlog before they leave. Concurrent responses
 * share one insert and one commit (each still waits for its own to be durable; a failed write fails every
 * response in it): one commit per request was a large part of a subgraph's work under load (`npm run bench`).
 *
 * A verstrekking is keyed by its grant's jti, so it is also the durable record of that grant's first use: a
 * grant whose verstrekking is already there (used at another replica, or before a restart) is not recorded
 * again, and its caller is told so (false) and must release nothing. An audited query needs no write of its
 * own in gebruikte_grant (`npm run bench:grant`).
 *
 * Checkpoints carried by the grants (see Grant.getuigd) are kept in the same commit: witnessing then costs
 * no call, signature or commit of its own. A checkpoint is kept whether or not the grant was used before
 * (keeping one twice changes nothing); the write is one statement when no response carries any.
 */
export function verstrekkingenschrijver(dataSource: DataSource): (item: TeSchrijven) => Promise<boolean> {
  const schrijf = async (m: EntityManager | DataSource, rijen: Verstrekking[]) => {
    const { raw } = await m.createQueryBuilder().insert().into(Verstrekking).values(rijen).orIgnore().returning(['grant']).execute();
    const vastgelegd = new Set((raw as Array<{ grant: string }>).map((r) => r.grant.toLowerCase()));
    return rijen.map((r) => vastgelegd.has(r.grant.toLowerCase()));
  };
  const schrijver = new Groepscommit<TeSchrijven, boolean>(async (items) => {
    const rijen = items.map((i) => i.verstrekking);
    const checkpoints = items.flatMap((i) => i.checkpoints);
    if (checkpoints.length === 0) return schrijf(dataSource, rijen);
    return dataSource.transaction(async (m) => {
      await m.createQueryBuilder().insert().into(GetuigdCheckpoint).values(checkpoints.map((c) => ({ ...c }))).orIgnore().execute();
      return schrijf(m, rijen);
    });
  });
  return async (item) => (await schrijver.voegToe([item]))[0];
}

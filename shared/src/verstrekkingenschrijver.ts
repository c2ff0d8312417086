import { DataSource } from 'typeorm';

import { Groepscommit } from './groepscommit';
import { Verstrekking } from './verstrekking';

/**
 * Writes what responses disclosed to the partner's verstrekkingenlog before they leave. Concurrent responses
 * share one insert and one commit (each still waits for its own to be durable; a failed write fails every
 * response in it): one commit per request was a large part of a subgraph's work under load (`npm run bench`).
 *
 * A verstrekking is keyed by its grant's jti, so it is also the durable record of that grant's first use: a
 * grant whose verstrekking is already there (used at another replica, or before a restart) is not recorded
 * again, and its caller is told so (false) and must release nothing. An audited query needs no write of its
 * own in gebruikte_grant (`npm run bench:grant`).
 */
export function verstrekkingenschrijver(dataSource: DataSource): (verstrekking: Verstrekking) => Promise<boolean> {
  const schrijver = new Groepscommit<Verstrekking, boolean>(async (rijen) => {
    const { raw } = await dataSource.createQueryBuilder().insert().into(Verstrekking).values(rijen).orIgnore().returning(['grant']).execute();
    const vastgelegd = new Set((raw as Array<{ grant: string }>).map((r) => r.grant.toLowerCase()));
    return rijen.map((r) => vastgelegd.has(r.grant.toLowerCase()));
  });
  return async (verstrekking) => (await schrijver.voegToe([verstrekking]))[0];
}

import express from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';

import { GRANT_HEADER, GrantVerifier } from './grant';
import { Verstrekking } from './verstrekking';

/** The gateway's own call that reads a partner's verstrekkingenlog (`intern` in its grant). */
export const VERSTREKKINGENLOG = 'verstrekkingenlog';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `GET /verstrekkingenlog/:grant`: what this partner recorded for one grant (its jti), or 404 when it
 * recorded nothing. The one way to read a verstrekkingenlog over HTTP, so a partner on its own system can
 * show that it records before it answers (the conformance kit, docs/partner-contract.md). Only the
 * gateway's own grant for this call gets an answer: the log names who was looked at, for which doel.
 */
export function verstrekkingenlogRoute(app: express.Express, { dataSource, verifieerGrant }: { dataSource: DataSource; verifieerGrant: GrantVerifier }): void {
  app.get(`/${VERSTREKKINGENLOG}/:grant`, async (req, res) => {
    try {
      const grant = await verifieerGrant(req.headers[GRANT_HEADER], { pad: `/${VERSTREKKINGENLOG}/${req.params.grant}`, body: null });
      if (grant.intern !== VERSTREKKINGENLOG) return res.status(403).json({ fout: 'Alleen de gateway leest het verstrekkingenlog' });
      if (!UUID.test(req.params.grant)) return res.status(400).json({ fout: 'Verwacht de jti van een grant (uuid)' });
      const verstrekking = await dataSource.getRepository(Verstrekking).findOneBy({ grant: req.params.grant });
      if (!verstrekking) return res.status(404).json({ fout: 'Voor deze grant is niets verstrekt' });
      res.json({ ...verstrekking, tijdstip: verstrekking.tijdstip.toISOString() });
    } catch (e) {
      res.status(e instanceof GraphQLError ? 401 : 503).json({ fout: e instanceof GraphQLError ? e.message : 'Het verstrekkingenlog kon niet worden gelezen' });
    }
  });
}

import express from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';

import { GRANT_HEADER, GrantVerifier } from './grant';

/** The gateway's question to a statutory partner about one registration of one of its own professionals. */
export interface Dossiervraag {
  huishouden: string;
  /** The registrant (the grant's subject). */
  professional: string;
  /** The court decision the registration names (a maatregel), or null. */
  uitspraakkenmerk: string | null;
}

/** How a statutory partner answers: the kenmerk of the matching record in its own dossier, or null when it holds none. */
export type Dossierbevestiger = (dataSource: DataSource, vraag: Dossiervraag) => Promise<string | null>;

/** The gateway's own call that asks a partner's dossier (`intern` in its grant). */
export const DOSSIERVRAAG = 'dossierbevestiging';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `POST /dossierbevestiging` {huishouden, uitspraakkenmerk}: whether this partner's dossier holds the record
 * that a registration by one of its own professionals (the grant's subject and organisation) rests on.
 * Only the gateway's own grant for this call gets an answer, and only about the partner's own registrants.
 */
export function dossiervraagRoute(app: express.Express, naam: string, bevestigt: Dossierbevestiger, { dataSource, verifieerGrant }: { dataSource: DataSource; verifieerGrant: GrantVerifier }): void {
  app.post(`/${DOSSIERVRAAG}`, express.json({ limit: '4kb' }), async (req, res) => {
    try {
      const grant = await verifieerGrant(req.headers[GRANT_HEADER], { pad: `/${DOSSIERVRAAG}`, body: req.body ?? null });
      if (grant.intern !== DOSSIERVRAAG || grant.organisatie !== naam) return res.status(403).json({ fout: 'Alleen de gateway vraagt dit, voor een professional van deze organisatie' });
      const { huishouden, uitspraakkenmerk } = (req.body ?? {}) as Record<string, unknown>;
      if (typeof huishouden !== 'string' || !UUID.test(huishouden) || !(uitspraakkenmerk === null || (typeof uitspraakkenmerk === 'string' && uitspraakkenmerk.length <= 200))) {
        return res.status(400).json({ fout: 'Verwacht {huishouden: pseudoniem, uitspraakkenmerk: tekst of null}' });
      }
      res.json({ kenmerk: await bevestigt(dataSource, { huishouden, professional: grant.sub, uitspraakkenmerk }) });
    } catch (e) {
      res.status(e instanceof GraphQLError ? 401 : 503).json({ fout: e instanceof GraphQLError ? e.message : 'Het dossier kon niet worden geraadpleegd' });
    }
  });
}

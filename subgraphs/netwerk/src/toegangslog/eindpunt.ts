import { alEerderGebruikt, GATEWAY_ACTIES, Grant, GRANT_HEADER, maakLogger, NieuweLogregel, Routehulp } from '@netwerkdossier/shared';
import Ajv from 'ajv';
import express, { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';

import { Toegangslogboek } from './logboek';
import { Logcheckpoint } from './logregel';

const logger = maakLogger('netwerk');

const UUID = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' };
const tekst = { type: 'string', minLength: 1, maxLength: 500 };
const tekstOfNull = { oneOf: [tekst, { type: 'null' }] };
const ajv = new Ajv({ allErrors: false, strict: false });
const geldigeRegels = ajv.compile<{ regels: NieuweLogregel[] }>({
  type: 'object',
  required: ['regels'],
  additionalProperties: false,
  properties: {
    regels: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['actie', 'auditId', 'sub', 'organisatie', 'rol', 'team', 'namens', 'doel', 'beleidsversie', 'huishoudens', 'personen', 'inhoud'],
        additionalProperties: false,
        properties: {
          actie: { enum: [...GATEWAY_ACTIES] }, auditId: { oneOf: [UUID, { type: 'null' }] }, sub: tekst, organisatie: tekstOfNull,
          rol: tekst, team: tekstOfNull, namens: tekstOfNull, doel: tekstOfNull, beleidsversie: tekstOfNull,
          huishoudens: { type: 'array', maxItems: 10_000, items: UUID }, personen: { type: 'array', maxItems: 10_000, items: UUID }, inhoud: { type: 'object' },
        },
      },
    },
  },
});
const geldigCheckpoint = ajv.compile<{ volgnummer: number; hash: string; handtekening: string }>({
  type: 'object',
  required: ['volgnummer', 'hash', 'handtekening'],
  additionalProperties: false,
  properties: { volgnummer: { type: 'integer', minimum: 1 }, hash: { type: 'string', pattern: '^[0-9a-f]{64}$' }, handtekening: { type: 'string', minLength: 1 } },
});

/** An answer for a refused or failed call: the status and one sentence, never internals. */
function fout(res: Response, status: number, melding: string): void {
  res.status(status).json({ fout: melding });
}

/**
 * The toegangslog's own door for the gateway, beside the GraphQL endpoint: plain JSON over HTTP, so a
 * record costs a signature check, a schema check and the commit, not a GraphQL request. Only a grant
 * of the gateway's own (`intern: toegangslog`) is let in. `POST /toegangslog` {regels} answers once the
 * records are durable with where they landed; `POST /toegangslog/checkpoint` stores a signed checkpoint
 * (audit:verify checks the signature); `POST /toegangslog/kop` names the chain's head.
 */
export function toegangslogRoutes(app: express.Express, { dataSource, verifieerGrant, controleerGrant, eersteGebruikIn }: Routehulp): void {
  const logboek = new Toegangslogboek(dataSource, eersteGebruikIn);
  /**
   * Only the gateway's own grant; `eersteGebruikApart`: the route records the grant's first use in its own
   * transaction (res.locals.grant), else it is recorded before the route runs.
   */
  const alleenGateway = (eersteGebruikApart = false) => async (req: Request, res: Response, volgende: NextFunction) => {
    try {
      const verzoek = { pad: (req.route as { path: string }).path, body: req.body ?? null };
      const grant = eersteGebruikApart ? (await controleerGrant(req.headers[GRANT_HEADER], verzoek)).grant : await verifieerGrant(req.headers[GRANT_HEADER], verzoek);
      if (grant.intern !== 'toegangslog') return fout(res, 403, 'Het toegangslog vult alleen de gateway aan');
      res.locals.grant = grant;
      volgende();
    } catch (e) {
      fout(res, 401, e instanceof GraphQLError ? e.message : 'Geen geldige grant van de gateway');
    }
  };
  // a group commit under load carries many records (at most 32 requests' worth, see Groepscommit); read
  // before the grant, which is bound to it
  const json = express.json({ limit: '64mb' });
  // the grant's first use is recorded in the records' own transaction: one commit per write, not two
  app.post('/toegangslog', json, alleenGateway(true), async (req, res) => {
    if (!geldigeRegels(req.body)) return fout(res, 400, `Ongeldige records: ${ajv.errorsText(geldigeRegels.errors)}`);
    const { jti, exp } = res.locals.grant as Grant;
    try {
      const vastgelegd = await logboek.schrijf(req.body.regels, { jti, exp });
      if (!vastgelegd) return fout(res, 401, alEerderGebruikt().message);
      res.json({ vastgelegd });
    } catch (e) {
      logger.error({ err: e }, 'toegangslog: vastleggen mislukt');
      fout(res, 503, 'Het toegangslog kon niet worden bijgewerkt');
    }
  });
  // the chain's head, whoever wrote it (netwerk's own records: policy steps, registrations; other gateway
  // replicas): a gateway signs it when no checkpoint covers it yet, so no record waits unwitnessed
  app.post('/toegangslog/kop', json, alleenGateway(), async (_req, res) => {
    try {
      const [kop] = (await dataSource.query('SELECT volgnummer, hash FROM toegangslog ORDER BY volgnummer DESC LIMIT 1')) as Array<{ volgnummer: string; hash: string }>;
      res.json({ kop: kop ? { volgnummer: Number(kop.volgnummer), hash: kop.hash } : null });
    } catch (e) {
      logger.error({ err: e }, 'toegangslog: kop niet gelezen');
      fout(res, 503, 'De kop van het toegangslog kon niet worden gelezen');
    }
  });
  app.post('/toegangslog/checkpoint', json, alleenGateway(), async (req, res) => {
    if (!geldigCheckpoint(req.body)) return fout(res, 400, `Ongeldig checkpoint: ${ajv.errorsText(geldigCheckpoint.errors)}`);
    const { volgnummer, hash, handtekening } = req.body;
    try {
      // only of a record that is there with that hash; the same head may be signed twice (two gateway
      // replicas, or a timer and a threshold): keep the first
      const opgeslagen = (await dataSource.query(
        'INSERT INTO toegangslog_checkpoint (volgnummer, hash, handtekening, tijdstip) SELECT $1, $2, $3, clock_timestamp() WHERE EXISTS (SELECT 1 FROM toegangslog WHERE volgnummer = $1 AND hash = $2) ON CONFLICT (volgnummer) DO NOTHING RETURNING volgnummer',
        [volgnummer, hash, handtekening],
      )) as unknown[];
      if (opgeslagen.length === 0 && !(await dataSource.getRepository(Logcheckpoint).existsBy({ volgnummer, hash }))) return fout(res, 400, `Record ${volgnummer} met deze hash staat niet in het toegangslog`);
      res.json({ opgeslagen: true });
    } catch (e) {
      logger.error({ err: e }, 'toegangslog: checkpoint opslaan mislukt');
      fout(res, 503, 'Het checkpoint kon niet worden opgeslagen');
    }
  });
}

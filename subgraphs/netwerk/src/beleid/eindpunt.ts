import { Grant, GRANT_HEADER, GrantVerifier, maakLogger, STANDAARD_POLICIES, STANDAARD_SUPERGRAPH } from '@netwerkdossier/shared';
import Ajv from 'ajv';
import express, { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { JWK } from 'jose';
import { DataSource } from 'typeorm';

import { Beleidsstroom } from './stroom';
import { beslis, BeleidsstapGeweigerd, bestandenVan, stelVoor, versies, voerEersteVersieIn, Voorstel } from './versies';
import { ZeggenschapOnbekend, zeggenschapVolgens } from './zeggenschap';

const logger = maakLogger('netwerk');

/** The gateway's own calls about the policy carry this `intern` in their grant. */
export const BELEID_INTERN = 'beleid';

const ajv = new Ajv({ allErrors: false, strict: false });
const reden = { type: 'string', minLength: 1, maxLength: 2000 };
const volgnummer = { type: 'integer', minimum: 1 };
// the gateway's evidence of the step: a compact JWS (besluitbewijs.ts)
const bewijs = { type: 'string', minLength: 1, maxLength: 8000, pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$' };
const geldigVoorstel = ajv.compile<Voorstel>({
  type: 'object',
  required: ['bestanden', 'reden', 'gewenstVanaf', 'basis', 'terugNaar', 'organisaties', 'bewijs'],
  additionalProperties: false,
  properties: {
    bestanden: { type: 'object', additionalProperties: { type: 'string', maxLength: 100_000 } },
    reden,
    gewenstVanaf: { oneOf: [{ type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\dT' }, { type: 'null' }] },
    basis: volgnummer,
    terugNaar: { oneOf: [volgnummer, { type: 'null' }] },
    organisaties: { type: 'array', maxItems: 50, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 100 } },
    bewijs,
  },
});
const geldigBesluit = ajv.compile<{ volgnummer: number; oordeel: 'goedgekeurd' | 'afgewezen'; reden: string; bewijs: string }>({
  type: 'object', required: ['volgnummer', 'oordeel', 'reden', 'bewijs'], additionalProperties: false, properties: { volgnummer, oordeel: { enum: ['goedgekeurd', 'afgewezen'] }, reden, bewijs },
});
const geldigNummer = ajv.compile<{ volgnummer: number }>({ type: 'object', required: ['volgnummer'], additionalProperties: false, properties: { volgnummer } });

const door = (g: Grant) => ({ sub: g.sub, organisatie: g.organisatie, rol: g.rol, team: g.team });

/**
 * The policy's versions, for the gateway only (a grant with `intern: beleid`): `POST /beleid/stroom` (the
 * schedule, kept current: Beleidsstroom), `/beleid/versies` (the history), `/beleid/bestanden` {volgnummer}
 * (one version's texts), and for a privacy officer `/beleid/voorstel` and `/beleid/besluit`, each step
 * recorded in the toegangslog with it. At start-up the first version is taken from POLICIES_DIR (else
 * policies/) when the registry holds none. Whose say a proposal needs netwerk computes itself, with each
 * category's holders from the composed supergraph at NETWERK_SUPERGRAPH (else gateway/supergraph.graphql).
 */
export async function beleidRoutes(app: express.Express, { dataSource, verifieerGrant, grantSleutel }: { dataSource: DataSource; verifieerGrant: GrantVerifier; grantSleutel: JWK }): Promise<{ stop(): Promise<void> }> {
  await voerEersteVersieIn(dataSource, process.env.POLICIES_DIR ?? STANDAARD_POLICIES);
  const zeggenschap = zeggenschapVolgens(process.env.NETWERK_SUPERGRAPH ?? STANDAARD_SUPERGRAPH);
  const stroom = new Beleidsstroom(dataSource);
  await stroom.start();
  const json = express.json({ limit: '2mb' });
  /** A route the gateway calls with its grant; `alleenFunctionaris`: only on behalf of a privacy officer. */
  const route = (pad: string, alleenFunctionaris: boolean, behandel: (grant: Grant, req: Request, res: Response) => Promise<unknown>) => app.post(pad, json, async (req, res) => {
    let grant: Grant;
    try {
      grant = await verifieerGrant(req.headers[GRANT_HEADER], { pad, body: req.body ?? null });
    } catch (e) {
      return void res.status(401).json({ fout: e instanceof GraphQLError ? e.message : 'Geen geldige grant van de gateway' });
    }
    if (grant.intern !== BELEID_INTERN) return void res.status(403).json({ fout: 'Het beleid gaat alleen via de gateway' });
    if (alleenFunctionaris && grant.rol !== 'privacyfunctionaris') return void res.status(403).json({ fout: 'Alleen een privacyfunctionaris stelt beleid voor of besluit erover' });
    try {
      await behandel(grant, req, res);
    } catch (e) {
      if (e instanceof ZeggenschapOnbekend) return void res.status(503).json({ fout: e.message });
      if (e instanceof BeleidsstapGeweigerd) return void res.status(e.fouten ? 400 : 409).json({ fout: e.message, ...(e.fouten ? { fouten: e.fouten } : {}) });
      logger.error({ err: e }, `beleid: ${pad} mislukt`);
      if (!res.headersSent) res.status(503).json({ fout: 'Het beleidsregister kon niet worden bijgewerkt of gelezen' });
    }
  });
  route('/beleid/stroom', false, (_g, _req, res) => stroom.volg(res));
  route('/beleid/versies', false, async (_g, _req, res) => res.json({ versies: await versies(dataSource) }));
  route('/beleid/bestanden', false, async (_g, req, res) => {
    if (!geldigNummer(req.body)) return res.status(400).json({ fout: 'Noem de versie (volgnummer)' });
    const versie = await bestandenVan(dataSource, req.body.volgnummer);
    return versie ? res.json(versie) : res.status(404).json({ fout: `Er is geen versie ${req.body.volgnummer}` });
  });
  route('/beleid/voorstel', true, async (g, req, res) => {
    if (!geldigVoorstel(req.body)) return res.status(400).json({ fout: `Ongeldig voorstel: ${ajv.errorsText(geldigVoorstel.errors)}` });
    return res.json({ volgnummer: await stelVoor(dataSource, door(g), req.body, zeggenschap, grantSleutel) });
  });
  route('/beleid/besluit', true, async (g, req, res) => {
    if (!geldigBesluit(req.body)) return res.status(400).json({ fout: `Ongeldig besluit: ${ajv.errorsText(geldigBesluit.errors)}` });
    return res.json({ versie: await beslis(dataSource, door(g), req.body.volgnummer, req.body.oordeel, req.body.reden, req.body.bewijs, grantSleutel) });
  });
  return stroom;
}

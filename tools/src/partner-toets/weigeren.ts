import { createPublicKey, randomUUID } from 'node:crypto';

import { Besluiten, GRANT_ALGORITME, maakGrantSleutelpaar, MAX_HUISHOUDENS_PER_VERZOEK, PARTNER_NAMEN } from '@netwerkdossier/shared';
import { decodeJwt, importJWK, JWK, JWTPayload, SignJWT } from 'jose';

import { beoordeel, EisId, nietGetoetst, Uitslag } from './eisen';
import { representaties, Steekproef } from './steekproef';
import { Antwoord, beschrijf, graphqlVerzoek, isGeweigerd, Partnerverbinding, SDL_QUERY } from './verbinding';

/** The three kinds of request a partner answers: all three must refuse alike. */
interface Bewerking {
  naam: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whether an answer is a real one (so a refusal test means something). */
  beantwoord(a: Antwoord): boolean;
}

function bewerkingen(steekproef: Steekproef): Bewerking[] {
  const data = (a: Antwoord) => (a.body?.data ?? null) as Record<string, unknown> | null;
  return [
    { naam: 'gewone vraag', query: 'query { __typename }', beantwoord: (a) => data(a)?.__typename === 'Query' },
    {
      naam: '_entities',
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Huishouden { id } } }',
      variables: { r: representaties(steekproef.onderwerpen.slice(0, 1)) },
      beantwoord: (a) => Array.isArray(data(a)?._entities),
    },
    { naam: '_service', query: SDL_QUERY, beantwoord: (a) => typeof (data(a)?._service as { sdl?: unknown } | undefined)?.sdl === 'string' },
  ];
}

const deel = (waarde: object) => Buffer.from(JSON.stringify(waarde)).toString('base64url');
const nu = () => Math.floor(Date.now() / 1000);

/** The claims of a valid grant with a fresh jti, changed by `claims`, signed anew: ES256 with a JWK, or HS256 with a secret. */
async function herteken(token: string, claims: JWTPayload, sleutel: JWK | Uint8Array): Promise<string> {
  const payload = { ...decodeJwt(token), jti: randomUUID(), ...claims };
  if (sleutel instanceof Uint8Array) return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(sleutel);
  return new SignJWT(payload).setProtectedHeader({ alg: GRANT_ALGORITME, typ: 'JWT' }).sign(await importJWK(sleutel, GRANT_ALGORITME));
}

/** The forms in which a verifier that lets the token choose its algorithm may take a public key as HMAC secret: PEM and JWK. */
function publiekAlsGeheim(prive: JWK): Uint8Array[] {
  const { d: _d, ...publiek } = prive;
  const pem = createPublicKey({ key: publiek, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
  return [pem, JSON.stringify(publiek)].map((tekst) => new TextEncoder().encode(tekst));
}

/**
 * Decisions as large as the gateway sends: a full page of households, each with seven members and masks of
 * their own (so no grouping makes the grant smaller), beside the sample's own households.
 */
function groteBesluiten(reikwijdte: readonly string[]): Besluiten {
  const besluiten: Besluiten = { huishoudens: new Map(), personen: new Map() };
  for (let h = 0; h < MAX_HUISHOUDENS_PER_VERZOEK; h++) {
    besluiten.huishoudens.set(reikwijdte[h] ?? randomUUID(), { zichtbaar: h + 1, geanonimiseerd: 0 });
    for (let p = 1; p <= 7; p++) besluiten.personen.set(randomUUID(), { zichtbaar: h * 7 + p, geanonimiseerd: 1 << 11 });
  }
  return besluiten;
}

/** The request a grant for this operation is bound to. */
const verzoekVan = (op: Bewerking) => graphqlVerzoek(op.query, op.variables);

/** 1.12: a grant for one operation, used for another one or with other variables. */
async function toetsAnderVerzoek(verbinding: Partnerverbinding, ops: Bewerking[], geldig: (op: Bewerking) => Promise<string>): Promise<Uitslag> {
  const gezien: string[] = [];
  for (const [i, op] of ops.entries()) {
    const ander = ops[(i + 1) % ops.length];
    const a = await verbinding.vraag(ander.query, ander.variables, await geldig(op));
    if (!isGeweigerd(a)) gezien.push(`grant voor ${op.naam}, gebruikt voor ${ander.naam}: niet geweigerd (${beschrijf(a)})`);
  }
  const entiteiten = ops.find((op) => op.variables)!;
  const a = await verbinding.vraag(entiteiten.query, { r: [{ __typename: 'Huishouden', id: randomUUID() }] }, await geldig(entiteiten));
  if (!isGeweigerd(a)) gezien.push(`grant voor ${entiteiten.naam}, gebruikt met andere variabelen: niet geweigerd (${beschrijf(a)})`);
  return beoordeel('1.12', gezien);
}

/** 1.13: a grant used at one process of the partner, used again at another on the same database. */
async function toetsReplica(verbinding: Partnerverbinding, ops: Bewerking[], geldig: (op: Bewerking) => Promise<string>, replica: string | undefined): Promise<Uitslag> {
  if (!replica) return nietGetoetst('1.13', 'geef een tweede adres van de partner op dezelfde database (--replica): een herstart of een andere replica ziet de kit alleen zo');
  const gezien: string[] = [];
  for (const op of ops) {
    const vers = await verbinding.vraag(op.query, op.variables, await geldig(op), replica);
    if (!op.beantwoord(vers)) {
      gezien.push(`${op.naam}: ${replica} beantwoordt ook een verse grant niet (${beschrijf(vers)})`);
      continue;
    }
    const grant = await geldig(op);
    const eerste = await verbinding.vraag(op.query, op.variables, grant);
    const tweede = await verbinding.vraag(op.query, op.variables, grant, replica);
    if (!op.beantwoord(eerste)) gezien.push(`${op.naam}: de eerste keer al niet beantwoord (${beschrijf(eerste)})`);
    else if (!isGeweigerd(tweede)) gezien.push(`${op.naam}: bij ${replica} niet geweigerd (${beschrijf(tweede)})`);
  }
  return beoordeel('1.13', gezien);
}

/**
 * Requirement group 1: a partner answers only on a valid grant of the gateway, for the request it was
 * given for, once, for every kind of request. Each case is tried on an ordinary query, `_entities` and `_service`.
 */
export async function toetsWeigeren(verbinding: Partnerverbinding, steekproef: Steekproef, sleutel: JWK, replica?: string): Promise<Uitslag[]> {
  const reikwijdte = steekproef.huishoudens.map((h) => h.id);
  const geldig = async (op: Bewerking) => (await verbinding.grant(verzoekVan(op), { reikwijdte })).token;
  const vals = (await maakGrantSleutelpaar()).prive;
  const anderePartner = PARTNER_NAMEN.find((p) => p !== verbinding.naam) ?? 'een-andere-partner';
  const ops = bewerkingen(steekproef);

  const gezienBijGeldig: string[] = [];
  for (const op of ops) {
    const a = await verbinding.vraag(op.query, op.variables, await geldig(op));
    if (!op.beantwoord(a)) gezienBijGeldig.push(`${op.naam}: ${beschrijf(a)}`);
  }
  const groot = await verbinding.grant(verzoekVan(ops[1]), { reikwijdte, besluiten: groteBesluiten(reikwijdte) });
  const grootAntwoord = await verbinding.vraag(ops[1].query, ops[1].variables, groot.token);
  if (!ops[1].beantwoord(grootAntwoord)) gezienBijGeldig.push(`${ops[1].naam} met een grant van ${Math.round(groot.token.length / 1024)} KiB (${MAX_HUISHOUDENS_PER_VERZOEK} huishoudens): ${beschrijf(grootAntwoord)}`);
  const uitslagen: Uitslag[] = [beoordeel('1.0', gezienBijGeldig)];
  // per case the grants to try, by what they are
  const gevallen: Array<[EisId, (op: Bewerking) => Promise<Array<[string, string | undefined]>>]> = [
    ['1.1', async () => [['zonder grant', undefined]]],
    ['1.2', async (op) => [['andere sleutel', (await verbinding.grant(verzoekVan(op), { reikwijdte }, vals)).token]]],
    ['1.3', async (op) => {
      const token = await geldig(op);
      const [kop, , handtekening] = token.split('.');
      return [['ruimere reikwijdte na ondertekening', `${kop}.${deel({ ...decodeJwt(token), reikwijdte: [...reikwijdte, ...steekproef.anderen.map((h) => h.id)] })}.${handtekening}`]];
    }],
    ['1.4', async (op) => [['alg none', `${deel({ alg: 'none', typ: 'JWT' })}.${deel({ ...decodeJwt(await geldig(op)), jti: randomUUID() })}.`]]],
    ['1.5', async (op) => Promise.all(publiekAlsGeheim(sleutel).map(async (geheim, i): Promise<[string, string]> => [i ? 'HS256, sleutel als JWK' : 'HS256, sleutel als PEM', await herteken(await geldig(op), {}, geheim)]))],
    ['1.6', async (op) => [['iss niet-de-gateway', await herteken(await geldig(op), { iss: 'niet-de-gateway' }, sleutel)]]],
    ['1.7', async (op) => [[`aud ${anderePartner}`, (await verbinding.grant(verzoekVan(op), { reikwijdte, subgraph: anderePartner })).token]]],
    ['1.8', async (op) => [['twee minuten verlopen', (await verbinding.grant(verzoekVan(op), { reikwijdte, geldigheid: -120 })).token]]],
    // 20 s ahead: past the few seconds of clock difference a partner may allow, still within the grant's life
    ['1.9', async (op) => [['nbf over 20 seconden', await herteken(await geldig(op), { nbf: nu() + 20 }, sleutel)], ['iat over 20 seconden', await herteken(await geldig(op), { iat: nu() + 20 }, sleutel)]]],
    ['1.10', async (op) => [['een uur geldig', (await verbinding.grant(verzoekVan(op), { reikwijdte, geldigheid: 3600 })).token]]],
  ];
  if (gezienBijGeldig.length) {
    for (const id of [...gevallen.map(([id]) => id), '1.11' as const, '1.12' as const, '1.13' as const]) uitslagen.push(nietGetoetst(id, 'de partner beantwoordt ook een geldige grant niet (1.0): dat hij weigert zegt dan niets'));
    return uitslagen;
  }
  for (const [id, grants] of gevallen) {
    const gezien: string[] = [];
    for (const op of ops) {
      for (const [wat, grant] of await grants(op)) {
        const a = await verbinding.vraag(op.query, op.variables, grant);
        if (!isGeweigerd(a)) gezien.push(`${op.naam}, ${wat}: niet geweigerd (${beschrijf(a)})`);
      }
    }
    uitslagen.push(beoordeel(id, gezien));
  }
  const herhaald: string[] = [];
  for (const op of ops) {
    const grant = await geldig(op);
    const eerste = await verbinding.vraag(op.query, op.variables, grant);
    if (!op.beantwoord(eerste)) herhaald.push(`${op.naam}: de eerste keer al niet beantwoord (${beschrijf(eerste)})`);
    const tweede = await verbinding.vraag(op.query, op.variables, grant);
    if (!isGeweigerd(tweede)) herhaald.push(`${op.naam}: de tweede keer niet geweigerd (${beschrijf(tweede)})`);
  }
  uitslagen.push(beoordeel('1.11', herhaald), await toetsAnderVerzoek(verbinding, ops, geldig), await toetsReplica(verbinding, ops, geldig, replica));
  return uitslagen;
}

import { randomUUID } from 'node:crypto';

import { GRANT_ALGORITME, maakGrantSleutelpaar } from '@netwerkdossier/shared';
import { decodeJwt, importJWK, JWK, SignJWT } from 'jose';

import { beoordeel, EisId, nietGetoetst, Uitslag } from './eisen';
import { PARTNERS } from './partners';
import { representaties, Steekproef } from './steekproef';
import { Antwoord, beschrijf, isGeweigerd, Partnerverbinding } from './verbinding';

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
    { naam: '_service', query: 'query { _service { sdl } }', beantwoord: (a) => typeof (data(a)?._service as { sdl?: unknown } | undefined)?.sdl === 'string' },
  ];
}

function base64url(waarde: object): string {
  return Buffer.from(JSON.stringify(waarde)).toString('base64url');
}

/** A grant like a valid one with a fresh jti, changed by `wijziging`, signed with `sleutel` (none: alg none). */
async function herteken(token: string, wijziging: Record<string, unknown>, sleutel: JWK | null): Promise<string> {
  const payload = { ...decodeJwt(token), jti: randomUUID(), ...wijziging };
  if (!sleutel) return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
  return new SignJWT(payload).setProtectedHeader({ alg: GRANT_ALGORITME, typ: 'JWT' }).sign(await importJWK(sleutel, GRANT_ALGORITME));
}

/**
 * Requirement group 1: a partner answers only on a valid grant of the gateway, for every kind of request.
 * Each case is tried on an ordinary query, `_entities` and `_service`.
 */
export async function toetsWeigeren(verbinding: Partnerverbinding, steekproef: Steekproef, sleutel: JWK): Promise<Uitslag[]> {
  const reikwijdte = steekproef.huishoudens.map((h) => h.id);
  const geldig = async () => (await verbinding.grant({ reikwijdte })).token;
  const vals = (await maakGrantSleutelpaar()).prive;
  const anderePartner = PARTNERS.find((p) => p !== verbinding.naam) ?? 'een-andere-partner';
  const ops = bewerkingen(steekproef);

  const gezienBijGeldig: string[] = [];
  for (const op of ops) {
    const a = await verbinding.vraag(op.query, op.variables, await geldig());
    if (!op.beantwoord(a)) gezienBijGeldig.push(`${op.naam}: ${beschrijf(a)}`);
  }
  const uitslagen: Uitslag[] = [beoordeel('1.0', gezienBijGeldig)];
  const gevallen: Array<[EisId, () => Promise<string | undefined>]> = [
    ['1.1', async () => undefined],
    ['1.2', async () => (await verbinding.grant({}, vals)).token],
    ['1.3', async () => herteken(await geldig(), {}, null)],
    ['1.4', async () => (await verbinding.grant({ reikwijdte, geldigheid: -120 })).token],
    ['1.5', async () => (await verbinding.grant({ reikwijdte, geldigheid: 3600 })).token],
    ['1.6', async () => herteken(await geldig(), { iss: 'niet-de-gateway' }, sleutel)],
    ['1.7', async () => (await verbinding.grant({ reikwijdte, subgraph: anderePartner })).token],
  ];
  if (gezienBijGeldig.length) {
    for (const [id] of [...gevallen, ['1.8'] as const]) uitslagen.push(nietGetoetst(id, 'de partner beantwoordt ook een geldige grant niet (1.0): dat hij weigert zegt dan niets'));
    return uitslagen;
  }
  for (const [id, maakGrant] of gevallen) {
    const gezien: string[] = [];
    for (const op of ops) {
      const a = await verbinding.vraag(op.query, op.variables, await maakGrant());
      if (!isGeweigerd(a)) gezien.push(`${op.naam}: niet geweigerd (${beschrijf(a)})`);
    }
    uitslagen.push(beoordeel(id, gezien));
  }
  const herhaald: string[] = [];
  for (const op of ops) {
    const grant = await geldig();
    const eerste = await verbinding.vraag(op.query, op.variables, grant);
    if (!op.beantwoord(eerste)) herhaald.push(`${op.naam}: de eerste keer al niet beantwoord (${beschrijf(eerste)})`);
    const tweede = await verbinding.vraag(op.query, op.variables, grant);
    if (!isGeweigerd(tweede)) herhaald.push(`${op.naam}: de tweede keer niet geweigerd (${beschrijf(tweede)})`);
  }
  uitslagen.push(beoordeel('1.8', herhaald));
  return uitslagen;
}

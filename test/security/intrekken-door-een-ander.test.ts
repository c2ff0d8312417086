import { randomUUID } from 'node:crypto';

import { demoHuishouden, PROFESSIONALS } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { GraphQLAntwoord, MET_VERANTWOORDING, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { AANTAL, zonderGevolg } from './registraties';

const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
// a duo household with consents enough to revoke one per case, all registered by the duo partner
const huishouden = wereld.find((h) => h.toestemmingen.length >= 6)!;
const duo = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie !== 'lokaal-team')!;
const regiehouder = huishouden.betrokkenheden.find((b) => b.regiehouder)!;
// an RVT member the regiehouder brings in for a mere consultatie
const consulent = PROFESSIONALS.find((p) => p.vormen.includes('consultatie') && p.organisatie !== 'lokaal-team' && p.sub !== duo.professional)!;
const [vanDuo, vanRegiehouder, vanPersoon, oud, nieuw] = huishouden.toestemmingen;

const INTREKKEN = 'mutation ($id: ID!) { trekToestemmingIn(id: $id) { id } }';
const REGISTREER_TOESTEMMING = 'mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id } }';
const REGISTREER_BETROKKENHEID = 'mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { vorm } }';
const ONBEKEND = {
  data: null,
  errors: [expect.objectContaining({
    message: 'Toestemming niet ingetrokken: deze toestemming is niet bekend, of u mag haar niet intrekken (dat mag wie haar vastlegde, de regiehouder van het huishouden, en het gezinslid om wie het gaat of dat haar gaf)',
    extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
  })],
  extensions: MET_VERANTWOORDING,
};

/** A consent is revoked by the person, one who gave it, or the professional or regiehouder who registered it; anyone else hears "unknown". */
describe('een toestemming intrekken die een ander vastlegde', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  const trekIn = async (persona: string, id: string) => netwerk.vraag(INTREKKEN, { token: await netwerk.token(persona), variables: { id } });
  const ingetrokken = async (id: string) => (await db.query<{ ingetrokken_op: Date | null }>('SELECT ingetrokken_op FROM toestemming WHERE id = $1', [id])).rows[0].ingetrokken_op !== null;
  /** The revocation's answer, whole, and that it changed nothing: the same as for an id that does not exist. */
  const alsOnbekend = async (persona: string, id: string): Promise<GraphQLAntwoord> => {
    const antwoord = await zonderGevolg(netwerk, () => trekIn(persona, id));
    const onbekend = await zonderGevolg(netwerk, () => trekIn(persona, randomUUID()));
    const zonderAuditId = (a: GraphQLAntwoord) => ({ ...a, body: { ...a.body, extensions: { ...a.body.extensions, auditId: undefined } } });
    expect(zonderAuditId(antwoord)).toEqual(zonderAuditId(onbekend));
    expect(antwoord.body).toEqual(ONBEKEND);
    expect(await ingetrokken(id)).toBe(false);
    return antwoord;
  };

  beforeAll(async () => {
    netwerk = await startTestNetwerk('intrekken-door-een-ander', AANTAL);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const consultatie = await netwerk.vraag(REGISTREER_BETROKKENHEID, {
      token: await netwerk.token(regiehouder.professional),
      variables: { i: { huishouden: huishouden.id, organisatie: consulent.organisatie.replace('-', '_'), team: consulent.team, professional: consulent.sub, vorm: 'consultatie', regiehouder: false, vanaf: '2026-01-01' } },
    });
    expect(consultatie.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
  });

  test('een professional die alleen in een consultatie betrokken is: hetzelfde antwoord als voor een onbekend id, en de toestemming blijft', async () => {
    await alsOnbekend(consulent.sub, vanDuo.id);
  });

  test('een professional die niet betrokken is: hetzelfde antwoord als voor een onbekend id', async () => {
    await alsOnbekend('rvt-pieter', vanDuo.id);
  });

  test('wie de toestemming vastlegde, trekt haar in', async () => {
    expect((await trekIn(duo.professional, vanDuo.id)).body).toEqual({ data: { trekToestemmingIn: { id: vanDuo.id } }, extensions: MET_VERANTWOORDING });
    expect(await ingetrokken(vanDuo.id)).toBe(true);
  });

  test('de regiehouder trekt een toestemming in die een ander vastlegde', async () => {
    expect((await trekIn(regiehouder.professional, vanRegiehouder.id)).body.errors).toBeUndefined();
    expect(await ingetrokken(vanRegiehouder.id)).toBe(true);
  });

  test('het gezinslid om wie het gaat trekt haar in', async () => {
    const antwoord = await netwerk.vraag(INTREKKEN, { token: await netwerk.clientToken(vanPersoon.persoon), doel: 'inzage', variables: { id: vanPersoon.id } });
    expect(antwoord.body.errors).toBeUndefined();
    expect(await ingetrokken(vanPersoon.id)).toBe(true);
  });

  test('een toestemming van voor het vastleggen van de registrant: de duopartner niet, de regiehouder wel', async () => {
    // as the migration leaves a row registered before who registered was recorded
    await db.query('UPDATE toestemming SET geregistreerd_door = NULL, geregistreerd_door_organisatie = NULL WHERE id = $1', [oud.id]);
    await alsOnbekend(duo.professional, oud.id);
    expect((await trekIn(regiehouder.professional, oud.id)).body.errors).toBeUndefined();
    expect(await ingetrokken(oud.id)).toBe(true);
  });

  test('een nieuwe toestemming legt vast wie haar registreerde: die trekt haar in, de consulent niet', async () => {
    const antwoord = await netwerk.vraag(REGISTREER_TOESTEMMING, {
      token: await netwerk.token(duo.professional),
      variables: { i: { persoon: nieuw.persoon, gegevenDoor: nieuw.gegevenDoor, ontvangerOrganisatie: 'raad', categorieen: ['hulpverlening'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier TF-intrekken', geldigVanaf: '2026-01-01' } },
    });
    expect(antwoord.body.errors).toBeUndefined();
    const { id } = (antwoord.body.data as { registreerToestemming: { id: string } }).registreerToestemming;
    const { rows } = await db.query('SELECT geregistreerd_door, geregistreerd_door_organisatie FROM toestemming WHERE id = $1', [id]);
    expect(rows).toEqual([{ geregistreerd_door: duo.professional, geregistreerd_door_organisatie: duo.organisatie }]);
    await alsOnbekend(consulent.sub, id);
    expect((await trekIn(duo.professional, id)).body.errors).toBeUndefined();
  });
});

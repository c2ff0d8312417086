import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { duoHuishoudenVanEva } from '../harness/testwereld';

const AANTAL = 40;
const huishouden = duoHuishoudenVanEva(TEST_SEED, AANTAL);
const REDEN = 'Het kind vertelde op school over geweld thuis gisteravond; de vader weigert toestemming en er is acuut gevaar voor de veiligheid.';
const REGISTREER = /* GraphQL */ `mutation ($i: DoorbraakInvoer!) { registreerDoorbraak(invoer: $i) { personen categorieen eindigtOp beleidsversie } }`;

describe('doorbraak: zichtbaar voor de duur, daarna weer dicht; nooit melder of vertrouwelijk', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('doorbraak', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const breek = async (invoer: Record<string, unknown>, persona = 'rvt-eva') =>
    netwerk.vraag(REGISTREER, { token: await netwerk.token(persona), variables: { i: { huishouden: huishouden.id, personen: huishouden.leden.map((l) => l.id), categorieen: ['hulpverlening'], reden: REDEN, uren: 1, ...invoer } } });
  const gezinsplan = async () =>
    netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { gezinsplan { vastgesteldOp } } }', { token: await netwerk.token('rvt-eva'), variables: { id: huishouden.id } });
  const zichtbaar = (antwoord: Awaited<ReturnType<typeof gezinsplan>>) => JSON.stringify(antwoord.body.data).includes('vastgesteldOp');

  test('zonder doorbraak is het gezinsplan afgeschermd', async () => {
    expect(zichtbaar(await gezinsplan())).toBe(false);
  });

  test('wat nooit mag, wordt geweigerd', async () => {
    const antwoord = await breek({ categorieen: ['hulpverlening', 'melder', 'vertrouwelijk'], reden: 'zorgen', uren: 100 });
    expect(antwoord.body.errors?.[0].message).toBe(
      'Doorbraak geweigerd: schrijf de reden uit (minstens 40 tekens en vijf verschillende woorden): welke ernstige zorg over veiligheid, en waarom toestemming nu niet kan; een doorbraak duurt 1 tot 72 uur; een doorbraak opent nooit melder; een doorbraak opent nooit vertrouwelijk',
    );
    const nietBetrokken = await breek({}, 'rvt-pieter');
    expect(nietBetrokken.body.errors?.[0]).toMatchObject({ message: 'Doorbraak geweigerd: dit huishouden is niet bekend, of u bent er niet bij betrokken', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
  });

  test('met een doorbraak is het zichtbaar, na afloop niet meer', async () => {
    const antwoord = await breek({});
    expect(antwoord.body.errors).toBeUndefined();
    const doorbraak = (antwoord.body.data as { registreerDoorbraak: { eindigtOp: string; beleidsversie: string } }).registreerDoorbraak;
    expect(Date.parse(doorbraak.eindigtOp) - Date.now()).toBeGreaterThan(55 * 60_000);
    expect(doorbraak.beleidsversie).toMatch(/^sha256:/);
    expect(zichtbaar(await gezinsplan())).toBe(true);

    // the hour passes: move the end into the past in the registry, as time would
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    await db.query("UPDATE doorbraak SET eindigt_op = now() - interval '1 second' WHERE huishouden_id = $1", [huishouden.id]);
    await db.end();
    expect(zichtbaar(await gezinsplan())).toBe(false);
  });

  test('de toegang op de doorbraak staat in de wachtrij van de privacyfunctionaris, met de reden, en sluit af met een conclusie', async () => {
    const WACHTRIJ = '{ beoordelingen { id volgnummers soort wie reden conclusie } }';
    const ingrid = await netwerk.token('fg-ingrid');
    const wachtrij = async () => ((await netwerk.vraag(WACHTRIJ, { token: ingrid, doel: 'toezicht' })).body.data as { beoordelingen: Array<{ id: string; volgnummers: number[]; soort: string; wie: string; reden: string; conclusie: string | null }> }).beoordelingen;
    const open = (await wachtrij()).filter((b) => b.soort === 'doorbraak' && b.wie === 'rvt-eva');
    expect(open.length).toBeGreaterThan(0);
    expect(open[0]).toMatchObject({ reden: REDEN, conclusie: null });
    const zelf = await netwerk.vraag(WACHTRIJ, { token: await netwerk.token('rvt-eva') });
    expect(zelf.body.errors?.[0]).toMatchObject({ message: 'Alleen de privacyfunctionaris beoordeelt toegang', extensions: { code: 'FORBIDDEN' } });

    const beoordeel = async (conclusie: string) => netwerk.vraag('mutation ($i: String!, $c: String!) { sluitBeoordeling(item: $i, conclusie: $c) { conclusie } }', { token: ingrid, doel: 'toezicht', variables: { i: open[0].id, c: conclusie } });
    expect((await beoordeel('ok')).body.errors?.[0].message).toMatch(/^Schrijf de conclusie uit/);
    const conclusie = 'Terecht: acuut gevaar gemeld door school, toestemming niet op tijd te krijgen; geen vervolg nodig.';
    expect((await beoordeel(conclusie)).body.data).toEqual({ sluitBeoordeling: { conclusie } });
    expect((await beoordeel(conclusie)).body.errors?.[0].message).toBe('Deze beoordeling is al afgesloten');
    expect((await wachtrij()).find((b) => b.id === open[0].id)).toMatchObject({ conclusie });
    // the conclusion is itself in the toegangslog
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query("SELECT sub, inhoud FROM toegangslog WHERE actie = 'registratie/beoordeling'");
    await db.end();
    expect(rows).toEqual([{ sub: 'fg-ingrid', inhoud: { grondslag: open[0].id.split('#')[0], volgnummers: open[0].volgnummers, conclusie } }]);
    const vandaag = new Date().toISOString().slice(0, 10);
    const cijfers = await netwerk.vraag(`{ toegangscijfers(vanaf: "${vandaag}", tot: "${vandaag}") { raadplegingen perGrondslag perOrganisatie doorbraken metAfscherming beoordeeld weigeringen vervallen } }`, { token: ingrid, doel: 'toezicht' });
    // rvt-eva asking for the queue above was refused, and that refusal counts
    expect(cijfers.body.data).toEqual({ toegangscijfers: { raadplegingen: expect.any(Number), perGrondslag: expect.objectContaining({ doorbraak: expect.any(Number) }), perOrganisatie: expect.objectContaining({ 'veilig-thuis': expect.any(Number) }), doorbraken: 1, metAfscherming: expect.any(Number), beoordeeld: 1, weigeringen: 1, vervallen: 0 } });
    const { toegangscijfers: c } = cijfers.body.data as { toegangscijfers: { raadplegingen: number; perGrondslag: Record<string, number>; metAfscherming: number } };
    expect(c.raadplegingen).toBeGreaterThanOrEqual(3);
    expect(c.perGrondslag.doorbraak).toBeGreaterThan(0);
    expect(c.metAfscherming).toBeGreaterThan(0);
  });

  test('eerder beëindigen: alleen door wie hem deed, daarna meteen dicht, en vastgelegd zoals het begin', async () => {
    expect((await breek({})).body.errors).toBeUndefined();
    const lopend = async (sub: string) => ((await netwerk.vraag('{ mijnDoorbraken { id huishouden eindigtOp } }', { token: await netwerk.token(sub) })).body.data as { mijnDoorbraken: Array<{ id: string; huishouden: string }> }).mijnDoorbraken;
    const [eigen] = await lopend('rvt-eva');
    expect(eigen).toMatchObject({ huishouden: huishouden.id });
    expect(zichtbaar(await gezinsplan())).toBe(true);
    // another professional involved with the household sees none of it and cannot end it
    const ander = huishouden.betrokkenheden.find((b) => b.professional !== 'rvt-eva' && b.vorm !== 'consultatie')!.professional;
    expect(await lopend(ander)).toEqual([]);
    const BEEINDIG = 'mutation ($id: ID!) { beeindigDoorbraak(id: $id) { id eindigtOp } }';
    const vanAnder = await netwerk.vraag(BEEINDIG, { token: await netwerk.token(ander), variables: { id: eigen.id } });
    expect(vanAnder.body.errors?.[0]).toMatchObject({ message: 'Doorbraak geweigerd: deze doorbraak is niet van u, of loopt niet meer', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
    expect(zichtbaar(await gezinsplan())).toBe(true);

    const beeindigd = await netwerk.vraag(BEEINDIG, { token: await netwerk.token('rvt-eva'), variables: { id: eigen.id } });
    expect(beeindigd.body.errors).toBeUndefined();
    expect(zichtbaar(await gezinsplan())).toBe(false);
    expect(await lopend('rvt-eva')).toEqual([]);
    const nogmaals = await netwerk.vraag(BEEINDIG, { token: await netwerk.token('rvt-eva'), variables: { id: eigen.id } });
    expect(nogmaals.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query("SELECT sub, inhoud->>'doorbraak' AS doorbraak FROM toegangslog WHERE actie = 'registratie/doorbraak-beeindigd'");
    await db.end();
    expect(rows).toEqual([{ sub: 'rvt-eva', doorbraak: eigen.id }]);
  });
});

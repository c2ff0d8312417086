import { DEMO_PEILJAAR, demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 40;
// a duo household with an RVT partner from Veilig Thuis, children included
const huishouden = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).find(
  (h) => h.betrokkenheden.some((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis') && h.leden.some((l) => l.rol === 'kind' && DEMO_PEILJAAR - l.geboortejaar < 17),
)!;
const rvt = huishouden.betrokkenheden.find((b) => b.vorm === 'duo' && b.organisatie === 'veilig-thuis')!.professional;

const REGISTREER = /* GraphQL */ `mutation ($i: ToestemmingInvoer!) { registreerToestemming(invoer: $i) { id persoon gegevenDoor categorieen doel } }`;
const GEZINSPLAN = /* GraphQL */ `query ($id: ID!) { huishouden(id: $id) { gezinsplan { vastgesteldOp } } }`;

describe('toestemming registreren en intrekken', () => {
  let netwerk: TestNetwerk;
  const ids: string[] = [];
  const auditIds: string[] = [];
  beforeAll(async () => {
    netwerk = await startTestNetwerk('toestemming', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const registreer = async (invoer: Record<string, unknown>) =>
    netwerk.vraag(REGISTREER, {
      token: await netwerk.token(rvt),
      variables: { i: { ontvangerOrganisatie: 'veilig_thuis', categorieen: ['hulpverlening'], doel: 'gezamenlijk-plan', vorm: 'schriftelijk', bewijs: 'Formulier TF-test', geldigVanaf: '2026-01-01', ...invoer } },
    });
  const gezinsplan = async () => netwerk.vraag(GEZINSPLAN, { token: await netwerk.token(rvt), variables: { id: huishouden.id } });

  test('toestemming van ieder gezinslid (een kind: het kind en wie gezag heeft) opent het gezinsplan voor de RVT-partner', async () => {
    for (const lid of huishouden.leden) {
      const minderjarig = DEMO_PEILJAAR - lid.geboortejaar < 18;
      const gezag = huishouden.gezag.filter((g) => g.kind === lid.id).map((g) => g.gezaghebbende);
      const antwoord = await registreer({ persoon: lid.id, gegevenDoor: minderjarig ? [lid.id, ...gezag] : [lid.id] });
      expect(antwoord.body.errors).toBeUndefined();
      ids.push((antwoord.body.data as { registreerToestemming: { id: string } }).registreerToestemming.id);
      auditIds.push(antwoord.body.extensions?.auditId as string);
    }
    // every registration is in the toegangslog, written in the same transaction, under the request's audit id
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query<{ actie: string; sub: string; personen: string[] }>('SELECT actie, sub, personen FROM toegangslog WHERE audit_id = ANY($1) ORDER BY volgnummer', [auditIds]);
    await db.end();
    expect(rows).toEqual(huishouden.leden.map((l) => ({ actie: 'registratie/toestemming', sub: rvt, personen: [l.id] })));
    const antwoord = await gezinsplan();
    expect((antwoord.body.data as { huishouden: { gezinsplan: unknown } }).huishouden.gezinsplan).not.toBeNull();
    expect(antwoord.body.extensions?.afgeschermd).toEqual([]);
    // the lokaal team's Top3 and MDO besluiten come along; an RVT member not on the case gets nothing
    const plan = 'query ($id: ID!) { huishouden(id: $id) { top3 { datum zorgen { tekst } krachten { tekst } } mdoVerslagen { datum besluiten { tekst } } } }';
    const duo = await netwerk.vraag(plan, { token: await netwerk.token(rvt), variables: { id: huishouden.id } });
    expect(duo.body.errors).toBeUndefined();
    expect(duo.body.extensions?.afgeschermd).toEqual([]);
    const { top3, mdoVerslagen } = (duo.body.data as { huishouden: { top3: unknown[]; mdoVerslagen: unknown[] } }).huishouden;
    expect(top3.length + mdoVerslagen.length).toBeGreaterThan(0);
    const buitenstaander = await netwerk.vraag(plan, { token: await netwerk.token('rvt-pieter'), variables: { id: huishouden.id } });
    expect(buitenstaander.body.data).toEqual({ huishouden: null });
  });

  test('ingetrokken: het volgende verzoek schermt af, met de reden', async () => {
    const kind = huishouden.leden.find((l) => l.rol === 'kind' && DEMO_PEILJAAR - l.geboortejaar < 17)!;
    // every consent that covers the child's hulpverlening: the one above and any from the demo world
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query<{ id: string }>("SELECT id FROM toestemming WHERE persoon_id = $1 AND 'hulpverlening' = ANY(categorieen) AND ingetrokken_op IS NULL", [kind.id]);
    await db.end();
    expect(rows.map((r) => r.id)).toContain(ids[huishouden.leden.indexOf(kind)]);
    for (const { id } of rows) {
      const intrekking = await netwerk.vraag('mutation ($id: ID!) { trekToestemmingIn(id: $id) { ingetrokkenOp } }', { token: await netwerk.token(rvt), variables: { id } });
      expect(intrekking.body.errors).toBeUndefined();
    }
    const idVanKind = rows[0].id;
    const antwoord = await gezinsplan();
    expect(antwoord.body.data).toEqual({ huishouden: null });
    expect(antwoord.body.extensions?.afgeschermd).toEqual([
      expect.objectContaining({ pad: 'huishouden.gezinsplan.vastgesteldOp', persoon: kind.id, categorie: 'hulpverlening', partner: 'lokaal-team', regel: 'matrix/hulpverlening/duo', reden: 'Toestemming ontbreekt.' }),
    ]);
    const nogmaals = await netwerk.vraag('mutation ($id: ID!) { trekToestemmingIn(id: $id) { id } }', { token: await netwerk.token(rvt), variables: { id: idVanKind } });
    expect(nogmaals.body.errors?.[0].message).toMatch(/^Toestemming niet ingetrokken: al ingetrokken op /);
  });

  test('wat nooit kan, wordt geweigerd: iemand zonder gezag, de melder, geen bewijs', async () => {
    const kind = huishouden.leden.find((l) => l.rol === 'kind')!;
    const vreemde = demoHuishouden(TEST_SEED, huishouden.index + 1).leden[0].id;
    const antwoord = await registreer({ persoon: kind.id, gegevenDoor: [vreemde], categorieen: ['melder'], bewijs: '' });
    expect(antwoord.body.errors?.[0].message).toBe('Toestemming niet geregistreerd: melder wordt nooit gedeeld, ook niet met toestemming; verwijs naar het bewijs: het formulier of het gespreksverslag');
    // who has gezag comes last and without names: the registrant may not see the family situation
    const zonderGezag = await registreer({ persoon: kind.id, gegevenDoor: [vreemde] });
    expect(zonderGezag.body.errors?.[0].message).toBe('Toestemming niet geregistreerd: toestemming geeft alleen de persoon zelf of iemand met gezag over de persoon');
    expect(JSON.stringify(zonderGezag.body)).not.toContain(vreemde);
  });

  test('wie niet bij het huishouden betrokken is, registreert er geen toestemming', async () => {
    const antwoord = await netwerk.vraag(REGISTREER, {
      token: await netwerk.token('rvt-pieter'),
      variables: { i: { persoon: huishouden.leden[0].id, gegevenDoor: [huishouden.leden[0].id], ontvangerOrganisatie: 'raad', categorieen: ['hulpverlening'], doel: 'gezamenlijk-plan', vorm: 'mondeling', bewijs: 'Gespreksverslag 1', geldigVanaf: '2026-01-01' } },
    });
    expect(antwoord.body.errors?.[0]).toMatchObject({ message: 'Toestemming niet geregistreerd: deze persoon is niet bekend, of u bent niet betrokken bij het huishouden', extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });
  });
});

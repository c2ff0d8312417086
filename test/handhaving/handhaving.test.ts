import { demoHuishouden } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { MET_VERANTWOORDING, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 40;
const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i));
const maatregel = wereld.find((h) => h.bekendBij.size === 4)!;
const jeugdbeschermer = maatregel.betrokkenheden.find((b) => b.organisatie === 'gi' && b.vorm === 'maatregel')!.professional;
const consultatie = wereld.find((h) => h.betrokkenheden.some((b) => b.vorm === 'consultatie' && b.organisatie !== 'lokaal-team'))!;
const rvtLid = consultatie.betrokkenheden.find((b) => b.vorm === 'consultatie' && b.organisatie !== 'lokaal-team')!.professional;


interface Afgeschermd { pad: string; persoon: string | null; categorie: string; partner: string; reden: string; regel: string }

describe('afscherming door de gateway', () => {
  let netwerk: TestNetwerk;
  beforeAll(async () => {
    netwerk = await startTestNetwerk('handhaving', AANTAL);
  });
  afterAll(() => netwerk?.stop());

  const afgeschermd = (body: { extensions?: Record<string, unknown> }) => body.extensions?.afgeschermd as Afgeschermd[];

  test('de melder verlaat Veilig Thuis niet: niet via aliassen, fragmenten, inline fragmenten of variabelen', async () => {
    const query = /* GraphQL */ `
      query Listig($id: ID!, $ook: Boolean!) {
        huishouden(id: $id) {
          x: meldingen { aard wie: melder { naam } }
          ...Melders
          ... on Huishouden { meldingen @include(if: $ook) { melder { telefoonnummer } } }
        }
      }
      fragment Melders on Huishouden { meldingen { melder { relatieTotGezin } } }
    `;
    const antwoord = await netwerk.vraag(query, { token: await netwerk.token(jeugdbeschermer), doel: 'uitvoering-maatregel', variables: { id: maatregel.id, ook: true } });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.errors).toBeUndefined();
    const data = antwoord.body.data as { huishouden: { x: Array<Record<string, unknown>>; meldingen?: unknown } };
    expect(data.huishouden.x.length).toBeGreaterThan(0);
    expect(data.huishouden.x.every((m) => Object.keys(m).join() === 'aard')).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/melder|wie|naam|telefoonnummer|relatieTotGezin/);
    const paden = [...new Set(afgeschermd(antwoord.body).map((a) => a.pad))].sort();
    expect(paden).toEqual(['huishouden.meldingen.melder', 'huishouden.x.wie']);
    expect(new Set(afgeschermd(antwoord.body).map((a) => a.reden))).toEqual(new Set(['Gegevens over de melder worden nooit gedeeld buiten Veilig Thuis.']));
  });

  test('een afgeschermd veld wordt bij de partner niet eens opgevraagd', async () => {
    const voor = netwerk.ontvangen('veilig-thuis').length;
    await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { meldingen { aard melder { naam } } } }', { token: await netwerk.token(jeugdbeschermer), doel: 'uitvoering-maatregel', variables: { id: maatregel.id } });
    const gevraagd = netwerk.ontvangen('veilig-thuis').slice(voor);
    expect(gevraagd.length).toBeGreaterThan(0);
    expect(gevraagd.join('\n')).toContain('aard');
    expect(gevraagd.join('\n')).not.toContain('melder');
  });

  test('een RVT-lid dat niet bij de casus betrokken is, krijgt niets over het huishouden', async () => {
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { id adres leden { id } } }', { token: await netwerk.token('rvt-pieter'), variables: { id: maatregel.id } });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.data).toEqual({ huishouden: null });
    // one item, no persons: the answer tells neither who lives there nor whether the household exists
    expect(afgeschermd(antwoord.body)).toEqual([{ pad: 'huishouden', persoon: null, categorie: 'pseudoniem', partner: 'netwerk', reden: 'U bent voor dit doel niet betrokken bij dit huishouden, of het is niet bekend.', regel: 'betrokkenheid' }]);
    const onbekend = await netwerk.vraag('{ huishouden(id: "00000000-0000-4000-8000-000000000000") { id } }', { token: await netwerk.token('rvt-pieter') });
    expect(onbekend.body.extensions?.afgeschermd).toEqual(afgeschermd(antwoord.body));
    expect(netwerk.ontvangen('lokaal-team').join('\n')).not.toContain('adres');
  });

  test('bij een consultatie: de vraag, de Top3 en leeftijdsgroepen, niets dat iemand identificeert (ook geen vast pseudoniem), en niets van VT, GI of de Raad', async () => {
    // the case as the lokaal team wrote it down, names and a phone number included
    const db = new Client({ connectionString: netwerk.databaseUrls['lokaal-team'] });
    await db.connect();
    const moeder = consultatie.leden[0];
    const { rows: [dossier] } = await db.query<{ id: number }>('SELECT id FROM dossier WHERE huishouden_id = $1', [consultatie.id]);
    const { rows: adressen } = await db.query<{ adres: string }>('SELECT adres FROM adres WHERE dossier_id = $1', [dossier.id]);
    const vraag = `Hoe krijgen we ${moeder.voornaam} ${moeder.achternaam} (06-12345678) weer in gesprek met school? Zie ook ${adressen[0]?.adres ?? 'het adres'}.`;
    await db.query("WITH v AS (INSERT INTO mdo_verslag (dossier_id, datum, inbrenger, vraag) VALUES ($1, '2026-10-01', 'lt-bram', $2) RETURNING id) INSERT INTO mdo_besluit (mdo_verslag_id, tekst, betreft) SELECT id, 'Casus bespreken in het RVT.', '{}' FROM v", [dossier.id, vraag]);
    await db.end();

    const query = 'query ($id: ID!) { huishouden(id: $id) { id adres leden { id aanduiding geboortejaar personalia { voornaam achternaam } } top3 { zorgen { tekst } krachten { tekst } } mdoVerslagen { vraag } betrokkenheden { organisatie vorm } meldingen { aard } maatregelen { soort } beschermingsonderzoeken { status } } }';
    const antwoord = await netwerk.vraag(query, { token: await netwerk.token(rvtLid), doel: 'casusoverleg', variables: { id: consultatie.id } });
    expect(antwoord.status).toBe(200);
    expect(antwoord.body.errors).toBeUndefined();
    // ids are random stand-ins here: leave them out when looking for birth years
    const tekst = JSON.stringify(antwoord.body.data).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    for (const lid of consultatie.leden) {
      expect(tekst).not.toContain(lid.voornaam);
      expect(tekst).not.toContain(lid.achternaam);
      expect(tekst).not.toContain(String(lid.geboortejaar));
    }
    expect(tekst).not.toContain('12345678');
    for (const a of adressen) expect(tekst).not.toContain(a.adres);
    const huishouden = (antwoord.body.data as { huishouden: Record<string, unknown> & { leden: Array<{ id: string; aanduiding: string }>; top3: unknown[]; mdoVerslagen: Array<{ vraag: string }> } }).huishouden;
    // no stable pseudonyms: stand-ins that hold within this answer (its withholdings included) and not beyond
    const ids = huishouden.leden.map((l) => l.id);
    expect(new Set(ids).size).toBe(consultatie.leden.length);
    for (const lid of consultatie.leden) expect(JSON.stringify(antwoord.body)).not.toContain(lid.id);
    for (const a of afgeschermd(antwoord.body)) if (a.persoon !== null) expect(ids).toContain(a.persoon);
    const nogmaals = await netwerk.vraag(query, { token: await netwerk.token(rvtLid), doel: 'casusoverleg', variables: { id: consultatie.id } });
    const andere = (nogmaals.body.data as { huishouden: { leden: Array<{ id: string }> } }).huishouden.leden.map((l) => l.id);
    expect(andere.filter((id) => ids.includes(id))).toEqual([]);
    for (const l of huishouden.leden) expect(l.aanduiding).toMatch(/^(Ouder|Partner|Kind|Ex-partner|Gezinslid)( \d)? \(\d+(–\d+|\+) jaar\)$/);
    expect(huishouden.top3.length).toBeGreaterThan(0);
    expect(huishouden.mdoVerslagen.map((m) => m.vraag)).toContain('Hoe krijgen we [naam] [naam] ([nummer]) weer in gesprek met school? Zie ook [adres], [naam]-West.');
    // even the RVT member's own organisation's records stay out of an anonymous consultatie; her own betrokkenheid is hers to see
    expect(Object.keys(huishouden).sort()).toEqual(['betrokkenheden', 'id', 'leden', 'mdoVerslagen', 'top3']);
    const eigen = consultatie.betrokkenheden.find((b) => b.professional === rvtLid)!;
    expect(huishouden.betrokkenheden).toEqual([{ organisatie: eigen.organisatie.replace(/-/g, '_'), vorm: 'consultatie' }]);
    const perPad = new Map(afgeschermd(antwoord.body).map((a) => [a.pad, a]));
    // who else is involved, and on what basis, is not for an anonymous consultatie either: said once for the list
    expect([...perPad.keys()].sort()).toEqual(['huishouden.adres', 'huishouden.beschermingsonderzoeken', 'huishouden.betrokkenheden', 'huishouden.leden.geboortejaar', 'huishouden.leden.personalia', 'huishouden.maatregelen', 'huishouden.meldingen']);
    expect(perPad.get('huishouden.adres')).toMatchObject({ categorie: 'identificatie', partner: 'lokaal-team', reden: 'Toestemming ontbreekt.' });
    expect(perPad.get('huishouden.meldingen')).toMatchObject({ partner: 'veilig-thuis', regel: 'bronnen/consultatie', reden: 'Bij een consultatie deelt alleen het lokaal team dat de casus inbrengt; zonder toestemming alleen geanonimiseerd.' });
    expect(antwoord.body.extensions).toMatchObject(MET_VERANTWOORDING);
  });

  test('elk afgeschermd item noemt pad, persoon, categorie, partner, reden en regel', async () => {
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { bestaanszekerheid { inkomen } leden { gezondheid { notitie } } } }', { token: await netwerk.token(jeugdbeschermer), doel: 'uitvoering-maatregel', variables: { id: maatregel.id } });
    const items = afgeschermd(antwoord.body);
    expect(items.length).toBeGreaterThan(0);
    for (const a of items) {
      expect(a).toEqual({ pad: expect.any(String), persoon: expect.stringMatching(/^[0-9a-f-]{36}$/), categorie: expect.any(String), partner: expect.any(String), reden: expect.any(String), regel: expect.any(String) });
      expect(maatregel.leden.map((l) => l.id)).toContain(a.persoon);
    }
    expect(new Set(items.map((a) => a.pad))).toEqual(new Set(['huishouden.bestaanszekerheid', 'huishouden.leden.gezondheid']));
  });

  test('dezelfde querytekst, andere beslissingen: een queryplan wordt niet tussen vragers hergebruikt', async () => {
    const afweging = 'Proportioneel: alleen gegevens over veiligheid. Subsidiair: de ouders werken niet mee aan een vrijwillig traject, dus onderzoek is nodig.';
    await netwerk.startOnderzoekBijVeiligThuis(maatregel.id, 'vt-daan');
    const registratie = await netwerk.vraag(
      'mutation ($i: BetrokkenheidInvoer!) { registreerBetrokkenheid(invoer: $i) { vorm } }',
      { token: await netwerk.token('vt-daan'), doel: 'veiligheidsonderzoek', variables: { i: { huishouden: maatregel.id, organisatie: 'veilig_thuis', team: 'RVT Midden', professional: 'vt-daan', vorm: 'onderzoek', regiehouder: false, vanaf: '2026-01-01', grondslag: 'Wmo 2015 art. 5.2.6', afweging } } },
    );
    expect(registratie.body.errors).toBeUndefined();
    const query = 'query Zelfde($id: ID!) { huishouden(id: $id) { meldingen { aard melder { relatieTotGezin } } } }';
    // what the client got, and whether Veilig Thuis was asked for the melder at all
    const melders = async (persona: string, doel: string) => {
      const voor = netwerk.ontvangen('veilig-thuis').length;
      const antwoord = await netwerk.vraag(query, { token: await netwerk.token(persona), doel, variables: { id: maatregel.id } });
      return [JSON.stringify(antwoord.body.data).includes('relatieTotGezin'), netwerk.ontvangen('veilig-thuis').slice(voor).join().includes('melder')];
    };
    expect(await melders('vt-daan', 'veiligheidsonderzoek')).toEqual([true, true]);
    expect(await melders(jeugdbeschermer, 'uitvoering-maatregel')).toEqual([false, false]);
    expect(await melders('vt-daan', 'veiligheidsonderzoek')).toEqual([true, true]);
  });

  test('een onbekend en een bekend maar niet-eigen huishouden krijgen hetzelfde antwoord, ook naast een eigen huishouden', async () => {
    const token = await netwerk.token('lt-fatima');
    const eigen = ((await netwerk.vraag('{ huishoudens(limiet: 1) { id } }', { token })).body.data as { huishoudens: Array<{ id: string }> }).huishoudens[0].id;
    const vreemd = wereld.find((h) => !h.betrokkenheden.some((b) => b.professional === 'lt-fatima'))!.id;
    const query = 'query ($a: ID!, $b: ID!) { eigen: huishouden(id: $a) { id adres } ander: huishouden(id: $b) { id adres leden { id } } }';
    const antwoord = async (b: string) => {
      const { body } = await netwerk.vraag(query, { token, variables: { a: eigen, b } });
      return { ...body, extensions: { ...body.extensions, auditId: null } as Record<string, unknown> };
    };
    const bestaand = await antwoord(vreemd);
    expect(bestaand).toEqual(await antwoord('00000000-0000-4000-8000-000000000000'));
    expect(bestaand.errors).toBeUndefined();
    expect(bestaand.data).toEqual({ eigen: { id: eigen, adres: expect.any(String) }, ander: null });
    expect(bestaand.extensions.afgeschermd).toEqual([{ pad: 'ander', persoon: null, categorie: 'pseudoniem', partner: 'netwerk', reden: 'U bent voor dit doel niet betrokken bij dit huishouden, of het is niet bekend.', regel: 'betrokkenheid' }]);
  });

  test('pagineren: vanaf en limiet kiezen uit de eigen huishoudens, in vaste volgorde', async () => {
    const token = await netwerk.token('lt-fatima');
    const pagina = async (limiet: number, vanaf: number) => ((await netwerk.vraag(`{ huishoudens(limiet: ${limiet}, vanaf: ${vanaf}) { id } }`, { token })).body.data as { huishoudens: Array<{ id: string }> }).huishoudens.map((h) => h.id);
    const alle = await pagina(50, 0);
    expect(alle.length).toBeGreaterThan(3);
    expect(await pagina(2, 2)).toEqual(alle.slice(2, 4));
  });

  test('_entities is via de gateway niet te bevragen', async () => {
    const antwoord = await netwerk.vraag('{ _entities(representations: []) { __typename } }', { token: await netwerk.token(jeugdbeschermer), doel: 'uitvoering-maatregel' });
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.data).toBeUndefined();
  });
});

import { Client } from 'pg';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { sessieCookie } from '../harness/sessie';

const REDEN_RAAD = 'De Raad krijgt niets over een huishouden zonder kinderen.';

/**
 * The rest of a proposal in forms rather than YAML: the exceptions, the inzage and the gezin rules (the own child,
 * the professional's name), through the API and in Chromium; validated as start-up validates, each error at its
 * field, in words; each proposal in the toegangslog.
 */
describe('uitzonderingen, inzage en gezin in het formulier', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;
  const cookies: Record<string, string> = {};
  const api = async (pad: string, body: unknown) => {
    const res = await fetch(new URL(pad, basis), { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies['fg-ingrid'] }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const w = (bestand: string, pad: Array<string | number>, waarde: unknown) => ({ bestand, pad, waarde });

  beforeAll(async () => {
    netwerk = await startTestNetwerk('beleidsformulier', 4, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    cookies['fg-ingrid'] = await sessieCookie(basis, 'fg-ingrid');
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('uitzonderingen: een nieuwe met een te korte reden krijgt de fout bij dat veld; toevoegen en verwijderen in woorden, met de organisaties die meebeslissen', async () => {
    const nieuw = (reden: string) => ['organisatie', 'raad', 'wanneer', 'huishouden-zonder-kinderen', 'eis', 'nooit', 'reden', reden]
      .flatMap((x, i, a) => (i % 2 ? [] : [w('uitzonderingen.yaml', ['uitzonderingen', 1, x], a[i + 1])]));
    const kort = await api('/beleid/controle', { wijzigingen: nieuw('kort') });
    expect(kort.body).toEqual({ geldig: false, fouten: [{ bestand: 'uitzonderingen.yaml', regel: 13, melding: '"reden" is te kort (minstens 10 tekens)', veld: 'uitzonderingen.yaml:uitzonderingen/1/reden' }] });
    const onbekend = await api('/beleid/controle', { wijzigingen: [w('uitzonderingen.yaml', ['uitzonderingen', 0, 'eis'], 'soms')] });
    expect(onbekend.body.fouten).toEqual([expect.objectContaining({ melding: expect.stringMatching(/^"soms" is geen eis; kies uit altijd, /), veld: 'uitzonderingen.yaml:uitzonderingen/0/eis' })]);

    const voorstel = await api('/beleid/voorstellen', { wijzigingen: [...nieuw(REDEN_RAAD), w('uitzonderingen.yaml', ['uitzonderingen', 0], null)], reden: 'De uitzondering voor huishoudens zonder kinderen gaat van de GI naar de Raad.' });
    expect(voorstel).toEqual({ status: 200, body: { volgnummer: 2, organisaties: ['gi', 'raad'], verschillen: [
      'vervalt: uitzondering voor gi bij huishouden-zonder-kinderen: nooit',
      'nieuw: uitzondering voor raad bij huishouden-zonder-kinderen: nooit',
    ] } });
  });

  test('inzage en gezin: elke fout bij haar veld, ook die tussen twee bestanden; een geldig voorstel in woorden', async () => {
    const fout = await api('/beleid/controle', { wijzigingen: [
      w('inzage.yaml', ['inzage', 'door_gezag_tot'], 20),
      w('inzage.yaml', ['inzage', 'naam_professional'], ['duo', 'bezoek']),
      w('gezin.yaml', ['gezin', 'zichtbaar', 'veilig-thuis'], ['hulpverlening']),
      w('gezin.yaml', ['gezin', 'eigen_kind', 'zichtbaar', 'raad'], ['gezondheid']),
    ] });
    expect(fout.body.geldig).toBe(false);
    expect((fout.body.fouten as Array<{ veld?: string; melding: string }>).map(({ veld, melding }) => [veld, melding]).sort()).toEqual([
      ['gezin.yaml:gezin/eigen_kind/zichtbaar/raad', '"gezondheid" is geen wat een ouder ziet van het eigen kind; kies uit identificatie'],
      ['inzage.yaml:inzage/door_gezag_tot', '"door_gezag_tot" mag hoogstens 18 zijn'],
      ['inzage.yaml:inzage/naam_professional', '"bezoek" is geen vorm van betrokkenheid; kies uit consultatie, duo, onderzoek, maatregel'],
    ]);
    // gezin.yaml against inzage.yaml, checked once each file is valid on its own
    const kruis = await api('/beleid/controle', { wijzigingen: [w('gezin.yaml', ['gezin', 'zichtbaar', 'veilig-thuis'], ['hulpverlening'])] });
    expect(kruis.body.fouten).toEqual([expect.objectContaining({ veld: 'gezin.yaml:gezin/zichtbaar/veilig-thuis', melding: 'veilig-thuis staat in inzage.yaml bij uitgesteld: een gezinslid zou hier een onderzoek zien voordat het aan het gezin is gemeld' })]);

    const voorstel = await api('/beleid/voorstellen', { wijzigingen: [
      w('inzage.yaml', ['inzage', 'naam_professional'], ['duo', 'onderzoek']),
      w('inzage.yaml', ['inzage', 'uitgesteld', 1, 'organisatie'], 'raad'),
      w('inzage.yaml', ['inzage', 'uitgesteld', 1, 'vorm'], 'onderzoek'),
      w('inzage.yaml', ['inzage', 'uitgesteld', 1, 'reden'], 'Een onderzoek van de Raad wordt pas zichtbaar als de Raad het heeft gemeld.'),
      w('gezin.yaml', ['gezin', 'zichtbaar', 'gi'], ['hulpverlening']),
      w('gezin.yaml', ['gezin', 'eigen_kind', 'zichtbaar', 'netwerk'], null),
    ], reden: 'De naam alleen bij duo en onderzoek; de Raad meldt eerst; de GI laat het plan zien.' });
    // maatregel out of naam_professional: the organisations with professionals in a maatregel (gi, lokaal team) decide too
    expect(voorstel).toEqual({ status: 200, body: { volgnummer: 3, organisaties: ['gi', 'lokaal-team', 'raad'], verschillen: [
      'nieuw: uitgestelde inzage van raad bij onderzoek',
      'het gezin leest de naam van de professional bij: duo, onderzoek, maatregel → duo, onderzoek',
      'een gezinslid ziet van het dossier over het huishouden bij gi: geen → hulpverlening',
      'een ouder ziet van het eigen kind bij netwerk: identificatie → geen',
    ] } });
  });

  test('in de webapp: een uitzondering toevoegen en verwijderen, de fout bij het veld, het eigen kind; toegankelijk', async () => {
    const ingrid = await aangemeldAls(browser, basis, 'Ingrid Bos');
    await ingrid.getByRole('heading', { name: 'Beleidswijziging voorstellen' }).waitFor();
    await ingrid.getByText('De regels in een formulier').click();
    await ingrid.getByRole('button', { name: 'Voeg een uitzondering toe' }).click();
    await ingrid.getByLabel('Organisatie (uitzondering 2)').selectOption('raad');
    await ingrid.getByLabel('Reden, zoals een professional die leest (uitzondering 2)').fill('kort');
    await ingrid.getByRole('button', { name: 'Controleer' }).click();
    await ingrid.getByText('Niet geldig').waitFor();
    const reden = ingrid.getByLabel('Reden, zoals een professional die leest (uitzondering 2)');
    expect(await reden.getAttribute('aria-invalid')).toBe('true');
    expect(await ingrid.locator(`#${await reden.getAttribute('aria-describedby')}`).textContent()).toBe('"reden" is te kort (minstens 10 tekens)');
    expect(await toegankelijk(ingrid)).toEqual([]);

    await reden.fill(REDEN_RAAD);
    await ingrid.getByRole('button', { name: 'Verwijder uitzondering 1' }).click();
    await ingrid.getByText('Uitzondering 1 (gi, huishouden-zonder-kinderen: nooit) wordt verwijderd.').waitFor();
    await ingrid.getByLabel('Categorieën van raad over het eigen kind (alleen identificatie kan)').fill('identificatie');
    const naam = ingrid.getByLabel(/^Vormen waarin het gezin de naam leest/);
    await naam.fill('');
    await naam.pressSequentially('duo, maatregel');
    expect(await naam.inputValue()).toBe('duo, maatregel');
    await ingrid.getByLabel('Waarom deze wijziging').fill('De uitzondering naar de Raad; de Raad laat ouders de naam van het eigen kind zien.');
    await ingrid.getByRole('button', { name: 'Stel voor' }).click();
    await ingrid.getByText('Voorgesteld als voorstel 4', { exact: false }).waitFor();
    const voorstel = ingrid.locator('article[aria-labelledby="voorstel-4-kop"]');
    for (const zin of [
      'vervalt: uitzondering voor gi bij huishouden-zonder-kinderen: nooit',
      'nieuw: uitzondering voor raad bij huishouden-zonder-kinderen: nooit',
      'het gezin leest de naam van de professional bij: duo, onderzoek, maatregel → duo, maatregel',
      'een ouder ziet van het eigen kind bij raad: geen → identificatie',
    ]) await voorstel.getByText(zin).waitFor();
    expect(await toegankelijk(ingrid)).toEqual([]);
    // axe over the whole open form takes most of this test (tens of seconds on a shared machine)
  }, 300_000);

  test('elk voorstel staat in het toegangslog', async () => {
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query("SELECT sub, inhoud->>'volgnummer' AS nr FROM toegangslog WHERE actie = 'beleid/voorstel' ORDER BY volgnummer");
    await db.end();
    expect(rows).toEqual([{ sub: 'fg-ingrid', nr: '2' }, { sub: 'fg-ingrid', nr: '3' }, { sub: 'fg-ingrid', nr: '4' }]);
  });
});

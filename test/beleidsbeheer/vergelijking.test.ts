import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PROFESSIONALS } from '@netwerkdossier/shared';
import { Client } from 'pg';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';
import { sessieCookie } from '../harness/sessie';
import { duoHuishoudenVanEva } from '../harness/testwereld';

const AANTAL = 40;
const huishouden = duoHuishoudenVanEva(TEST_SEED, AANTAL);
const DOEL = 'gezamenlijk-plan';
const deelmatrix = readFileSync(path.resolve(__dirname, '../../policies/deelmatrix.yaml'), 'utf8');
const GEZONDHEID = 'gezondheid:        { consultatie: nooit,                              duo: toestemming';

interface Cel { uitkomst: string; regel: string; reden: string }
interface Rij { persoon: string | null; categorie: string | null; partner: string | null; nu: Cel; straks: Cel }
interface Lid { id: string; aanduiding: string }

/**
 * The simulator side by side: one household of rvt-eva's own list under the version in force and under a proposal,
 * through the API and in Chromium. The two columns are checked against rvt-eva's own uitleg, before the proposal
 * is approved and after it is in force; the comparison is recorded as an uitleg on her behalf.
 */
describe('de simulator vergelijkt het huidige beleid met een voorstel', () => {
  let netwerk: TestNetwerk;
  let browser: Browser;
  let basis: string;
  const cookies: Record<string, string> = {};
  const api = async (wie: string, pad: string, body?: unknown) => {
    const res = await fetch(new URL(pad, basis), { method: body === undefined ? 'GET' : 'POST', headers: { 'content-type': 'application/json', cookie: cookies[wie] }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { fout?: string } };
  };
  /** rvt-eva's own decision table for the household under the version in force, as (category, partner, outcome, reason). */
  const eigenUitleg = async () => {
    const a = await netwerk.vraag('query ($h: ID!, $d: String!) { uitleg(huishouden: $h, doel: $d) { beleidsversie beslissingen { persoon categorie partner uitkomst reden } } }', { token: await netwerk.token('rvt-eva'), doel: DOEL, variables: { h: huishouden.id, d: DOEL } });
    return (a.body.data as { uitleg: { beleidsversie: string; beslissingen: Array<{ persoon: string; categorie: string; partner: string; uitkomst: string; reden: string }> } }).uitleg;
  };
  const cellen = (rijen: Array<{ categorie: string | null; partner: string | null; uitkomst: string; reden: string }>) => rijen.map((r) => `${r.categorie}|${r.partner?.replace(/_/g, '-')}|${r.uitkomst}|${r.reden}`).sort();

  beforeAll(async () => {
    netwerk = await startTestNetwerk('beleidsvergelijking', AANTAL, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    for (const p of PROFESSIONALS.filter((x) => x.rol === 'privacyfunctionaris')) cookies[p.sub] = await sessieCookie(basis, p.sub);
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  let rijen: Rij[];
  let straksVersie: string;

  test('per cel nu en straks: nu is wat rvt-eva zelf krijgt, het verschil is de voorgestelde cel', async () => {
    const voorstel = await api('fg-ingrid', '/beleid/voorstellen', { bestanden: { 'deelmatrix.yaml': deelmatrix.replace(GEZONDHEID, GEZONDHEID.replace('duo: toestemming', 'duo: altijd      ')) }, reden: 'Gezondheid in een duo altijd delen, ook zonder toestemming.' });
    expect(voorstel.body).toMatchObject({ volgnummer: 2, verschillen: ['gezondheid bij duo: toestemming → altijd'] });
    const vraag = (q: Record<string, string>) => api('fg-hanneke', `/beleid/voorstellen/2/vergelijking?${new URLSearchParams(q)}`);

    const antwoord = await vraag({ persona: 'rvt-eva', huishouden: huishouden.id, doel: DOEL });
    expect(antwoord.status).toBe(200);
    rijen = antwoord.body.beslissingen as Rij[];
    straksVersie = antwoord.body.straks as string;
    const nu = await eigenUitleg();
    expect(antwoord.body).toMatchObject({ volgnummer: 2, persona: 'rvt-eva', huishouden: huishouden.id, doel: DOEL, nu: nu.beleidsversie });
    // only data that exists: gezondheid of the lokaal team, not of the register, which holds none
    const paren = new Set(rijen.map((r) => `${r.categorie}|${r.partner}`));
    expect([paren.has('gezondheid|lokaal-team'), paren.has('gezondheid|netwerk'), paren.has('identificatie|netwerk')]).toEqual([true, false, true]);
    expect(cellen(rijen.map((r) => ({ ...r, ...r.nu })))).toEqual(cellen(nu.beslissingen.filter((b) => paren.has(`${b.categorie}|${b.partner.replace(/_/g, '-')}`))));
    const anders = rijen.filter((r) => r.nu.uitkomst !== r.straks.uitkomst);
    expect(anders.length).toBeGreaterThan(0);
    for (const r of anders) expect(r).toMatchObject({ categorie: 'gezondheid', nu: { uitkomst: 'afgeschermd' }, straks: { uitkomst: 'zichtbaar', regel: 'matrix/gezondheid/duo' } });
    // who did not consent now sees nothing of gezondheid, and would see it
    const zonder = huishouden.leden.filter((l) => !huishouden.toestemmingen.some((t) => t.persoon === l.id)).map((l) => l.id);
    expect(zonder.every((p) => anders.some((r) => r.persoon === p))).toBe(true);

    expect(await vraag({ persona: 'rvt-eva', huishouden: 'abc', doel: DOEL })).toEqual({ status: 400, body: { fout: 'Kies een huishouden uit de lijst van de persona', veld: 'huishouden' } });
    expect(await vraag({ persona: 'iemand', huishouden: huishouden.id, doel: DOEL })).toEqual({ status: 400, body: { fout: 'Kies een persona: een professional uit de lijst', veld: 'persona' } });
    expect((await vraag({ persona: 'rvt-eva', huishouden: huishouden.id, doel: 'toezicht' })).body).toEqual({ fout: 'Doel geweigerd: de rol professional mag het doel toezicht niet gebruiken', veld: 'doel' });
    cookies['rvt-eva'] = await sessieCookie(basis, 'rvt-eva');
    expect((await api('rvt-eva', `/beleid/voorstellen/2/vergelijking?${new URLSearchParams({ persona: 'rvt-eva', huishouden: huishouden.id, doel: DOEL })}`)).status).toBe(403);
  });

  test('de vergelijking staat in het toegangslog als uitleg namens de persona', async () => {
    const db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    const { rows } = await db.query("SELECT sub, namens, huishoudens, inhoud FROM toegangslog WHERE actie = 'uitleg' AND inhoud ? 'voorstel'");
    await db.end();
    expect(rows).toEqual([{ sub: 'fg-hanneke', namens: 'rvt-eva', huishoudens: [huishouden.id], inhoud: { uitleg: [{ huishouden: huishouden.id, namens: 'rvt-eva' }], voorstel: 2, doel: DOEL } }]);
  });

  test('in de webapp: nu en straks naast elkaar, het verschil in woorden; toegankelijk', async () => {
    const lijst = await netwerk.vraag('query ($s: String!) { huishoudensVanPersona(sub: $s) { id leden { id aanduiding } } }', { token: await netwerk.token('fg-ingrid'), doel: 'toezicht', variables: { s: 'rvt-eva' } });
    const leden = (lijst.body.data as { huishoudensVanPersona: Array<{ id: string; leden: Lid[] }> }).huishoudensVanPersona.find((h) => h.id === huishouden.id)!.leden;
    const namen = Object.fromEntries(((await (await fetch(new URL('/partners', basis))).json()) as Array<{ naam: string; weergavenaam: string }>).map((p) => [p.naam, p.weergavenaam]));
    const verschil = rijen.find((r) => r.nu.uitkomst !== r.straks.uitkomst)!;
    const wie = leden.find((l) => l.id === verschil.persoon)!.aanduiding;

    const ingrid = await aangemeldAls(browser, basis, 'Ingrid Bos');
    const simulator = ingrid.locator('section[aria-labelledby="simulator-kop"]');
    await simulator.getByLabel('Persona', { exact: true }).selectOption('rvt-eva');
    await simulator.getByLabel(/^Zoek in de huishoudens/).fill(huishouden.id.slice(0, 8));
    await simulator.getByLabel('Huishouden (1 gevonden)').waitFor();
    await simulator.getByLabel('Doel', { exact: true }).selectOption(DOEL);
    await simulator.getByLabel('Vergelijk met voorstel').selectOption({ label: 'Voorstel 2: Gezondheid in een duo altijd delen, ook zonder toestemming.' });
    await simulator.getByRole('button', { name: 'Bekijk de beslissingen' }).click();
    const persoon = simulator.getByRole('region', { name: `Vergelijking: ${wie}` });
    await persoon.getByText(`gezondheid van ${wie} bij ${namen[verschil.partner!]}: nu afgeschermd, straks zichtbaar`).waitFor();
    await persoon.getByRole('rowheader', { name: `${namen[verschil.partner!]} (verschilt)` }).waitFor();
    const aantal = rijen.filter((r) => r.categorie !== 'pseudoniem' && r.nu.uitkomst !== r.straks.uitkomst).length;
    await simulator.getByText(`Voorstel 2 verandert ${aantal} cellen van wat Eva Mulder van dit huishouden ziet.`).waitFor();
    expect(await toegankelijk(ingrid)).toEqual([]);
  });

  test('in de webapp: een voorbeeld uit de impact opent dat huishouden in de simulator, nu en onder het voorstel; toegankelijk', async () => {
    const impact = await api('fg-hanneke', '/beleid/voorstellen/2/impact');
    // the first row of rvt-eva's gezondheid in the table, and its first example household
    const regels = impact.body.regels as Array<{ persona: string; naam: string; omschrijving: string; categorie: string; partner: string; doel: string; van: string; naar: string; huishoudens: number; personen: number; voorbeelden: string[] }>;
    const regel = regels.find((r) => r.persona === 'rvt-eva' && r.categorie === 'gezondheid')!;
    const voorbeeld = regel.voorbeelden[0];
    const lijst = await netwerk.vraag('query ($s: String!) { huishoudensVanPersona(sub: $s) { id kenmerk omschrijving } }', { token: await netwerk.token('fg-hanneke'), doel: 'toezicht', variables: { s: 'rvt-eva' } });
    const gekozen = (lijst.body.data as { huishoudensVanPersona: Array<{ id: string; kenmerk: string; omschrijving: string }> }).huishoudensVanPersona.find((h) => h.id === voorbeeld)!;
    const vergeleken = await api('fg-hanneke', `/beleid/voorstellen/2/vergelijking?${new URLSearchParams({ persona: 'rvt-eva', huishouden: voorbeeld, doel: regel.doel })}`);
    const aantal = (vergeleken.body.beslissingen as Rij[]).filter((r) => r.categorie !== 'pseudoniem' && r.nu.uitkomst !== r.straks.uitkomst).length;

    const hanneke = await aangemeldAls(browser, basis, 'Hanneke Willems');
    const voorstel = hanneke.locator('article[aria-labelledby="voorstel-2-kop"]');
    await voorstel.getByRole('button', { name: 'Bereken de impact van voorstel 2' }).click();
    // the page shows the figures the API gives (beleidsbeheer.test.ts checks those against a count of its own), every row
    await voorstel.getByRole('columnheader', { name: 'Huishoudens' }).waitFor();
    const getoond = await voorstel.locator('tbody tr').evaluateAll((tr) => tr.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    const meer = (n: number, een: string, veel: string) => `${n} ${n === 1 ? een : veel}`;
    expect(getoond).toEqual(regels.map((r) => [`${r.naam} (${r.omschrijving})`, r.partner, r.categorie, `${r.van} → ${r.naar}`, meer(r.huishoudens, 'huishouden', 'huishoudens'), meer(r.personen, 'persoon', 'personen'), r.voorbeelden.map((_, i) => `Voorbeeld ${i + 1}`).join('')]));
    await voorstel.getByRole('button', { name: `Voorbeeld 1: vergelijk wat Eva Mulder ziet van gezondheid bij ${regel.partner}, nu en onder voorstel 2` }).first().click();
    const simulator = hanneke.locator('section[aria-labelledby="simulator-kop"]');
    await simulator.getByText(`${gekozen.kenmerk}, ${gekozen.omschrijving}: nu en onder voorstel 2.`).waitFor();
    await simulator.getByText(`Voorstel 2 verandert ${aantal} cellen van wat Eva Mulder van dit huishouden ziet.`).waitFor();
    // the form says what is shown, so the officer can go on from there
    expect(await Promise.all([
      simulator.getByLabel('Persona', { exact: true }).inputValue(),
      simulator.getByLabel(/^Huishouden \(/).inputValue(),
      simulator.getByLabel('Doel', { exact: true }).inputValue(),
      simulator.getByLabel('Vergelijk met voorstel').inputValue(),
    ])).toEqual(['rvt-eva', voorbeeld, regel.doel, '2']);
    expect(await hanneke.evaluate('document.activeElement.id')).toBe('simulator-kop');
    expect(await toegankelijk(hanneke)).toEqual([]);
  }, 300_000);

  test('goedgekeurd en in werking: wat rvt-eva dan zelf krijgt, is de kolom straks', async () => {
    // a second privacy officer, and the privacy officer of each organisation whose data it concerns (the proposer's said yes by proposing)
    const { organisaties } = ((await api('fg-ingrid', '/beleid/versies')).body.versies as Array<{ volgnummer: number; organisaties: string[] }>).find((v) => v.volgnummer === 2)!;
    const goedkeurders = ['fg-hanneke', ...PROFESSIONALS.filter((p) => p.rol === 'privacyfunctionaris' && !['lokaal-team', 'gi'].includes(p.organisatie) && organisaties.includes(p.organisatie)).map((p) => p.sub)];
    for (const fg of goedkeurders) expect((await api(fg, '/beleid/voorstellen/2/goedkeuren', { reden: 'Akkoord, gezondheid in een duo delen.' })).status).toBe(200);
    let straks = await eigenUitleg();
    for (let i = 0; straks.beleidsversie !== straksVersie && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      straks = await eigenUitleg();
    }
    expect(straks.beleidsversie).toBe(straksVersie);
    const paren = new Set(rijen.map((r) => `${r.categorie}|${r.partner}`));
    expect(cellen(rijen.map((r) => ({ ...r, ...r.straks })))).toEqual(cellen(straks.beslissingen.filter((b) => paren.has(`${b.categorie}|${b.partner.replace(/_/g, '-')}`))));
  });
});

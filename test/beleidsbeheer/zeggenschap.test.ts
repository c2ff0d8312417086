import { PROFESSIONALS } from '@netwerkdossier/shared';
import { Browser } from 'playwright-core';

import { aangemeldAls, startChromium, toegankelijk } from '../harness/browser';
import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { sessieCookie } from '../harness/sessie';

/** Each partner's privacy officer, by organisation (their partner.json). */
const FG: Record<string, string> = { 'lokaal-team': 'fg-ingrid', gi: 'fg-hanneke', raad: 'fg-otto', 'veilig-thuis': 'fg-yara', vrouwenopvang: 'fg-mila' };

/**
 * Each organisation's say over what it shares of its own data, for the kinds of change the four eyes alone once
 * covered: the vormen in which the family reads a professional's name (the names are each organisation's own
 * people) and a doorbraak's limits (a doorbraak opens every partner's data). Where a change touches several
 * organisations, the proposal waits for each one's privacy officer, beside a second privacy officer.
 */
describe('de zeggenschap van elke organisatie over wat zij deelt', () => {
  let netwerk: TestNetwerk;
  let basis: string;
  let browser: Browser;
  const cookies: Record<string, string> = {};
  const api = async (wie: string, pad: string, body: unknown) => {
    const res = await fetch(new URL(pad, basis), { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies[wie] }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { versie?: { status: string; organisaties: string[] } } };
  };
  const w = (bestand: string, pad: Array<string | number>, waarde: unknown) => ({ bestand, pad, waarde });

  beforeAll(async () => {
    netwerk = await startTestNetwerk('zeggenschap', 4, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    for (const fg of Object.values(FG)) cookies[fg] = await sessieCookie(basis, fg);
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await netwerk?.stop();
  });

  test('de grenzen van een doorbraak: elke organisatie wier gegevens een doorbraak opent, beslist mee', async () => {
    const voorstel = await api('fg-hanneke', '/beleid/voorstellen', { wijzigingen: [w('doorbraak.yaml', ['doorbraak', 'maximale_duur_uren'], 96)], reden: 'Een doorbraak mag een lang weekend duren.' });
    expect([voorstel.status, voorstel.body.fout]).toEqual([200, undefined]);
    // a doorbraak opens all but melder, vertrouwelijk and werkaantekening: every partner holds some of that
    expect(voorstel.body).toMatchObject({ volgnummer: 2, organisaties: Object.keys(FG).sort(), verschillen: ['maximale duur van een doorbraak: 72 → 96 uur'] });
    const lokaal = await api('fg-ingrid', '/beleid/voorstellen/2/goedkeuren', { reden: 'Vier ogen: het lokaal team stemt in.' });
    expect(lokaal.body.versie).toMatchObject({ status: 'voorgesteld' });
    const mila = await api('fg-mila', '/beleid/voorstellen/2/afwijzen', { reden: 'De vrouwenopvang wil haar gegevens niet langer openen.' });
    expect(mila.body.versie).toMatchObject({ status: 'afgewezen' });
  });

  test('naam_professional: elke organisatie met professionals in die vorm keurt goed, één voor één, voordat het geldt', async () => {
    // counted here from the partners' own lists: who works in an onderzoek
    const inOnderzoek = [...new Set(PROFESSIONALS.filter((p) => (p.vormen as readonly string[]).includes('onderzoek')).map((p) => p.organisatie))].sort();
    expect(inOnderzoek.length).toBeGreaterThan(2);
    const voorstel = await api('fg-otto', '/beleid/voorstellen', { wijzigingen: [w('inzage.yaml', ['inzage', 'naam_professional'], ['duo', 'maatregel'])], reden: 'Bij een onderzoek leest het gezin geen namen meer, alleen organisatie en rol.' });
    expect(voorstel).toEqual({ status: 200, body: { volgnummer: 3, organisaties: inOnderzoek, verschillen: ['het gezin leest de naam van de professional bij: duo, onderzoek, maatregel → duo, maatregel'] } });

    // a second privacy officer whose organisation has no say here: four eyes, but not yet each organisation's
    const gi = await api('fg-hanneke', '/beleid/voorstellen/3/goedkeuren', { reden: 'Vier ogen: de regel is duidelijk.' });
    expect(gi.body.versie).toMatchObject({ status: 'voorgesteld', organisaties: inOnderzoek });
    // the proposer's own organisation said yes by proposing; every other one decides for itself
    const anderen = inOnderzoek.filter((o) => o !== 'raad');
    for (const o of anderen.slice(0, -1)) {
      const besluit = await api(FG[o], '/beleid/voorstellen/3/goedkeuren', { reden: `${o} stemt in voor de eigen professionals.` });
      expect([o, besluit.status, besluit.body.versie?.status]).toEqual([o, 200, 'voorgesteld']);
    }
    // the last one in the web app: it reads that its say is still needed, approves, and the proposal is in force
    const laatste = anderen[anderen.length - 1];
    const fg = PROFESSIONALS.find((p) => p.sub === FG[laatste])!;
    const pagina = await aangemeldAls(browser, basis, fg.naam);
    const artikel = pagina.locator('article[aria-labelledby="voorstel-3-kop"]');
    await artikel.getByText(`Nog nodig: de privacyfunctionaris van ${laatste} (het gaat over wat ${laatste} deelt).`).waitFor();
    expect(await toegankelijk(pagina)).toEqual([]);
    await pagina.getByLabel('Reden van uw besluit over voorstel 3').fill(`${laatste} stemt in voor de eigen professionals.`);
    await pagina.getByRole('button', { name: 'Keur voorstel 3 goed' }).click();
    await artikel.waitFor({ state: 'detached' });
    const geschiedenis = pagina.locator('section[aria-labelledby="geschiedenis-kop"] tbody tr');
    await geschiedenis.first().getByText('in werking').waitFor();
    expect(await toegankelijk(pagina)).toEqual([]);
  }, 300_000);
});

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { AFKOELEN_MS, FOUTEN_OP_RIJ, STANDAARD_TIJDSLIMIET_MS, Stroomonderbreker, StroomonderbrekerOpen } from '@netwerkdossier/gateway';
import { demoHuishouden, maakCheckpointSleutelpaar, maakGrantSleutelpaar } from '@netwerkdossier/shared';
import { Antwoord, laadOfMaakSleutels, Processen, rijd, startDevUitgever, tokenVoorProfessional, Verzoek, WEERGAVE, werklasten, zaaiDemowereld } from '@netwerkdossier/tools';

import { testDatabases } from '../harness/netwerk';

const wacht = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('de stroomonderbreker van één partner', () => {
  const mislukt = () => Promise.reject(new Error('geen antwoord'));

  test(`opent na ${FOUTEN_OP_RIJ} fouten op rij, vraagt de partner dan niet meer, en sluit na een geslaagde proef`, async () => {
    let bereikbaar = false;
    let proeven = 0;
    const breker = new Stroomonderbreker('gi', async () => (proeven++, bereikbaar), 100);
    try {
      // failures that are not in a row do not open it
      for (let i = 1; i < FOUTEN_OP_RIJ; i++) await expect(breker.voer(mislukt)).rejects.toThrow('geen antwoord');
      await expect(breker.voer(async () => 'antwoord')).resolves.toBe('antwoord');
      expect(breker.open).toBe(false);
      for (let i = 0; i < FOUTEN_OP_RIJ; i++) await expect(breker.voer(mislukt)).rejects.toThrow('geen antwoord');
      expect(breker.open).toBe(true);
      let gevraagd = false;
      await expect(breker.voer(async () => (gevraagd = true))).rejects.toThrow(new StroomonderbrekerOpen('gi'));
      expect(gevraagd).toBe(false);
      // a failed probe keeps it open for another cool-down: one probe per cool-down, none before the first
      const geopend = Date.now();
      await wacht(350);
      expect(breker.open).toBe(true);
      expect(proeven).toBeGreaterThanOrEqual(1);
      expect(proeven).toBeLessThanOrEqual(Math.floor((Date.now() - geopend) / 100));
      bereikbaar = true;
      for (let i = 0; breker.open && i < 50; i++) await wacht(20);
      expect(breker.open).toBe(false);
      await expect(breker.voer(async () => 'weer')).resolves.toBe('weer');
    } finally {
      breker.stop();
    }
  });
});

/** A view's outcome in the words of the checks: complete, or with data and these partners unreachable. */
const uitkomst = (a: Antwoord) => (a.status === 200 && !a.fout ? (a.onbereikbaar.length ? `onbereikbaar: ${a.onbereikbaar.join(', ')}` : 'volledig') : `${a.status} ${a.fout}`);

/**
 * The network as deployed (every service its own process) under closed-loop traffic of household views: the
 * benchmark's workloads (households gi does not serve; the gateway may still ask gi for some of them) and,
 * one in four, the jeugdbeschermer's households, which gi serves. gi is paused (SIGSTOP: it accepts
 * connections and answers nothing) for 30 s, then continued. The throughput of the views of the households
 * gi does not serve in the pause is compared with the same traffic's just before and after it, in this run.
 */
describe('een partner die hangt (SIGSTOP) onder last', () => {
  const SEED = 'netwerkdossier-demo';
  const AANTAL = 60;
  const PAUZE_MS = 30_000;
  const METING_MS = 15_000;
  let processen: Processen;
  let stop: () => Promise<void>;
  const antwoorden: Antwoord[] = [];
  let verkeer: Promise<void>;
  let klaar = false;

  beforeAll(async () => {
    process.env.NETWERK_BSN_SLEUTEL ??= 'test-sleutel-'.padEnd(48, 'x');
    const databases = await testDatabases('onderbreker');
    const sleutels = await laadOfMaakSleutels(mkdtempSync(path.join(os.tmpdir(), 'onderbreker-sleutels-')));
    const grantSleutels = await maakGrantSleutelpaar();
    await zaaiDemowereld(databases.urls, sleutels, grantSleutels, SEED, AANTAL);
    const uitgever = await startDevUitgever(sleutels, '127.0.0.1', 0);
    processen = new Processen(databases.urls, grantSleutels, (await maakCheckpointSleutelpaar()).prive);
    stop = async () => {
      await processen.stop();
      await uitgever.stop();
      await databases.opruimen();
    };
    await processen.start(uitgever.uitgevers);

    const wereld = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(SEED, i));
    const vanGi = new Set(wereld.filter((h) => h.bekendBij.has('gi')).map((h) => h.id));
    const zonder = werklasten(wereld).flatMap((w) => w.huishoudens.filter((id) => !vanGi.has(id)).map((id): Verzoek => ({ soort: 'zonder gi', sub: w.sub, doel: w.doel, huishouden: id, query: WEERGAVE, variables: { id } })));
    const jeugdbeschermer = wereld.filter((h) => vanGi.has(h.id) && h.betrokkenheden.some((b) => b.professional === 'gi-sanne'));
    const met = jeugdbeschermer.map((h): Verzoek => ({ soort: 'met gi', sub: 'gi-sanne', doel: 'uitvoering-maatregel', huishouden: h.id, query: WEERGAVE, variables: { id: h.id } }));
    expect({ zonder: zonder.length > 10, met: met.length > 0 }).toEqual({ zonder: true, met: true });
    const mix = zonder.flatMap((v, i) => (i % 3 === 2 ? [v, met[i % met.length]] : [v]));
    const tokens = Object.fromEntries(await Promise.all([...new Set(mix.map((v) => v.sub))].map(async (sub) => [sub, await tokenVoorProfessional(sub, { uitgeverBase: uitgever.url, sleutels })])));
    verkeer = rijd(processen.gatewayUrl, tokens, mix, 4, () => klaar, (a) => void antwoorden.push(a));
  }, 300_000);

  afterAll(async () => {
    const gi = processen?.pid('gi');
    if (gi) process.kill(gi, 'SIGCONT');
    klaar = true;
    await verkeer;
    await stop?.();
  }, 120_000);

  const openGemeten = async () => {
    const metrics = await (await fetch(new URL('/metrics', processen.gatewayUrl))).text();
    return /netwerkdossier_partner_stroomonderbreker_open\{[^}]*partner="gi"[^}]*\} (\d)/.exec(metrics)?.[1];
  };

  test('de huishoudens zonder gi houden 80 % van hun doorvoer; wie op gi wacht krijgt binnen de tijdslimiet antwoord met gi onbereikbaar; daarna sluit de onderbreker', async () => {
    await wacht(5_000);
    const voor = Date.now();
    await wacht(METING_MS);
    const gi = processen.pid('gi')!;
    const gepauzeerd = Date.now();
    process.kill(gi, 'SIGSTOP');
    await wacht(PAUZE_MS / 2);
    const openInPauze = await openGemeten();
    await wacht(gepauzeerd + PAUZE_MS - Date.now());
    process.kill(gi, 'SIGCONT');
    const hervat = Date.now();
    // the breaker closes after its next probe: then gi's views are complete again
    while (!antwoorden.some((a) => a.soort === 'met gi' && a.van > hervat && uitkomst(a) === 'volledig') && Date.now() - hervat < 6 * AFKOELEN_MS) await wacht(200);
    const gesloten = Date.now();
    const na = gesloten + METING_MS;
    await wacht(METING_MS);
    klaar = true;
    await verkeer;

    const binnen = (a: Antwoord, van: number, tot: number) => a.tot >= van && a.tot < tot;
    const zonderGi = antwoorden.filter((a) => a.soort === 'zonder gi');
    const metGi = antwoorden.filter((a) => a.soort === 'met gi');
    const doorvoer = (van: number, tot: number) => (zonderGi.filter((a) => binnen(a, van, tot)).length * 1000) / (tot - van);
    const normaal = (doorvoer(voor, gepauzeerd) + doorvoer(gesloten, na)) / 2;
    const inPauze = doorvoer(gepauzeerd, hervat);
    const tellen = (lijst: Antwoord[]) => lijst.reduce<Record<string, number>>((t, a) => ({ ...t, [uitkomst(a)]: (t[uitkomst(a)] ?? 0) + 1 }), {});
    const inDePauze = (lijst: Antwoord[]) => lijst.filter((a) => a.van >= gepauzeerd && a.tot < hervat);
    const buitenDePauze = (lijst: Antwoord[]) => lijst.filter((a) => binnen(a, voor, gepauzeerd) || a.van >= gesloten);
    // the fail-fast time: the time limit, beside the longest a view of gi's households took before the pause
    const failFast = STANDAARD_TIJDSLIMIET_MS + Math.max(...metGi.filter((a) => binnen(a, voor, gepauzeerd)).map((a) => a.tot - a.van));
    const gewacht = inDePauze(antwoorden).filter((a) => a.onbereikbaar.includes('gi'));
    console.log(`zonder gi: ${normaal.toFixed(1)} per s normaal, ${inPauze.toFixed(1)} per s in de pauze (${(inPauze / normaal).toFixed(2)}); gi onbereikbaar in de pauze: ${gewacht.length}, langste ${Math.max(...gewacht.map((a) => a.tot - a.van))} ms (fail-fast ${failFast} ms)`);
    // per 2 s from the pause on: views without gi answered, and how long each view with gi took (ms)
    for (let t = voor; t < na; t += 2000) console.log(`${Math.round((t - gepauzeerd) / 1000)} s: ${zonderGi.filter((a) => binnen(a, t, t + 2000)).length} zonder gi; met gi ${metGi.filter((a) => binnen(a, t, t + 2000)).map((a) => a.tot - a.van).join(', ')}`);

    expect(inPauze / normaal).toBeGreaterThanOrEqual(0.8);
    // what the views showed: complete before and after; in the pause gi named and nothing else, within the fail-fast time
    expect(tellen(buitenDePauze(antwoorden))).toEqual({ volledig: expect.any(Number) });
    expect(tellen(inDePauze(metGi))).toEqual({ 'onbereikbaar: gi': expect.any(Number) });
    expect(Object.keys(tellen(inDePauze(zonderGi))).filter((u) => u !== 'volledig' && u !== 'onbereikbaar: gi')).toEqual([]);
    expect(gewacht.filter((a) => a.tot - a.van > failFast)).toEqual([]);
    // most did not wait at all: the open breaker answered for gi
    expect(gewacht.filter((a) => a.tot - a.van < STANDAARD_TIJDSLIMIET_MS).length).toBeGreaterThan(gewacht.length / 2);
    expect({ openInPauze, daarna: await openGemeten(), gesloten: gesloten - hervat < 6 * AFKOELEN_MS }).toEqual({ openInPauze: '1', daarna: '0', gesloten: true });
  }, 300_000);
});

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { bewijsHash, GRANT_HEADER, inhoudHash, PARTNER_NAMEN, PROFESSIONALS, STANDAARD_SUPERGRAPH, tekenBesluit, tekenGrant, tekenVoorstel, verzoekUrl } from '@netwerkdossier/shared';
import { Client } from 'pg';

import { startTestNetwerk, TestNetwerk } from '../harness/netwerk';

/** Each partner's privacy officer, by organisation (their partner.json). */
const FG = Object.fromEntries(PARTNER_NAMEN.map((o) => [o, PROFESSIONALS.find((p) => p.organisatie === o && p.rol === 'privacyfunctionaris')!.sub]));

/**
 * The partners holding data of `categorie`, read from the supergraph's text line by line (not as GraphQL, not by
 * the code under test): a field's own `@join__field` subgraphs, else those of its type's `@join__type`.
 */
function houdersVolgensTekst(sdl: string, categorie: string): string[] {
  const grafen = new Map([...sdl.matchAll(/^\s+(\w+) @join__graph\(name: "([^"]+)"/gm)].map((m) => [m[1], m[2]]));
  const houders = new Set<string>();
  let kop = false;
  let typeGrafen: string[] = [];
  for (const regel of sdl.split('\n')) {
    if (/^(type|interface) /.test(regel)) [kop, typeGrafen] = [true, []];
    const grafenIn = (soort: string) => [...regel.matchAll(new RegExp(`@join__${soort}\\(graph: (\\w+)`, 'g'))].map((m) => grafen.get(m[1])!);
    if (kop) {
      typeGrafen.push(...grafenIn('type'));
      kop = !regel.trimEnd().endsWith('{');
    } else if (regel.includes(`@categorie(naam: "${categorie}")`)) {
      const eigen = grafenIn('field');
      for (const g of eigen.length ? eigen : typeGrafen) houders.add(g);
    }
  }
  return [...houders].filter((h) => PARTNER_NAMEN.includes(h)).sort();
}

/**
 * netwerk decides itself whose say a policy proposal needs: from the version it starts from, the proposal and the
 * composed supergraph. The gateway's list is a preview; a gateway (operator) that leaves an organisation out, or
 * adds one, is refused and nothing is stored. Posted straight to netwerk, with a grant as the gateway signs it.
 */
describe('netwerk bepaalt zelf wiens zeggenschap een beleidsvoorstel nodig heeft', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  let map: string;
  let supergraph: string;
  const vorigePad = process.env.NETWERK_SUPERGRAPH;

  /**
   * What the gateway sends netwerk for `wie` (a privacy officer), with the grant it signs for it and its evidence of
   * the step (besluitbewijs.ts) as the gateway makes it.
   */
  const naarNetwerk = async (wie: string, pad: string, stap: Record<string, unknown>) => {
    const p = PROFESSIONALS.find((x) => x.sub === wie)!;
    const door = { sub: p.sub, organisatie: p.organisatie, rol: p.rol };
    const sleutel = netwerk.grantSleutels.prive;
    const s = stap as { bestanden: Record<string, string>; organisaties: string[]; basis: number; reden: string; gewenstVanaf: string | null; terugNaar: number | null; volgnummer: number; oordeel: 'goedgekeurd' | 'afgewezen' };
    const bewijs = pad === '/beleid/voorstel'
      ? await tekenVoorstel(sleutel, { ...door, inhoud: inhoudHash(s.bestanden), basis: { volgnummer: s.basis, inhoud: inhoudHash(await bestandenVan(s.basis)) }, reden: s.reden, gewenstVanaf: s.gewenstVanaf, terugNaar: s.terugNaar, organisaties: [...s.organisaties].sort() })
      : await tekenBesluit(sleutel, { ...door, stap: s.oordeel, voorstel: bewijsHash((await db.query<{ bewijs: string }>('SELECT bewijs FROM beleidsversie WHERE volgnummer = $1', [s.volgnummer])).rows[0].bewijs), reden: s.reden });
    const body = { ...stap, bewijs };
    const grant = await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'netwerk', verzoek: { pad, body }, sub: p.sub, organisatie: p.organisatie, team: p.team, rol: p.rol, doel: 'toezicht', intern: 'beleid' });
    const res = await fetch(verzoekUrl(netwerk.subgraphUrls.netwerk, pad), { method: 'POST', headers: { 'content-type': 'application/json', [GRANT_HEADER]: grant }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { fout?: string; volgnummer?: number; versie?: { status: string; organisaties: string[] } } };
  };
  const stand = async () => (await db.query<{ versies: number; stappen: number }>("SELECT (SELECT count(*)::int FROM beleidsversie) AS versies, (SELECT count(*)::int FROM toegangslog WHERE actie = 'beleid/voorstel') AS stappen")).rows[0];
  const bestandenVan = async (volgnummer: number) => (await db.query<{ bestanden: Record<string, string> }>('SELECT bestanden FROM beleidsversie WHERE volgnummer = $1', [volgnummer])).rows[0].bestanden;

  beforeAll(async () => {
    // netwerk reads its own copy, so that the test can take it away
    map = mkdtempSync(path.join(os.tmpdir(), 'supergraph-'));
    supergraph = path.join(map, 'supergraph.graphql');
    copyFileSync(STANDAARD_SUPERGRAPH, supergraph);
    process.env.NETWERK_SUPERGRAPH = supergraph;
    netwerk = await startTestNetwerk('wiens-zeggenschap', 2);
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.stop();
    if (vorigePad === undefined) delete process.env.NETWERK_SUPERGRAPH;
    else process.env.NETWERK_SUPERGRAPH = vorigePad;
    rmSync(map, { recursive: true, force: true });
  });

  // hulpverlening: held by several partners, so a shortened list still names some
  const houders = houdersVolgensTekst(readFileSync(STANDAARD_SUPERGRAPH, 'utf8'), 'hulpverlening');
  const voorsteller = PARTNER_NAMEN.find((o) => !houders.includes(o))!;
  const tweede = PARTNER_NAMEN.find((o) => !houders.includes(o) && o !== voorsteller)!;
  const hulpverleningNooitInDuo = async () => {
    const oud = await bestandenVan(1);
    const regel = oud['deelmatrix.yaml'].split('\n').find((r) => r.trimStart().startsWith('hulpverlening:'))!;
    expect(regel).toContain('duo: toestemming');
    return { ...oud, 'deelmatrix.yaml': oud['deelmatrix.yaml'].replace(regel, regel.replace('duo: toestemming', 'duo: nooit')) };
  };
  const voorstel = (bestanden: Record<string, string>, organisaties: string[], extra: { basis?: number; terugNaar?: number | null } = {}) =>
    ({ bestanden, reden: 'Hulpverlening niet meer delen in een duo.', gewenstVanaf: null, basis: 1, terugNaar: null, organisaties, ...extra });

  test('de houders van hulpverlening volgens de supergraph: meer dan één partner, en niet elke', () => {
    expect(houders.length).toBeGreaterThan(1);
    expect([voorsteller, tweede].every(Boolean)).toBe(true);
  });

  test('een gateway die een organisatie weglaat of toevoegt wordt geweigerd, met het verschil in woorden; er wordt niets opgeslagen', async () => {
    const bestanden = await hulpverleningNooitInDuo();
    const [weggelaten, ...rest] = houders;
    const voor = await stand();
    const korter = await naarNetwerk(FG[voorsteller], '/beleid/voorstel', voorstel(bestanden, rest));
    expect(korter).toEqual({ status: 409, body: { fout: `Het voorstel is niet opgeslagen: netwerk berekent uit versie 1 en dit voorstel dat ${houders.join(', ')} moeten beslissen, en de gateway liet weg: ${weggelaten}. Gateway en netwerk lopen niet gelijk (een andere supergraph of versie), of aan de gateway is iets veranderd` } });
    const leeg = await naarNetwerk(FG[voorsteller], '/beleid/voorstel', voorstel(bestanden, []));
    expect([leeg.status, leeg.body.fout]).toEqual([409, expect.stringContaining(`de gateway liet weg: ${houders.join(', ')}.`)]);
    const langer = await naarNetwerk(FG[voorsteller], '/beleid/voorstel', voorstel(bestanden, [...houders, tweede].sort()));
    expect([langer.status, langer.body.fout]).toEqual([409, expect.stringContaining(`de gateway noemde er te veel: ${tweede}.`)]);
    expect(await stand()).toEqual(voor);
  });

  test('zonder leesbare supergraph neemt netwerk geen voorstel aan (503), in plaats van er een zonder zeggenschap op te slaan', async () => {
    const bestanden = await hulpverleningNooitInDuo();
    const voor = await stand();
    const tekst = readFileSync(supergraph, 'utf8');
    rmSync(supergraph);
    try {
      const zonder = await naarNetwerk(FG[voorsteller], '/beleid/voorstel', voorstel(bestanden, []));
      expect(zonder).toEqual({ status: 503, body: { fout: 'Netwerk kan de supergraph niet lezen en weet dus niet welke organisaties over dit voorstel moeten beslissen; het neemt geen voorstel aan tot dat is hersteld' } });
      writeFileSync(supergraph, 'type Query { a: String }');
      expect((await naarNetwerk(FG[voorsteller], '/beleid/voorstel', voorstel(bestanden, []))).status).toBe(503);
    } finally {
      writeFileSync(supergraph, tekst);
    }
    expect(await stand()).toEqual(voor);
  });

  test('met de lijst die netwerk zelf berekent: opgeslagen en in het toegangslog, en pas in werking als elke houder heeft ingestemd', async () => {
    const opgeslagen = await naarNetwerk(FG[voorsteller], '/beleid/voorstel', voorstel(await hulpverleningNooitInDuo(), houders));
    expect(opgeslagen).toEqual({ status: 200, body: { volgnummer: 2 } });
    const { rows: [rij] } = await db.query<{ organisaties: string[] }>('SELECT organisaties FROM beleidsversie WHERE volgnummer = 2');
    expect(rij.organisaties).toEqual(houders);
    const { rows: [stap] } = await db.query<{ inhoud: { volgnummer: number; organisaties: string[] } }>("SELECT inhoud FROM toegangslog WHERE actie = 'beleid/voorstel' ORDER BY volgnummer DESC LIMIT 1");
    expect(stap.inhoud).toMatchObject({ volgnummer: 2, organisaties: houders });

    // four eyes, from an organisation that holds no hulpverlening: not enough
    const besluit = (o: string) => naarNetwerk(FG[o], '/beleid/besluit', { volgnummer: 2, oordeel: 'goedgekeurd', reden: `${o} stemt in met dit voorstel.` });
    expect((await besluit(tweede)).body.versie).toMatchObject({ status: 'voorgesteld', organisaties: houders });
    for (const o of houders.slice(0, -1)) expect([o, (await besluit(o)).body.versie?.status]).toEqual([o, 'voorgesteld']);
    expect((await besluit(houders[houders.length - 1])).body.versie).toMatchObject({ status: 'in werking' });
  });

  test('terugdraaien is een voorstel als elk ander: netwerk rekent het na tegen de versie waarvan het uitgaat', async () => {
    const terug = voorstel(await bestandenVan(1), houders.slice(1), { basis: 2, terugNaar: 1 });
    const voor = await stand();
    expect((await naarNetwerk(FG[voorsteller], '/beleid/voorstel', terug)).status).toBe(409);
    expect(await stand()).toEqual(voor);
    expect(await naarNetwerk(FG[voorsteller], '/beleid/voorstel', { ...terug, organisaties: houders })).toEqual({ status: 200, body: { volgnummer: 3 } });
  });

  test('een terugdraaivoorstel waarvan de bestanden niet precies die van de genoemde versie zijn, weigert netwerk zelf; er wordt niets opgeslagen', async () => {
    // version 2's files (in force) named as a rollback to version 1: no organisation's say needed, so only the
    // rollback check can refuse it
    const anders = voorstel(await bestandenVan(2), [], { basis: 2, terugNaar: 1 });
    const een = await bestandenVan(1);
    // version 1 with one comment line more: the same policy, other files
    const eenRegelAnders = voorstel({ ...een, 'deelmatrix.yaml': `# niet in versie 1\n${een['deelmatrix.yaml']}` }, houders, { basis: 2, terugNaar: 1 });
    const voor = await stand();
    const fout = { status: 409, body: { fout: 'Dit terugdraaivoorstel is niet opgeslagen: de beleidsbestanden zijn niet precies die van versie 1' } };
    expect(await naarNetwerk(FG[voorsteller], '/beleid/voorstel', anders)).toEqual(fout);
    expect(await naarNetwerk(FG[voorsteller], '/beleid/voorstel', eenRegelAnders)).toEqual(fout);
    expect(await stand()).toEqual(voor);
  });

  test('ook wie rechtstreeks in de database van netwerk schrijft, zet geen versie in werking zonder vier ogen en de instemming van elke houder', async () => {
    const poging = async (sql: string[]) => {
      await db.query('BEGIN');
      try {
        // with made-up evidence: the constraint wants some, the gateways check it (besluitbewijs.test.ts, vervalst-beleid.test.ts)
        await db.query("INSERT INTO beleidsversie (volgnummer, versie, bestanden, reden, voorgesteld_door, organisatie, basis, organisaties, bewijs) SELECT 99, versie, bestanden, 'buiten de app om', $1, $2, 1, $3, 'a.b.c' FROM beleidsversie WHERE volgnummer = 1", [FG[voorsteller], voorsteller, houders]);
        for (const q of sql) await db.query(q);
        return 'in werking';
      } catch (fout) {
        return (fout as Error).message;
      } finally {
        await db.query('ROLLBACK');
      }
    };
    const besluit = (o: string) => `INSERT INTO beleidsbesluit (volgnummer, oordeel, door, organisatie, reden, bewijs) VALUES (99, 'goedgekeurd', '${FG[o]}', '${o}', 'ja', 'a.b.c')`;
    const inWerking = 'INSERT INTO beleid_in_werking (volgnummer, vanaf) VALUES (99, clock_timestamp())';
    expect(await poging([inWerking])).toBe('vier ogen: beleidsversie 99 is niet goedgekeurd door een tweede privacyfunctionaris');
    expect(await poging([besluit(voorsteller), inWerking])).toBe('vier ogen: wie een beleidsversie voorstelt, keurt haar niet zelf goed');
    expect(await poging([besluit(tweede), inWerking])).toBe('beleidsversie 99 mist de goedkeuring van een organisatie waarvan zij het delen wijzigt');
    expect(await poging([...houders.slice(1).map(besluit), inWerking])).toBe('beleidsversie 99 mist de goedkeuring van een organisatie waarvan zij het delen wijzigt');
    // the triggers do not refuse everything: with every holder's approval the row is written (whether a gateway puts
    // it in force is another matter: the evidence is made up)
    expect(await poging([...houders.map(besluit), inWerking])).toBe('in werking');
    // and no step without evidence at all
    expect(await poging(["INSERT INTO beleidsbesluit (volgnummer, oordeel, door, organisatie, reden) VALUES (99, 'afgewezen', 'x', null, 'nee')"])).toBe('new row for relation "beleidsbesluit" violates check constraint "beleidsbesluit_bewezen"');
  });
});

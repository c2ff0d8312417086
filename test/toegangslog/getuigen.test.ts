import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { TOEGANGSLOG_ENTITIES, verifieerToegangslog, voegToe } from '@netwerkdossier/netwerk';
import { demoHuishouden, GRANT_HEADER, laadBeleid, PARTNER_NAMEN, ServiceNaam, STANDAARD_POLICIES, tekenGrant } from '@netwerkdossier/shared';
import { decodeJwt } from 'jose';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { databaseEnv, startTestNetwerk, TEST_SEED, TestNetwerk } from '../harness/netwerk';

const AANTAL = 12;
/** The households a duo professional may view, with that professional. */
const duo = Array.from({ length: AANTAL }, (_, i) => demoHuishouden(TEST_SEED, i)).flatMap((h) => h.betrokkenheden.filter((b) => b.vorm === 'duo').slice(0, 1).map((b) => ({ h, b })));
const ROOT = path.resolve(__dirname, '..', '..');
const PARTNERS = PARTNER_NAMEN as ServiceNaam[];

/**
 * The administrator of netwerk's database (superuser, triggers off) cuts the tail of the toegangslog, with
 * the checkpoints that named it: every partner keeps the signed checkpoints in its own database (and the
 * gateway appends them to a write-once file), so audit:verify names the cut and the witness that saw more.
 */
describe('getuigen van het toegangslog', () => {
  let netwerk: TestNetwerk;
  let db: Client;
  let dataSource: DataSource;
  const bestand = path.join(mkdtempSync(path.join(os.tmpdir(), 'getuigen-')), 'checkpoints.jsonl');
  const partnerDb: Partial<Record<ServiceNaam, Client>> = {};
  beforeAll(async () => {
    netwerk = await startTestNetwerk('getuigen', AANTAL, [], { checkpointBestand: bestand });
    db = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await db.connect();
    for (const naam of PARTNERS) {
      partnerDb[naam] = new Client({ connectionString: netwerk.databaseUrls[naam] });
      await partnerDb[naam]!.connect();
    }
    dataSource = await new DataSource({ type: 'postgres', url: netwerk.databaseUrls.netwerk, entities: TOEGANGSLOG_ENTITIES }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.end();
    for (const c of Object.values(partnerDb)) await c?.end();
    await netwerk?.stop();
  });

  /** As a database's superuser: past the append-only triggers. */
  const alsBeheerder = async (client: Client, sql: string, params: unknown[] = []) => {
    await client.query('SET session_replication_role = replica');
    try {
      return await client.query(sql, params);
    } finally {
      await client.query('SET session_replication_role = DEFAULT');
    }
  };
  /** One household view by a duo professional: one toegangslog record, verstrekkingen at the partners. */
  const bekijk = async (i: number) => {
    const { h, b } = duo[i % duo.length];
    const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } gezinsplan { vastgesteldOp } meldingen { aard } } }', { token: await netwerk.token(b.professional), variables: { id: h.id } });
    expect(antwoord.body.errors).toBeUndefined();
    return antwoord.body.extensions!.auditId as string;
  };
  const kop = async () => Number((await db.query<{ v: string | null }>('SELECT max(volgnummer) AS v FROM toegangslog')).rows[0].v ?? 0);
  /** The newest record each witness holds a checkpoint of (0: none). */
  const getuigd = async () => {
    const uit: Record<string, number> = {};
    for (const naam of PARTNERS) uit[naam] = Number((await partnerDb[naam]!.query<{ v: string | null }>('SELECT max(volgnummer) AS v FROM getuigd_checkpoint')).rows[0].v ?? 0);
    return uit;
  };
  const laagsteGetuige = async () => Math.min(...Object.values(await getuigd()));
  /** A cut is seen once any witness holds a checkpoint past it; the others follow within 3 seconds (NAZENDEN_MS). */
  const hoogsteGetuige = async () => Math.max(...Object.values(await getuigd()));
  /** Time enough for the tail's checkpoint (5 s) and for every witness to hold it (3 s more). */
  const ALLE_GETUIGEN_MS = 10_000;
  const tot = async (voorwaarde: () => Promise<boolean>, ms: number) => {
    const einde = Date.now() + ms;
    while (!(await voorwaarde())) {
      if (Date.now() > einde) return false;
      await new Promise((r) => setTimeout(r, 50));
    }
    return true;
  };
  const termijnen = laadBeleid(STANDAARD_POLICIES).then((b) => b.bewaartermijnen.toegangslog);
  const alleenNetwerk = async () => (await verifieerToegangslog(dataSource, [netwerk.checkpointSleutels.publiek], await termijnen)).bevindingen;
  /** What audit:verify finds, in this process: netwerk's log against every partner's witnessed checkpoints. */
  const metGetuigen = async () => {
    const getuigenissen = [];
    for (const naam of PARTNERS) {
      const { rows } = await partnerDb[naam]!.query<{ volgnummer: string; hash: string; tijdstip: Date; kid: string; handtekening: string }>('SELECT volgnummer, hash, tijdstip, kid, handtekening FROM getuigd_checkpoint');
      getuigenissen.push({ getuige: naam, checkpoints: rows.map((r) => ({ ...r, volgnummer: Number(r.volgnummer) })) });
    }
    return (await verifieerToegangslog(dataSource, [netwerk.checkpointSleutels.publiek], await termijnen, getuigenissen)).bevindingen;
  };
  const auditVerify = () =>
    promisify(execFile)(process.execPath, ['tools/dist/audit-verify-cli.js'], {
      cwd: ROOT,
      env: { ...process.env, ...databaseEnv(netwerk.databaseUrls), CHECKPOINT_PUBLIEKE_SLEUTELS: JSON.stringify([netwerk.checkpointSleutels.publiek]), TOEGANGSLOG_CHECKPOINT_BESTAND: bestand },
    }).then((r) => ({ code: 0, stdout: r.stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));

  test('elke partner en het bestand houden de ondertekende checkpoints bij: nooit meer dan 10 records of 5 seconden ongezien', async () => {
    for (let i = 0; i < 25; i++) {
      await bekijk(i);
      const h = await kop();
      // the checkpoint goes out after the response: wait for it, but no cut of 10 records or more goes unseen by every witness
      expect(await tot(async () => h - (await hoogsteGetuige()) < 10, 2000)).toBe(true);
    }
    // a quiet gateway: the last records are witnessed within 5 seconds, and then by every witness
    await bekijk(0);
    const h = await kop();
    const begin = Date.now();
    expect(await tot(async () => (await hoogsteGetuige()) >= h, 7000)).toBe(true);
    expect(Date.now() - begin).toBeLessThan(6500);
    expect(await tot(async () => (await laagsteGetuige()) >= h, ALLE_GETUIGEN_MS)).toBe(true);
    // every partner holds the same signed checkpoints; the file the same, as JSON lines
    const { rows: inNetwerk } = await db.query<{ volgnummer: string; hash: string }>('SELECT volgnummer, hash FROM toegangslog_checkpoint ORDER BY volgnummer');
    for (const naam of PARTNERS) {
      const { rows } = await partnerDb[naam]!.query<{ volgnummer: string; hash: string; kid: string }>('SELECT volgnummer, hash, kid FROM getuigd_checkpoint ORDER BY volgnummer');
      expect(rows.map(({ volgnummer, hash }) => ({ volgnummer, hash }))).toEqual(inNetwerk);
      expect(new Set(rows.map((r) => r.kid))).toEqual(new Set([netwerk.checkpointSleutels.publiek.kid]));
    }
    const regels = readFileSync(bestand, 'utf8').trim().split('\n').map((r) => JSON.parse(r) as { volgnummer: number; hash: string });
    expect(regels.map(({ volgnummer, hash }) => ({ volgnummer: String(volgnummer), hash }))).toEqual(inNetwerk);
    expect(await auditVerify()).toEqual({ code: 0, stdout: expect.stringContaining('intact: de keten, alle checkpoints en alle getuigen kloppen') });
  }, 60_000);

  test('een record dat netwerk zelf schrijft (een registratie, een beleidsstap) wordt ook zonder verkeer van de gateway binnen 5 seconden getuigd', async () => {
    // the gateway is quiet: whatever it wrote is witnessed
    expect(await tot(async () => (await laagsteGetuige()) >= (await kop()), ALLE_GETUIGEN_MS)).toBe(true);
    const [eigen] = await dataSource.transaction((m) => voegToe(m, [{
      actie: 'registratie/toestemming', auditId: null, sub: 'lt-fatima', organisatie: 'lokaal-team', rol: 'professional', team: 'Wijkteam Noord',
      namens: null, doel: 'gezamenlijk-plan', beleidsversie: null, huishoudens: [duo[0].h.id], personen: [], inhoud: { door: 'netwerk zelf' },
    }]));
    const begin = Date.now();
    expect(await tot(async () => (await hoogsteGetuige()) >= eigen.volgnummer, 8000)).toBe(true);
    // asked every 5 seconds: at most one round, plus the time to sign and hand it out
    expect(Date.now() - begin).toBeLessThan(7000);
    expect(await tot(async () => (await laagsteGetuige()) >= eigen.volgnummer, ALLE_GETUIGEN_MS)).toBe(true);
    const { rows } = await db.query<{ hash: string }>('SELECT hash FROM toegangslog_checkpoint WHERE volgnummer = $1', [eigen.volgnummer]);
    expect(rows).toEqual([{ hash: eigen.hash }]);
  }, 30_000);

  test('een getuige vult alleen aan, en alleen de gateway geeft checkpoints door', async () => {
    const gi = partnerDb.gi!;
    for (const sql of ['DELETE FROM getuigd_checkpoint', "UPDATE getuigd_checkpoint SET hash = 'x'", 'TRUNCATE getuigd_checkpoint']) {
      await expect(gi.query(sql)).rejects.toThrow(/getuigde checkpoints zijn alleen aan te vullen/);
    }
    const post = async (grant: string | null) => {
      const res = await fetch(new URL('getuige', netwerk.subgraphUrls.gi), { method: 'POST', headers: { 'content-type': 'application/json', ...(grant ? { [GRANT_HEADER]: grant } : {}) }, body: JSON.stringify({ handtekeningen: ['x'] }) });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const vrager = { sub: 'lt-fatima', organisatie: 'lokaal-team', team: 'Wijkteam Noord', rol: 'professional', doel: 'gezamenlijk-plan' };
    expect(await post(null)).toEqual({ status: 401, body: { fout: 'Geen geldige grant van de gateway: geen grant meegestuurd' } });
    expect(await post(await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'gi', ...vrager, verzoek: { pad: '/getuige', body: { handtekeningen: ['x'] } } }))).toEqual({ status: 403, body: { fout: 'Alleen de gateway geeft checkpoints door' } });
    expect(await post(await tekenGrant(netwerk.grantSleutels.prive, { subgraph: 'gi', ...vrager, intern: 'getuige', verzoek: { pad: '/getuige', body: { handtekeningen: ['x'] } } }))).toEqual({ status: 400, body: { fout: 'Niet elke handtekening is een checkpoint van het toegangslog' } });
  });

  test('een checkpoint reist mee met de volgende vraag aan een partner: die houdt het bij met zijn verstrekking en bevestigt het; de cliënt ziet daar niets van', async () => {
    const voor = netwerk.afgeluisterd('lokaal-team').length;
    for (let i = 0; i < 30; i++) {
      const { h, b } = duo[i % duo.length];
      const antwoord = await netwerk.vraag('query ($id: ID!) { huishouden(id: $id) { leden { id personalia { voornaam } } gezinsplan { vastgesteldOp } } }', { token: await netwerk.token(b.professional), variables: { id: h.id } });
      expect(antwoord.body.errors).toBeUndefined();
      expect(Object.keys(antwoord.body.extensions ?? {})).not.toContain('getuigd');
    }
    // the grants of the household fetches to lokaal-team, as taken off the wire: some carried checkpoints
    const meegenomen = netwerk.afgeluisterd('lokaal-team').slice(voor).flatMap((g) => (g ? ((decodeJwt(g).getuigd as string[] | undefined) ?? []) : []));
    expect(meegenomen.length).toBeGreaterThan(0);
    // each one kept by lokaal-team, as signed, and named in netwerk's own checkpoints
    expect(await tot(async () => (await laagsteGetuige()) >= (await kop()), ALLE_GETUIGEN_MS)).toBe(true);
    const { rows } = await partnerDb['lokaal-team']!.query<{ handtekening: string }>('SELECT handtekening FROM getuigd_checkpoint WHERE handtekening = ANY($1)', [meegenomen]);
    expect(new Set(rows.map((r) => r.handtekening))).toEqual(new Set(meegenomen));
    // and kept through the fetch: not all of them were handed over again by a call of its own
    const apart = new Set(netwerk.opEenTimer('lokaal-team').flatMap((b) => (JSON.parse(b) as { handtekeningen?: string[] }).handtekeningen ?? []));
    expect(meegenomen.filter((h) => !apart.has(h)).length).toBeGreaterThan(0);
    const { rows: inNetwerk } = await db.query<{ handtekening: string }>('SELECT handtekening FROM toegangslog_checkpoint WHERE handtekening = ANY($1)', [meegenomen]);
    expect(inNetwerk).toHaveLength(new Set(meegenomen).size);
  }, 60_000);

  test('ondiep: de nieuwste records na het laatste checkpoint weg; ongezien tot het volgende checkpoint (hooguit 10 records, 5 seconden), daarna genoemd', async () => {
    await bekijk(1);
    const h0 = await kop();
    expect(await tot(async () => (await laagsteGetuige()) >= h0, ALLE_GETUIGEN_MS)).toBe(true);
    // two views: under 10 records and within 5 seconds, so not yet witnessed
    for (let i = 0; i < 2; i++) await bekijk(i);
    const h = await kop();
    expect(h).toBe(h0 + 2);
    expect(await laagsteGetuige()).toBe(h0);
    const gesneden = (await db.query('SELECT * FROM toegangslog WHERE volgnummer > $1 ORDER BY volgnummer', [h0])).rows;
    await alsBeheerder(db, 'DELETE FROM toegangslog WHERE volgnummer > $1', [h0]);
    // the honest bound: cut now, nothing anywhere shows it yet (what audit:verify would say; its own
    // process takes longer to start than the 5 seconds)
    expect(await alleenNetwerk()).toEqual([]);
    expect(await metGetuigen()).toEqual([]);
    // the gateway still signs its tail within 5 seconds; netwerk refuses to store it (the record is gone),
    // the witnesses keep it
    expect(await tot(async () => (await laagsteGetuige()) >= h, ALLE_GETUIGEN_MS)).toBe(true);
    expect(await alleenNetwerk()).toEqual([]);
    expect(await metGetuigen()).toContainEqual({ volgnummer: h0 + 1, reden: expect.stringMatching(new RegExp(`^het log is ingekort: records ${h0 + 1} tot en met ${h} ontbreken; getuige gi zag`)) });
    const verify = await auditVerify();
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain(`NIET INTACT — eerste fout bij record ${h0 + 1}: het log is ingekort: records ${h0 + 1} tot en met ${h} ontbreken; getuige `);
    for (const naam of PARTNERS) expect(verify.stdout).toMatch(new RegExp(`records ${h0 + 1} tot en met ${h} ontbreken; getuige ${naam} zag een ondertekend checkpoint van record ${h} \\(`));
    expect(verify.stdout).toContain(`getuige bestand ${bestand} zag een ondertekend checkpoint van record ${h}`);
    // put back as they were: the witnesses' checkpoints fit again
    const kolommen = Object.keys(gesneden[0]);
    for (const r of gesneden) await alsBeheerder(db, `INSERT INTO toegangslog (${kolommen.join(', ')}) VALUES (${kolommen.map((_, i) => `$${i + 1}`).join(', ')})`, kolommen.map((k) => (k === 'inhoud' ? JSON.stringify(r[k]) : r[k])));
    expect(await auditVerify()).toEqual({ code: 0, stdout: expect.stringContaining('intact') });
  }, 60_000);

  test('diep: de nieuwste 10 records, de checkpoints die ze noemden en de bijbehorende verstrekkingen weg: audit:verify noemt de inkorting en wie meer zag', async () => {
    const voor = await kop();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await bekijk(i));
    const h = await kop();
    expect(h).toBe(voor + 12);
    expect(await tot(async () => (await laagsteGetuige()) >= h, ALLE_GETUIGEN_MS)).toBe(true);
    const weg = h - 9;
    const { rows: wegIds } = await db.query<{ audit_id: string }>('SELECT audit_id FROM toegangslog WHERE volgnummer >= $1 AND audit_id IS NOT NULL', [weg]);
    await alsBeheerder(db, 'DELETE FROM toegangslog WHERE volgnummer >= $1', [weg]);
    const { rowCount: checkpointsWeg } = await alsBeheerder(db, 'DELETE FROM toegangslog_checkpoint WHERE volgnummer >= $1', [weg]);
    expect(checkpointsWeg).toBeGreaterThan(0);
    let verstrekkingenWeg = 0;
    for (const naam of PARTNERS) verstrekkingenWeg += (await alsBeheerder(partnerDb[naam]!, 'DELETE FROM verstrekking WHERE audit_id = ANY($1)', [wegIds.map((r) => r.audit_id)])).rowCount ?? 0;
    expect(verstrekkingenWeg).toBeGreaterThan(0);
    // netwerk's own database alone now looks like an intact log (its cut checkpoints went with it) ...
    expect(await alleenNetwerk()).toEqual([]);
    // ... but every witness saw more, and the command names it
    const verify = await auditVerify();
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain(`NIET INTACT — eerste fout bij record ${weg}: het log is ingekort`);
    for (const getuige of [...PARTNERS, `bestand ${bestand}`]) {
      expect(verify.stdout).toContain(`het log is ingekort: records ${weg} tot en met ${h} ontbreken; getuige ${getuige} zag een ondertekend checkpoint van record ${h} (`);
    }
    expect(verify.stdout).toMatch(new RegExp(`toegangslog: \\d+ records \\(tot en met ${weg - 1},`));
  }, 60_000);
});

import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { justitieelInDuo } from '../harness/beleid';
import { databaseEnv, startTestNetwerk, TestNetwerk } from '../harness/netwerk';
import { sessieCookie } from '../harness/sessie';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * `npm run audit:beleid` checks netwerk's schedule of policy versions as every gateway does, and against the
 * toegangslog's record of each version put in force: an honest history is intact (a proposal still waiting is only
 * mentioned); netwerk's database administrator (the test server's superuser on netwerk's database) who deletes an
 * approved version from beleid_in_werking — which no gateway notices once they have all restarted — or writes an
 * approval with made-up evidence and puts the version in force, is named with the reason (exit 1).
 */
describe('audit:beleid', () => {
  let netwerk: TestNetwerk;
  let beheerder: Client;
  let basis: string;
  const cookies: Record<string, string> = {};
  const api = async (wie: string, pad: string, body: unknown) => {
    const res = await fetch(new URL(pad, basis), { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies[wie] }, body: JSON.stringify(body) });
    return (await res.json()) as Record<string, unknown>;
  };
  const rijen = async <T>(sql: string, parameters: unknown[] = []) => (await beheerder.query(sql, parameters)).rows as T[];
  const auditBeleid = (env: Record<string, string | undefined> = {}) =>
    promisify(execFile)(process.execPath, ['tools/dist/audit-beleid-cli.js'], {
      cwd: ROOT,
      env: { ...process.env, ...databaseEnv(netwerk.databaseUrls), GATEWAY_GRANT_PUBLIEKE_SLEUTEL: JSON.stringify(netwerk.grantSleutels.publiek), ...env },
    }).then((r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }), (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));
  /** The toegangslog record that says version `nr` came in force. */
  const inWerkingRecord = async (nr: number) => (await rijen<{ volgnummer: string }>("SELECT volgnummer FROM toegangslog WHERE actie = 'beleid/in-werking' AND (inhoud ->> 'volgnummer')::int = $1", [nr]))[0].volgnummer;
  /** Waits until the gateway decides under `versie` (netwerk tells it after the approval's commit). */
  const onder = async (versie: string) => {
    const token = await netwerk.token('lt-fatima');
    for (let i = 0; i < 200 && (await netwerk.vraag('{ huishoudens(limiet: 1) { id } }', { token })).body.extensions?.beleidsversie !== versie; i++) await new Promise((r) => setTimeout(r, 50));
  };
  /** The findings audit:beleid printed, after its verdict. */
  const bevindingen = (stdout: string) => stdout.slice(stdout.indexOf('NIET INTACT')).trim().split('\n');

  beforeAll(async () => {
    netwerk = await startTestNetwerk('audit-beleid', 4, [], { web: true });
    basis = new URL('/', netwerk.gatewayUrl).href;
    for (const fg of ['fg-ingrid', 'fg-hanneke', 'fg-otto']) cookies[fg] = await sessieCookie(basis, fg);
    beheerder = new Client({ connectionString: netwerk.databaseUrls.netwerk });
    await beheerder.connect();
  });
  afterAll(async () => {
    await beheerder?.end();
    await netwerk?.stop();
  });

  test('een eerlijke geschiedenis: elke versie bewezen en in het toegangslog; een voorstel dat nog wacht staat er ter informatie bij', async () => {
    // version 2 through the gateway's routes: proposed, approved by a second privacy officer and by the Raad
    const [een] = await rijen<{ bestanden: Record<string, string> }>('SELECT bestanden FROM beleidsversie WHERE volgnummer = 1');
    expect(await api('fg-ingrid', '/beleid/voorstellen', { bestanden: justitieelInDuo(een.bestanden, 'nooit'), reden: 'Justitiële gegevens niet meer delen in een duo.' })).toMatchObject({ volgnummer: 2 });
    await api('fg-hanneke', '/beleid/voorstellen/2/goedkeuren', { reden: 'Past bij de afspraken in het RVT.' });
    expect((await api('fg-otto', '/beleid/voorstellen/2/goedkeuren', { reden: 'De Raad stemt in: justitiële gegevens alleen op grondslag.' })).versie).toMatchObject({ status: 'in werking' });
    // proposal 3, approved by a second privacy officer, still waiting for the Raad; made once the gateway decides under version 2
    const [twee] = await rijen<{ versie: string; bestanden: Record<string, string> }>('SELECT versie, bestanden FROM beleidsversie WHERE volgnummer = 2');
    await onder(twee.versie);
    expect(await api('fg-ingrid', '/beleid/voorstellen', { bestanden: justitieelInDuo(twee.bestanden, 'geanonimiseerd'), reden: 'Justitiële gegevens geanonimiseerd delen in een duo.' })).toMatchObject({ volgnummer: 3 });
    await api('fg-hanneke', '/beleid/voorstellen/3/goedkeuren', { reden: 'Akkoord, met toestemming is het verantwoord.' });

    const versies = await rijen<{ volgnummer: number; versie: string; vanaf: Date | null; voorgesteld_op: Date }>('SELECT v.volgnummer, v.versie, w.vanaf, v.voorgesteld_op FROM beleidsversie v LEFT JOIN beleid_in_werking w USING (volgnummer) ORDER BY v.volgnummer');
    const [v1, v2, v3] = versies;
    expect(await auditBeleid()).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'rooster van netwerk: 2 goedgekeurde versie(s)',
        `  versie 1  ${v1.versie}  in werking vanaf ${v1.vanaf!.toISOString()}  bewezen`,
        `  versie 2  ${v2.versie}  in werking vanaf ${v2.vanaf!.toISOString()}  bewezen`,
        "toegangslog: 2 records 'beleid/in-werking' (of het toegangslog zelf heel is, controleert `npm run audit:verify`)",
        'ter informatie:',
        `  voorstel 3 (${v3.versie}) van fg-ingrid, ${v3.voorgesteld_op.toISOString()}: niet in het rooster, voorgesteld; goedgekeurd door fg-hanneke (gi)`,
        'intact: elke versie in het rooster is bewezen goedgekeurd en staat in het toegangslog, en elke versie die in werking kwam staat in het rooster',
        '',
      ].join('\n'),
    });
    // without the gateway's public key it cannot check anything
    const leeg = mkdtempSync(path.join(os.tmpdir(), 'audit-beleid-'));
    expect(await auditBeleid({ GATEWAY_GRANT_PUBLIEKE_SLEUTEL: undefined, NETWERKDOSSIER_DATA: leeg })).toEqual({ code: 2, stdout: '', stderr: 'Geen publieke grant-sleutel: zet GATEWAY_GRANT_PUBLIEKE_SLEUTEL of start eerst `npm start`.\n' });
  });

  test('de beheerder haalt de goedgekeurde versie 2 uit beleid_in_werking: het toegangslog zegt dat zij in werking kwam', async () => {
    const [rij] = await rijen<{ vanaf: Date; goedgekeurd_op: Date; volgorde: number }>('SELECT vanaf, goedgekeurd_op, volgorde FROM beleid_in_werking WHERE volgnummer = 2');
    // no trigger stops the superuser from deleting (the service role has no DELETE); the gateways would notice only while they run
    await beheerder.query('DELETE FROM beleid_in_werking WHERE volgnummer = 2');
    try {
      const uitslag = await auditBeleid();
      expect(uitslag.code).toBe(1);
      expect(uitslag.stdout).toContain('rooster van netwerk: 1 goedgekeurde versie(s)');
      expect(bevindingen(uitslag.stdout)).toEqual(['NIET INTACT — 1 bevinding(en):', `  versie 2 kwam in werking (toegangslog record ${await inWerkingRecord(2)}) maar staat niet meer in het rooster`]);
    } finally {
      await beheerder.query('INSERT INTO beleid_in_werking (volgnummer, vanaf, goedgekeurd_op, volgorde) VALUES (2, $1, $2, $3)', [rij.vanaf, rij.goedgekeurd_op, rij.volgorde]);
    }
    expect((await auditBeleid()).code).toBe(0);
  });

  test('de beheerder schrijft de goedkeuring van de Raad met verzonnen bewijs en zet voorstel 3 in werking: niet bewezen, en geen record in het toegangslog', async () => {
    await beheerder.query('BEGIN');
    await beheerder.query("INSERT INTO beleidsbesluit (volgnummer, oordeel, door, organisatie, reden, bewijs) VALUES (3, 'goedgekeurd', 'fg-otto', 'raad', 'De Raad stemt in.', 'eyJhbGciOiJFUzI1NiJ9.e30.verzonnen')");
    await beheerder.query('INSERT INTO beleid_in_werking (volgnummer, vanaf) VALUES (3, clock_timestamp())');
    await beheerder.query('COMMIT');
    const uitslag = await auditBeleid();
    expect(uitslag.code).toBe(1);
    expect(uitslag.stdout).toMatch(/ {2}versie 3 {2}\S+ {2}in werking vanaf \S+ {2}NIET BEWEZEN: de handtekening, het type of de uitgever klopt niet\n/);
    expect(bevindingen(uitslag.stdout)).toEqual([
      'NIET INTACT — 2 bevinding(en):',
      '  versie 3 is niet bewezen goedgekeurd: de handtekening, het type of de uitgever klopt niet',
      '  versie 3 staat in het rooster maar het toegangslog heeft geen record dat zij in werking kwam',
    ]);
  });
});

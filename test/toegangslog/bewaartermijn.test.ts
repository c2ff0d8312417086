import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { pasBewaartermijnenToe, TOEGANGSLOG_ENTITIES, verifieerToegangslog, voegToe } from '@netwerkdossier/netwerk';
import { envPrefix, laadBeleid, maakCheckpointSleutelpaar, NieuweLogregel, openDatabase, STANDAARD_POLICIES, SUBGRAPHS, Verstrekking, verwijderVerlopenVerstrekkingen } from '@netwerkdossier/shared';
import { SUBGRAPH_DEFINITIES } from '@netwerkdossier/tools';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { testDatabases, testServer } from '../harness/netwerk';

process.env.NETWERK_BSN_SLEUTEL ??= 'test-sleutel-'.padEnd(48, 'x');
const ROOT = path.resolve(__dirname, '..', '..');
const HUISHOUDEN = '00000000-0000-4000-8000-000000000001';
const PERSOON = '00000000-0000-4000-8000-000000000002';
/** A service's own role: may read and append, and is not a member of the retention job's role. */
const ROL = `t_dienst_${process.pid}_${Math.floor(Math.random() * 1e6)}`;

const regel = (actie: string): NieuweLogregel => ({
  actie, auditId: null, sub: 'lt-fatima', organisatie: 'lokaal-team', rol: 'professional', team: 'Wijkteam Noord', namens: null, doel: 'gezamenlijk-plan',
  beleidsversie: 'sha256:test', huishoudens: [HUISHOUDEN], personen: [PERSOON], inhoud: { verstrekt: [{ huishouden: HUISHOUDEN, persoon: PERSOON, partner: 'lokaal-team', categorie: 'identificatie', grondslag: [] }] },
});

/** Years ago, from now: the test's records are old without waiting for them to age. */
const geleden = (jaren: number, dagen = 0) => new Date(Date.now() - (jaren * 365.25 + dagen) * 86_400_000);

/** Expired records lose their content, the chain still verifies, and only the retention job's role may do it. */
describe('bewaartermijnen', () => {
  let databases: Awaited<ReturnType<typeof testDatabases>>;
  let netwerk: DataSource;
  let gi: DataSource;
  let db: Client;
  const sleutels = maakCheckpointSleutelpaar();
  const beleid = laadBeleid(STANDAARD_POLICIES);
  beforeAll(async () => {
    databases = await testDatabases('bewaren', { rollen: true });
    const open = (naam: (typeof SUBGRAPHS)[number]) => openDatabase({ url: databases.urls[naam], entities: SUBGRAPH_DEFINITIES[naam].entities, migrations: SUBGRAPH_DEFINITIES[naam].migrations });
    netwerk = await open('netwerk');
    gi = await open('gi');
    // the retention job goes through every subgraph's database: each exists, migrated
    for (const naam of SUBGRAPHS.filter((n) => n !== 'netwerk' && n !== 'gi')) await (await open(naam)).destroy();
    db = new Client({ connectionString: databases.urls.netwerk });
    await db.connect();
    // an old log: what the policy (policies/bewaartermijnen.yaml) says has expired, and what has not
    const oud: Array<[string, Date]> = [
      ['inzien', geleden(6)], // 60 months: expired
      ['registratie/toestemming', geleden(6, -1)], // 240 months: kept
      ['inzien', geleden(4)], // kept
      ['uitleg', geleden(3)], // 24 months: expired
      ['inzage', geleden(1)], // kept
      ['inzien', geleden(0, 1)], // kept
    ];
    for (const [actie, tijdstip] of oud) await netwerk.transaction((m) => voegToe(m, [regel(actie)], tijdstip));
    await gi.getRepository(Verstrekking).insert([
      { grant: '00000000-0000-4000-8000-0000000000a1', auditId: null, tijdstip: geleden(6), sub: 'gi-sanne', organisatie: 'gi', doel: 'uitvoering-maatregel', items: [] },
      { grant: '00000000-0000-4000-8000-0000000000a2', auditId: null, tijdstip: geleden(1), sub: 'gi-sanne', organisatie: 'gi', doel: 'uitvoering-maatregel', items: [] },
    ]);
  });
  afterAll(async () => {
    await db?.end();
    await netwerk?.destroy();
    await gi?.destroy();
    await databases?.opruimen();
    // roles are the server's, not the database's: leave none behind
    const admin = new Client({ connectionString: testServer() });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${ROL}`);
    await admin.end();
  });

  /** One connection as the retention job's own login (richtRollenIn): a member of its role, no superuser. */
  const alsBewaartaak = (naam: 'netwerk' | 'gi') => new DataSource({ type: 'postgres', url: databases.rollen[naam].bewaartaak, entities: TOEGANGSLOG_ENTITIES, extra: { max: 1 } }).initialize();

  const velden = async () => (await db.query('SELECT volgnummer, actie, sub, personen, inhoud IS NULL AS leeg, vervallen_op IS NOT NULL AS vervallen FROM toegangslog ORDER BY volgnummer')).rows;

  test('de rol van een dienst kan geen inhoud verwijderen, ook niet in de vorm van de bewaartaak', async () => {
    const rol = ROL;
    await db.query(`CREATE ROLE ${rol}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON toegangslog, toegangslog_checkpoint TO ${rol}`);
    await gi.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON verstrekking TO ${rol}`);
    const als = async (ds: { query(sql: string): Promise<unknown> }, sql: string) => {
      await ds.query(`SET ROLE ${rol}`);
      try {
        return await ds.query(sql);
      } finally {
        await ds.query('RESET ROLE');
      }
    };
    const verval = 'UPDATE toegangslog SET sub = NULL, organisatie = NULL, rol = NULL, team = NULL, namens = NULL, doel = NULL, beleidsversie = NULL, huishoudens = NULL, personen = NULL, inhoud = NULL, vervallen_op = now() WHERE volgnummer = 1';
    await expect(als(db, verval)).rejects.toThrow(/het toegangslog is alleen aan te vullen: UPDATE/);
    await expect(als(db, 'DELETE FROM toegangslog WHERE volgnummer = 1')).rejects.toThrow(/alleen aan te vullen: DELETE/);
    // nor add a run of the retention job, nor a record without its content hash
    const kopie = (actie: string, hash: string) => `INSERT INTO toegangslog (volgnummer, tijdstip, actie, sub, rol, huishoudens, personen, inhoud, inhoud_hash, vorige_hash, hash) SELECT 99, now(), '${actie}', sub, rol, huishoudens, personen, inhoud, ${hash}, vorige_hash, hash FROM toegangslog WHERE volgnummer = 1`;
    await expect(als(db, kopie('bewaartermijn', 'inhoud_hash'))).rejects.toThrow(/alleen de bewaartaak legt een run van de bewaartaak vast/);
    await expect(db.query(kopie('inzien', 'NULL'))).rejects.toThrow(/een nieuw toegangslog-record is heel en heeft een inhoud-hash/);
    const giClient = new Client({ connectionString: databases.urls.gi });
    await giClient.connect();
    try {
      await expect(als(giClient, 'DELETE FROM verstrekking')).rejects.toThrow(/het verstrekkingenlog is alleen aan te vullen: DELETE/);
      await expect(als(giClient, "UPDATE verstrekking SET sub = 'iemand'")).rejects.toThrow(/alleen aan te vullen: UPDATE/);
      // not even the retention job's role changes a partner's entries, or half-empties a toegangslog record
      await expect(giClient.query("UPDATE verstrekking SET sub = 'iemand'")).rejects.toThrow(/alleen aan te vullen: UPDATE/);
      await expect(giClient.query('TRUNCATE verstrekking')).rejects.toThrow(/alleen aan te vullen: TRUNCATE/);
    } finally {
      await giClient.end();
    }
    await expect(db.query('UPDATE toegangslog SET sub = NULL, vervallen_op = now() WHERE volgnummer = 1')).rejects.toThrow(/alleen aan te vullen: UPDATE/);
    await expect(db.query("UPDATE toegangslog SET tijdstip = now(), sub = NULL, organisatie = NULL, rol = NULL, team = NULL, namens = NULL, doel = NULL, beleidsversie = NULL, huishoudens = NULL, personen = NULL, inhoud = NULL, vervallen_op = now() WHERE volgnummer = 1")).rejects.toThrow(/alleen aan te vullen: UPDATE/);
    expect((await velden()).every((r) => !r.vervallen)).toBe(true);
  });

  test('de bewaartaak (een eigen rol, geen superuser) verwijdert de inhoud van verlopen records, legt zichzelf vast, en de keten blijft controleerbaar', async () => {
    const { publiek } = await sleutels;
    const termijnen = (await beleid).bewaartermijnen.toegangslog;
    expect((await verifieerToegangslog(netwerk, [publiek], termijnen)).bevindingen).toEqual([]);
    // the job's own login (richtRollenIn): a member of that role, and no superuser
    const [netwerkAlsBewaarder, giAlsBewaarder] = [await alsBewaartaak('netwerk'), await alsBewaartaak('gi')];
    try {
      expect(await pasBewaartermijnenToe(netwerkAlsBewaarder, await beleid)).toEqual({ vervallen: 2, oudeVorm: 0 });
      expect(await verwijderVerlopenVerstrekkingen(giAlsBewaarder, (await beleid).bewaartermijnen.verstrekkingenlog)).toBe(1);
    } finally {
      await netwerkAlsBewaarder.destroy();
      await giAlsBewaarder.destroy();
    }
    expect(await velden()).toEqual([
      { volgnummer: '1', actie: 'inzien', sub: null, personen: null, leeg: true, vervallen: true },
      { volgnummer: '2', actie: 'registratie/toestemming', sub: 'lt-fatima', personen: [PERSOON], leeg: false, vervallen: false },
      { volgnummer: '3', actie: 'inzien', sub: 'lt-fatima', personen: [PERSOON], leeg: false, vervallen: false },
      { volgnummer: '4', actie: 'uitleg', sub: null, personen: null, leeg: true, vervallen: true },
      { volgnummer: '5', actie: 'inzage', sub: 'lt-fatima', personen: [PERSOON], leeg: false, vervallen: false },
      { volgnummer: '6', actie: 'inzien', sub: 'lt-fatima', personen: [PERSOON], leeg: false, vervallen: false },
      { volgnummer: '7', actie: 'bewaartermijn', sub: 'bewaartaak', personen: [], leeg: false, vervallen: false },
    ]);
    const { rows: [runRecord] } = await db.query('SELECT inhoud, beleidsversie FROM toegangslog WHERE volgnummer = 7');
    expect(runRecord).toEqual({ inhoud: { termijnen, vervallen: [[1, 1], [4, 4]] }, beleidsversie: (await beleid).versie });
    expect((await gi.getRepository(Verstrekking).find()).map((v) => v.grant)).toEqual(['00000000-0000-4000-8000-0000000000a2']);

    // the commands: the job again (nothing left to do), then the verification
    const cli = (script: string, urls: Record<string, string>) => promisify(execFile)(process.execPath, [`tools/dist/${script}`], {
      cwd: ROOT, env: { ...process.env, ...Object.fromEntries(SUBGRAPHS.map((n) => [`${envPrefix(n)}_DATABASE_URL`, urls[n]])), CHECKPOINT_PUBLIEKE_SLEUTELS: JSON.stringify([publiek]) },
    });
    const run = await cli('bewaren-cli.js', Object.fromEntries(SUBGRAPHS.map((n) => [n, databases.rollen[n].bewaartaak])));
    expect(run.stdout).toContain('toegangslog: van 0 records de inhoud verwijderd');
    expect(run.stdout).toContain('gi: 0 verstrekkingen na hun bewaartermijn verwijderd');
    const verify = await cli('audit-verify-cli.js', databases.urls);
    expect(verify.stdout).toContain('toegangslog: 7 records (tot en met 7, waarvan 2 na hun bewaartermijn zonder inhoud)');
    expect(verify.stdout).toContain('intact');
  });

  test('inhoud die buiten de bewaartaak om, of te vroeg, is verwijderd, wordt gevonden', async () => {
    const { publiek } = await sleutels;
    const termijnen = (await beleid).bewaartermijnen.toegangslog;
    const verifieer = async () => (await verifieerToegangslog(netwerk, [publiek], termijnen)).bevindingen;
    // record 3 (4 years old, 60 months term) emptied by hand, by someone with the retention job's role,
    // who also tries to date the emptying back: the database stamps it with its own clock
    const taak = await alsBewaartaak('netwerk');
    await taak.query("UPDATE toegangslog SET sub = NULL, organisatie = NULL, rol = NULL, team = NULL, namens = NULL, doel = NULL, beleidsversie = NULL, huishoudens = NULL, personen = NULL, inhoud = NULL, vervallen_op = '2000-01-01' WHERE volgnummer = 3");
    const { rows: [{ recent }] } = await db.query("SELECT vervallen_op > now() - interval '1 minute' AS recent FROM toegangslog WHERE volgnummer = 3");
    expect(recent).toBe(true);
    expect(await verifieer()).toEqual([{ volgnummer: 3, reden: 'inhoud verwijderd zonder vastgelegde run van de bewaartaak' }]);
    // a run record forged afterwards does not cover it: it came after the emptying
    await taak.transaction((m) => voegToe(m, [{ ...regel('bewaartermijn'), sub: 'bewaartaak', personen: [], huishoudens: [], inhoud: { termijnen, vervallen: [[3, 3]] } }]));
    expect(await verifieer()).toEqual([{ volgnummer: 3, reden: 'inhoud verwijderd buiten de run van de bewaartaak in record 8 om' }]);
    // a real run, but with terms shorter than the policy's (inzage 1 month instead of 24): record 5 too early
    const kort = { ...(await beleid), bewaartermijnen: { ...(await beleid).bewaartermijnen, toegangslog: { ...termijnen, inzage: 1 } } };
    expect((await pasBewaartermijnenToe(taak, kort)).vervallen).toBe(1);
    expect(await verifieer()).toEqual([
      { volgnummer: 3, reden: 'inhoud verwijderd buiten de run van de bewaartaak in record 8 om' },
      { volgnummer: 5, reden: 'inhoud verwijderd vóór het einde van de bewaartermijn (24 maanden voor inzage; de bewaartaak in record 9 rekende met 1 maanden)' },
    ]);
    // a run record that is not one
    await taak.transaction((m) => voegToe(m, [{ ...regel('bewaartermijn'), inhoud: {} }]));
    await taak.destroy();
    expect(await verifieer()).toContainEqual({ volgnummer: 10, reden: 'run van de bewaartaak is onleesbaar' });
    // the head of an emptied record is still covered by its hash
    await db.query('SET session_replication_role = replica');
    await db.query("UPDATE toegangslog SET tijdstip = tijdstip - interval '10 years' WHERE volgnummer = 4");
    await db.query('SET session_replication_role = DEFAULT');
    expect(await verifieer()).toContainEqual({ volgnummer: 4, reden: 'kop van een vervallen record klopt niet met zijn hash (gewijzigd)' });
  });
});
